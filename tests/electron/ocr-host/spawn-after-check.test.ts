// The OCR process starts only after the install check, for real: a forked OCR process decodes a sample scan
// once the check finds the install whole; on damage none is started and each call gets the message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forkNodeHost, OcrHost, type HostLaunch, type SpawnHost } from '../../../electron/ocr-host/ocr-host.ts';
import { spawnAfterCheck } from '../../../electron/ocr-host/spawn-after-check.ts';
import type { InstallDamage } from '../../../electron/security/install-integrity.ts';
import { createTemplateStore, templatesDir } from '../../../electron/services/template-store.ts';
import { rejection } from '../../support/app-errors.ts';

const timeout = 120_000;
const form = readFileSync(path.join('tests', 'fixtures', 'samples', 'birth-form-001.jpg'));
const hosts: OcrHost[] = [];

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.terminate()));
});

function counting(spawn: SpawnHost): { spawn: SpawnHost; launches: HostLaunch[] } {
  const launches: HostLaunch[] = [];
  return { launches, spawn: (launch) => (launches.push(launch), spawn(launch)) };
}

function host(spawn: SpawnHost): OcrHost {
  const created = new OcrHost({ model: 'fast', size: 1, spawn });
  hosts.push(created);
  return created;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('spawnAfterCheck', () => {
  it('holds what is sent until the install is found whole, then starts the OCR process and sends it', { timeout }, async () => {
    const check = deferred<InstallDamage[]>();
    const real = counting(forkNodeHost);
    const ocr = host(spawnAfterCheck(real.spawn, check.promise));
    const opening = ocr.scans.open('p1.jpg', new Uint8Array(form));
    await new Promise((r) => setTimeout(r, 50));
    expect(real.launches).toHaveLength(0);
    check.resolve([]);
    expect(await opening).toEqual({ kind: 'image', image: { format: 'jpeg', width: 2533, height: 3546 } });
    expect(real.launches).toHaveLength(1);
  });

  it('never starts the OCR process of a damaged install, and answers every call with what to do', async () => {
    const check = deferred<InstallDamage[]>();
    const real = counting(forkNodeHost);
    const ocr = host(spawnAfterCheck(real.spawn, check.promise));
    const before = rejection(ocr.scans.open('p1.jpg', new Uint8Array(form)));
    check.resolve([{ file: 'app.asar.unpacked/node_modules/sharp/lib/index.js', problem: 'changed' }]);
    const error = await before;
    expect(error.code).toBe('install-damaged');
    expect(error.vi).toContain('"app.asar.unpacked/node_modules/sharp/lib/index.js"');
    const store = createTemplateStore(templatesDir());
    const template = await store.get('birth-form');
    const reading = rejection(ocr.read({ page: 'p1', scan: new Uint8Array(form), template, templates: [template], priority: 0 }));
    expect((await reading).code).toBe('install-damaged');
    expect((await rejection(ocr.scans.thumbnail('p1.jpg'))).code).toBe('install-damaged');
    expect(real.launches).toHaveLength(0);
  });

  it('stops cleanly when the app quits before the check ends, and starts nothing after', async () => {
    const check = deferred<InstallDamage[]>();
    const real = counting(forkNodeHost);
    const ocr = host(spawnAfterCheck(real.spawn, check.promise));
    const opening = rejection(ocr.scans.open('p1.jpg', new Uint8Array(form)));
    await ocr.terminate();
    expect((await opening).code).toBe('internal');
    check.resolve([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(real.launches).toHaveLength(0);
  });
});
