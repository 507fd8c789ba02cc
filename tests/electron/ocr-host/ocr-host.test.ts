// The OCR process for real: a forked Node process running ocr-host-main.ts (through tsx), reading sample
// pages with the real pipeline while this process waits, cancels, or kills it.
import { readFileSync } from 'node:fs';
import { availableParallelism, freemem, totalmem } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { poolSize } from '../../../shared/ocr/pool-policy.ts';
import type { Template } from '../../../shared/ocr/template.ts';
import { forkNodeHost, OcrHost, type HostChannel, type OcrHostOptions } from '../../../electron/ocr-host/ocr-host.ts';
import type { PageScan, PipelineStage } from '../../../electron/services/page-pipeline.ts';
import type { PageImages } from '../../../electron/services/page-preprocess.ts';
import { createTemplateStore, templatesDir } from '../../../electron/services/template-store.ts';
import { rejection } from '../../support/app-errors.ts';
import { multiPageTiff } from '../../support/tiff.ts';

const timeout = 120_000;
const formPath = path.join('tests', 'fixtures', 'samples', 'birth-form-001.jpg');
const form = readFileSync(formPath);
const hosts: OcrHost[] = [];
let template: Template;
let templates: Template[];

beforeAll(async () => {
  const store = createTemplateStore(templatesDir());
  template = await store.get('birth-form');
  templates = await store.all();
});

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.terminate()));
});

function host(options: Partial<OcrHostOptions> = {}): OcrHost {
  const created = new OcrHost({ model: 'fast', size: 1, ...options });
  hosts.push(created);
  return created;
}

function page(overrides: Partial<Parameters<OcrHost['read']>[0]> = {}) {
  return { page: 'birth-form-001', scan: new Uint8Array(form) as PageScan, template, templates, priority: 0, ...overrides };
}

describe('OcrHost', () => {
  it('sizes its pool by pool-policy for this machine, and starts no process before the first page', () => {
    const facts = { cores: availableParallelism(), freeMemoryBytes: freemem(), totalMemoryBytes: totalmem() };
    const spawned: unknown[] = [];
    const ocr = host({ size: undefined, spawn: (launch) => { spawned.push(launch); return forkNodeHost(launch); } });
    expect(ocr.size).toBe(poolSize(facts));
    expect(host({ size: 0 }).size).toBe(1);
    expect(spawned).toEqual([]);
    expect(ocr.memory()).toEqual({ rssBytes: 0, peakRssBytes: 0 });
  });

  it('reads a page in its own process: fields as read, progress by stage, the images before the reading', { timeout }, async () => {
    const ocr = host();
    const stages: PipelineStage[] = [];
    let images: PageImages | null = null;
    const reading = await ocr.read(page({
      onProgress: (stage) => {
        if (stages.at(-1) !== stage) stages.push(stage);
      },
      onPrepared: async (received) => {
        // the reading waits for the images to be kept
        await new Promise((resolve) => setTimeout(resolve, 50));
        images = received;
      },
    }));
    expect(reading).toMatchObject({ page: 'birth-form-001', templateId: 'birth-form', issues: [] });
    expect(reading.entries).toHaveLength(1);
    expect(reading.entries[0]!.fields['child.fullName']).toMatchObject({ raw: 'Hoàng Văn Sỹ Thực', found: true });
    expect(reading.entries[0]!.fields['registration.number']!.raw).toBe('390');
    expect(stages).toEqual(['preprocess', 'ocr', 'extract']);
    expect(images).not.toBeNull();
    expect(await sharp(images!.display.jpeg).metadata()).toMatchObject({ format: 'jpeg', width: reading.width, height: reading.height });
    expect(await sharp(images!.thumbnail.webp).metadata()).toMatchObject({ format: 'webp', width: 240 });
    // the OCR process's memory, not this one's
    expect(ocr.memory().peakRssBytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(ocr.memory().peakRssBytes).not.toBe(process.memoryUsage.rss());
  });

  it('gives a bad file its message and reads the next page', { timeout }, async () => {
    const ocr = host();
    const error = await rejection(ocr.read(page({ scan: new TextEncoder().encode('%PDF-1.7 not an image') })));
    expect(error.code).toBe('image-unsupported');
    expect(error.vi).not.toBe(error.en);
    expect((await ocr.read(page())).entries).toHaveLength(1);
  });

  it('cancels a page being read, and reads the next', { timeout }, async () => {
    const ocr = host();
    const controller = new AbortController();
    const cancelled = ocr.read(page({ signal: controller.signal, onProgress: (stage) => stage === 'ocr' && controller.abort() }));
    expect((await rejection(cancelled)).code).toBe('ocr-cancelled');
    expect((await ocr.read(page())).entries[0]!.fields['registration.number']!.raw).toBe('390');
  });

  it('fails the pages of a process that died, and starts a new one for the next page', { timeout }, async () => {
    const channels: HostChannel[] = [];
    const ocr = host({
      spawn: (launch) => {
        const channel = forkNodeHost(launch);
        channels.push(channel);
        return channel;
      },
    });
    const lost = ocr.read(page({ onProgress: (stage) => stage === 'ocr' && channels[0]!.kill() }));
    const error = await rejection(lost);
    expect(error.code).toBe('ocr-failed');
    expect(error.en).toMatch(/OCR process stopped/);
    expect((await ocr.read(page())).entries).toHaveLength(1);
    expect(channels).toHaveLength(2);
  });

  it('fails what it was reading when terminated, and reads nothing after', { timeout }, async () => {
    const ocr = host();
    const reading = rejection(ocr.read(page()));
    await ocr.terminate();
    expect((await reading).code).toBe('ocr-cancelled');
    expect((await rejection(ocr.read(page()))).code).toBe('ocr-cancelled');
  });

  it('decodes scans for import and display in its own process: a whole image, a TIFF page by page, each failure in words', { timeout }, async () => {
    const { scans } = host();
    expect(await scans.open('p1.jpg', new Uint8Array(form))).toEqual({ kind: 'image', image: { format: 'jpeg', width: 2533, height: 3546 } });
    const opened = await scans.open('quyen.tif', multiPageTiff({ pages: 3, truncatedPages: [2] }));
    expect(opened).toMatchObject({ kind: 'pages', count: 3 });
    if (opened.kind !== 'pages') return;
    const first = await scans.cut(opened.scan, 1);
    expect(first).toMatchObject({ width: 64, height: 48 });
    expect((await sharp('png' in first ? first.png : Buffer.alloc(0)).metadata()).format).toBe('png');
    const second = await scans.cut(opened.scan, 2);
    // The failure names the page by the label the importer gives, as if it had been decoded here.
    expect('failure' in second && second.failure('quyen.tif, trang 2').vi).toContain('"quyen.tif, trang 2" bị hỏng');
    await scans.close(opened.scan);
    expect((await rejection(scans.open('notes.jpg', new TextEncoder().encode('not a scan')))).code).toBe('image-unsupported');
    const thumbnail = await scans.thumbnail(formPath);
    expect(await sharp(thumbnail).metadata()).toMatchObject({ format: 'webp', width: 240 });
    const prepared = await scans.prepare(formPath);
    expect((await sharp(prepared.display.jpeg).metadata()).format).toBe('jpeg');
  });

  it('fails the scan being decoded when the process dies, with a message, and decodes the next in a new one', { timeout }, async () => {
    let channel: HostChannel | null = null;
    const { scans } = host({ spawn: (launch) => (channel = forkNodeHost(launch)) });
    const opening = rejection(scans.open('p1.jpg', new Uint8Array(form)));
    channel!.kill();
    expect((await opening).code).toBe('internal');
    expect(await scans.open('p1.jpg', new Uint8Array(form))).toMatchObject({ kind: 'image' });
  });
});
