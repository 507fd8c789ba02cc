// One page from scan to entries: preprocessing, recognition in the OCR pool, extraction by the book's
// template, up to the fields as read (post-correction is shared/ocr/page-reading.ts). Pure decisions live in
// shared/ocr; this file only moves pixels and text.
import { readFile } from 'node:fs/promises';
import type { Box } from '../../shared/domain/entry.ts';
import { extractForm, isJunkWord, type FormReading } from '../../shared/ocr/form-extraction.ts';
import { composeMosaic, inkBox, layoutMosaics, wordsByCell, type MosaicLayout } from '../../shared/ocr/cell-mosaic.ts';
import type { OcrText, OcrWord, PageIssue } from '../../shared/ocr/ocr-types.ts';
import type { EntryReading, PageReading } from '../../shared/ocr/page-reading.ts';
import { unionBox } from '../../shared/ocr/reading-rows.ts';
import { editionIssue, pageIssue } from '../../shared/ocr/page-issues.ts';
import { encodePbm, encodePgm } from '../../shared/pages/netpbm.ts';
import { targetDpi } from '../../shared/pages/page-resolution.ts';
import { cellBox, findTableGrid, type TableGrid } from '../../shared/ocr/table-grid.ts';
import { extractTable, type CellReading, type TableReading } from '../../shared/ocr/table-extraction.ts';
import type { FormTemplate, TableTemplate, Template } from '../../shared/ocr/template.ts';
import type { OcrPool } from './ocr-pool.ts';
import { preprocessPage, type PageImages, type PreparedPage } from './page-preprocess.ts';

export type PipelineStage = 'preprocess' | 'ocr' | 'extract';

/**
 * A page's scan: its bytes, or the path of the file that holds them. The app's pages are in the data folder,
 * and the OCR process reads them there: the main process never holds a scan while it is read.
 */
export type PageScan = Uint8Array | string;

export interface PageRequest {
  page: string;
  scan: PageScan;
  template: Template;
  /** every template of the app, to tell when a page belongs to another edition */
  templates: readonly Template[];
  priority: number;
  signal?: AbortSignal;
  onProgress?: (stage: PipelineStage, progress: number) => void;
  /** the page as preprocessed (turned, when it was read upside down), before recognition ends */
  onPrepared?: (images: PageImages) => Promise<void>;
}

/** A form page reading this few of its labels, with no title, may be upside down or of another edition. */
const poorLabels = 0.35;
/** Pixels kept off each rule when a table cell is cut out. */
const cellMargin = 6;

/** White added around a crop read as one line: the engine reads a line better when it does not touch the edge. */
const cropPad = 12;

/** A part of the page on white paper, padded all round, as a Netpbm image for the engine. */
function paddedCrop(prepared: PreparedPage, box: Box): Uint8Array {
  const { gray, width, height } = prepared.ocr;
  const layout: MosaicLayout = {
    width: box.width + 2 * cropPad,
    height: box.height + 2 * cropPad,
    scale: 1,
    pieces: [{ cell: 0, source: box, top: cropPad, left: cropPad, width: box.width, height: box.height }],
  };
  return encodePgm(composeMosaic({ data: gray, width, height }, layout));
}

/** Where an empty value should be: its box, a little taller (a mark above the letters), inside the page. */
function valueArea(box: Box, page: { width: number; height: number }): Box | null {
  const y = Math.max(0, Math.round(box.y - box.height * 0.5));
  const bottom = Math.min(page.height, Math.round(box.y + box.height * 1.5));
  const x = Math.max(0, Math.round(box.x));
  const right = Math.min(page.width, Math.round(box.x + box.width));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

export class PagePipeline {
  constructor(private readonly pool: OcrPool) {}

  private async readForm(request: PageRequest, prepared: PreparedPage, template: FormTemplate): Promise<{ reading: FormReading; ocr: OcrText }> {
    const ocr = await this.pool.recognize({
      image: encodePbm({ data: prepared.ocr.gray, width: prepared.ocr.width, height: prepared.ocr.height }),
      dpi: targetDpi,
      mode: 'page',
      priority: request.priority,
      signal: request.signal,
      page: request.page,
      onProgress: (p) => request.onProgress?.('ocr', p),
    });
    const reading = extractForm(ocr.lines, template, { width: prepared.ocr.width });
    return { reading: await this.rereadEmptyValues(request, prepared, reading), ocr };
  }

  /**
   * Tesseract's page layout sometimes drops a short word standing alone at the end of a row (a "Nữ" after
   * "Giới tính:"). A label found with nothing after it is read again on its own, as one line, where the
   * page has ink there.
   */
  private async rereadEmptyValues(request: PageRequest, prepared: PreparedPage, reading: FormReading): Promise<FormReading> {
    const image = { data: prepared.ocr.gray, width: prepared.ocr.width, height: prepared.ocr.height };
    const fields = { ...reading.fields };
    for (const [key, field] of Object.entries(fields)) {
      if (!field.found || field.raw !== '' || field.box === null) continue;
      const area = valueArea(field.box, image);
      const ink = area && inkBox(image, area);
      if (!ink) continue;
      const text = await this.pool.recognize({ image: paddedCrop(prepared, ink), mode: 'line', priority: request.priority, signal: request.signal, page: request.page });
      const words = text.lines.flatMap((line) => line.words).filter((word) => !isJunkWord(word.text));
      if (words.length === 0) continue;
      fields[key] = {
        raw: words.map((w) => w.text).join(' '),
        confidence: Math.min(...words.map((w) => w.confidence)),
        box: unionBox(words.map((w) => ({ ...w.box, x: w.box.x + ink.x - cropPad, y: w.box.y + ink.y - cropPad }))),
        found: true,
      };
    }
    return { ...reading, fields };
  }

  private async readTable(request: PageRequest, prepared: PreparedPage, grid: TableGrid, template: TableTemplate): Promise<TableReading> {
    const image = { data: prepared.ocr.gray, width: prepared.ocr.width, height: prepared.ocr.height };
    const columnCount = grid.columns.length - 1;
    const boxes: Box[][] = Array.from({ length: grid.rows.length - 1 }, (_, row) => Array.from({ length: columnCount }, (_, column) => cellBox(grid, row, column, cellMargin))
      .filter((box): box is Box => box !== null));
    const cells = boxes.flat();
    const words = new Map<number, OcrWord[]>();
    const layouts = layoutMosaics(image, cells);
    let done = 0;
    for (const layout of layouts) {
      const text = await this.pool.recognize({
        image: encodePgm(composeMosaic(image, layout)),
        mode: 'block',
        priority: request.priority,
        signal: request.signal,
        page: request.page,
        onProgress: (p) => request.onProgress?.('ocr', (done + p) / layouts.length),
      });
      done++;
      for (const [cell, found] of wordsByCell(layout, text.lines)) words.set(cell, found);
    }
    let index = 0;
    const readings: CellReading[][] = boxes.map((row) => row.map((box) => {
      const found = words.get(index++) ?? [];
      return {
        text: found.map((w) => w.text).join(' '),
        confidence: found.length === 0 ? 0 : Math.min(...found.map((w) => w.confidence)),
        box: unionBox(found.map((w) => w.box)) ?? box,
      };
    }));
    return extractTable(template, readings[0] ?? [], readings.slice(1));
  }

  async read(request: PageRequest): Promise<PageReading> {
    const { template } = request;
    const started = performance.now();
    request.onProgress?.('preprocess', 0);
    const bytes = typeof request.scan === 'string' ? new Uint8Array(await readFile(request.scan)) : request.scan;
    let prepared = await preprocessPage(bytes);
    const timings = { preprocess: performance.now() - started, ocr: 0, extract: 0 };
    const result = async (entries: EntryReading[], issues: PageIssue[]): Promise<PageReading> => {
      await request.onPrepared?.(prepared);
      return { page: request.page, templateId: template.id, width: prepared.ocr.width, height: prepared.ocr.height, entries, issues, timings };
    };
    if (prepared.blank) return result([], [pageIssue('blank-page')]);

    const issues: PageIssue[] = [];
    const ocrStarted = performance.now();
    if (template.layout === 'form') {
      let { reading, ocr } = await this.readForm(request, prepared, template);
      if (reading.labelsFound < poorLabels && !reading.titleFound) {
        const turned = await preprocessPage(bytes, { turn: 180 });
        const second = await this.readForm(request, turned, template);
        if (second.reading.labelsFound > reading.labelsFound + 0.2) {
          ({ reading, ocr } = second);
          prepared = turned;
          issues.push(pageIssue('turned-upside-down'));
        }
      }
      timings.ocr = performance.now() - ocrStarted;
      const extractStarted = performance.now();
      request.onProgress?.('extract', 0);
      const other = this.otherEdition(request, prepared, ocr, reading);
      if (other) issues.push(editionIssue('other-edition', { other, template: template.id }));
      timings.extract = performance.now() - extractStarted;
      return result([{ index: 0, box: null, fields: reading.fields }], issues);
    }
    const grid = findTableGrid({ data: prepared.ocr.gray, width: prepared.ocr.width, height: prepared.ocr.height });
    if (!grid) {
      timings.ocr = performance.now() - ocrStarted;
      return result([], [editionIssue('no-table-found', { template: template.id })]);
    }
    let reading = await this.readTable(request, prepared, grid, template);
    if (reading.headersFound < poorLabels) {
      const turned = await preprocessPage(bytes, { turn: 180 });
      const turnedGrid = findTableGrid({ data: turned.ocr.gray, width: turned.ocr.width, height: turned.ocr.height });
      const second = turnedGrid && await this.readTable(request, turned, turnedGrid, template);
      if (second && second.headersFound > reading.headersFound + 0.2) {
        reading = second;
        prepared = turned;
        issues.push(pageIssue('turned-upside-down'));
      }
    }
    timings.ocr = performance.now() - ocrStarted;
    return result(reading.rows.map((row, index) => ({ index, box: row.box, fields: row.fields })), issues);
  }

  /** Another template this page fits clearly better: its title where ours has none, or many more of its labels. */
  private otherEdition(request: PageRequest, prepared: PreparedPage, ocr: OcrText, reading: FormReading): string | null {
    let best: { id: string; labels: number } | null = null;
    for (const other of request.templates) {
      if (other.id === request.template.id || other.layout !== 'form') continue;
      const theirs = extractForm(ocr.lines, other, { width: prepared.ocr.width });
      const better = (theirs.titleFound && !reading.titleFound) || theirs.labelsFound > reading.labelsFound + 0.25;
      if (better && (!best || theirs.labelsFound > best.labels)) best = { id: other.id, labels: theirs.labelsFound };
    }
    if (best) return best.id;
    if (reading.labelsFound < 0.5 && findTableGrid({ data: prepared.ocr.gray, width: prepared.ocr.width, height: prepared.ocr.height })) {
      return request.templates.find((t) => t.layout === 'table' && t.kind === request.template.kind)?.id ?? 'table';
    }
    return null;
  }
}
