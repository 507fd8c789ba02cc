// One page from scan to entries: preprocessing, recognition in the OCR pool, extraction by the book's
// template, post-correction. Pure decisions live in shared/ocr; this file only moves pixels and text.
import sharp from 'sharp';
import type { Box } from '../../shared/domain/entry.ts';
import { extractForm, isJunkWord, type FormReading } from '../../shared/ocr/form-extraction.ts';
import { toExtractedFields } from '../../shared/ocr/extracted-field.ts';
import { inkBox, layoutMosaics, wordsByCell, type MosaicLayout } from '../../shared/ocr/cell-mosaic.ts';
import type { ExtractedEntry, OcrText, OcrWord, PageExtraction, PageIssue } from '../../shared/ocr/ocr-types.ts';
import { unionBox } from '../../shared/ocr/reading-rows.ts';
import { fixNumberSequence } from '../../shared/ocr/number-sequence.ts';
import { lowPageConfidence, pageIssue } from '../../shared/ocr/page-issues.ts';
import type { CorrectionContext } from '../../shared/ocr/post-correct.ts';
import { cellBox, findTableGrid, type TableGrid } from '../../shared/ocr/table-grid.ts';
import { extractTable, type CellReading, type TableReading } from '../../shared/ocr/table-extraction.ts';
import type { FormTemplate, TableTemplate, Template } from '../../shared/ocr/template.ts';
import type { OcrPool } from './ocr-pool.ts';
import { preprocessPage, type PreparedPage } from './page-preprocess.ts';

export type PipelineStage = 'preprocess' | 'ocr' | 'extract';

export interface PageRequest {
  page: string;
  bytes: Uint8Array;
  template: Template;
  /** every template of the app, to tell when a page belongs to another edition */
  templates: readonly Template[];
  priority: number;
  signal?: AbortSignal;
  correction: CorrectionContext;
  onProgress?: (stage: PipelineStage, progress: number) => void;
  /** the page as preprocessed (turned, when it was read upside down), before recognition ends */
  onPrepared?: (prepared: PreparedPage) => Promise<void>;
}

/** A form page reading this few of its labels, with no title, may be upside down or of another edition. */
const poorLabels = 0.35;
/** Pixels kept off each rule when a table cell is cut out. */
const cellMargin = 6;

/** White added around a crop read as one line: the engine reads a line better when it does not touch the edge. */
const cropPad = 12;

async function cropPng(prepared: PreparedPage, box: Box): Promise<Buffer> {
  const { gray, width, height } = prepared.ocr;
  return sharp(gray, { raw: { width, height, channels: 1 } })
    .extract({ left: box.x, top: box.y, width: box.width, height: box.height })
    .extend({ top: cropPad, bottom: cropPad, left: cropPad, right: cropPad, background: '#ffffff' })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/** Where an empty value should be: its box, a little taller (a mark above the letters), inside the page. */
function valueArea(box: Box, page: { width: number; height: number }): Box | null {
  const y = Math.max(0, Math.round(box.y - box.height * 0.5));
  const bottom = Math.min(page.height, Math.round(box.y + box.height * 1.5));
  const x = Math.max(0, Math.round(box.x));
  const right = Math.min(page.width, Math.round(box.x + box.width));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The mosaic of a table's cells as one PNG (shared/ocr/cell-mosaic.ts says why). */
async function mosaicPng(prepared: PreparedPage, layout: MosaicLayout): Promise<Buffer> {
  const { gray, width, height } = prepared.ocr;
  const page = sharp(gray, { raw: { width, height, channels: 1 } });
  const pieces = await Promise.all(layout.pieces.map(async (piece) => ({
    input: await page.clone()
      .extract({ left: piece.source.x, top: piece.source.y, width: piece.source.width, height: piece.source.height })
      .resize(piece.width, piece.height, { kernel: 'cubic' })
      .png({ compressionLevel: 1 })
      .toBuffer(),
    top: piece.top,
    left: piece.left,
  })));
  return sharp({ create: { width: layout.width, height: layout.height, channels: 3, background: '#ffffff' } })
    .composite(pieces)
    .greyscale()
    .png({ compressionLevel: 1 })
    .toBuffer();
}

export class PagePipeline {
  constructor(private readonly pool: OcrPool) {}

  private async readForm(request: PageRequest, prepared: PreparedPage, template: FormTemplate): Promise<{ reading: FormReading; ocr: OcrText }> {
    const ocr = await this.pool.recognize({
      image: prepared.ocr.png,
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
      const text = await this.pool.recognize({ image: await cropPng(prepared, ink), mode: 'line', priority: request.priority, signal: request.signal, page: request.page });
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
        image: await mosaicPng(prepared, layout),
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

  async run(request: PageRequest): Promise<Omit<PageExtraction, 'engine' | 'model' | 'fromCache'>> {
    const { template } = request;
    const started = performance.now();
    request.onProgress?.('preprocess', 0);
    let prepared = await preprocessPage(request.bytes);
    const timings = { preprocess: performance.now() - started, ocr: 0, extract: 0 };
    const result = (entries: ExtractedEntry[], issues: PageIssue[]) => {
      const fields = entries.flatMap((e) => Object.values(e.fields));
      const confidence = fields.length === 0 ? 0 : fields.reduce((sum, f) => sum + f.confidence, 0) / fields.length;
      if (fields.length > 0 && confidence < lowPageConfidence) issues.push(pageIssue('low-confidence-page', { confidence: Math.round(confidence) }));
      return { page: request.page, templateId: template.id, width: prepared.ocr.width, height: prepared.ocr.height, entries, issues, confidence, timings };
    };
    if (prepared.blank) {
      await request.onPrepared?.(prepared);
      return result([], [pageIssue('blank-page')]);
    }

    const issues: PageIssue[] = [];
    const ocrStarted = performance.now();
    let entries: ExtractedEntry[];
    if (template.layout === 'form') {
      let { reading, ocr } = await this.readForm(request, prepared, template);
      if (reading.labelsFound < poorLabels && !reading.titleFound) {
        const turned = await preprocessPage(request.bytes, { turn: 180 });
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
      if (other) issues.push(pageIssue('other-edition', { other, template: template.id }));
      entries = [{
        index: 0,
        box: null,
        fields: toExtractedFields(template.kind, reading.fields, request.correction),
      }];
      timings.extract = performance.now() - extractStarted;
    } else {
      const grid = findTableGrid({ data: prepared.ocr.gray, width: prepared.ocr.width, height: prepared.ocr.height });
      if (!grid) {
        timings.ocr = performance.now() - ocrStarted;
        await request.onPrepared?.(prepared);
        return result([], [pageIssue('no-table-found', { template: template.id })]);
      }
      let reading = await this.readTable(request, prepared, grid, template);
      if (reading.headersFound < poorLabels) {
        const turned = await preprocessPage(request.bytes, { turn: 180 });
        const turnedGrid = findTableGrid({ data: turned.ocr.gray, width: turned.ocr.width, height: turned.ocr.height });
        const second = turnedGrid && await this.readTable(request, turned, turnedGrid, template);
        if (second && second.headersFound > reading.headersFound + 0.2) {
          reading = second;
          prepared = turned;
          issues.push(pageIssue('turned-upside-down'));
        }
      }
      timings.ocr = performance.now() - ocrStarted;
      const extractStarted = performance.now();
      request.onProgress?.('extract', 0);
      entries = fixNumberSequence(reading.rows.map((row, index) => ({
        index,
        box: row.box,
        fields: toExtractedFields(template.kind, row.fields, request.correction),
      })));
      timings.extract = performance.now() - extractStarted;
    }
    await request.onPrepared?.(prepared);
    return result(entries, issues);
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
