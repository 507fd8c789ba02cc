// The OCR service as the app and the CLI both build it: one pool, the shipped templates, the result cache
// in the data folder, and post-correction from the name lists and the place-name table in use.
import path from 'node:path';
import sharp from 'sharp';
import type { OcrStage } from '../../shared/api/app-api.ts';
import type { PageExtraction } from '../../shared/ocr/ocr-types.ts';
import type { NameLists } from '../../shared/ocr/post-correct.ts';
import { bundledNameListsDir, loadNameLists } from './name-lists.ts';
import { OcrCache } from './ocr-cache.ts';
import { OcrPool } from './ocr-pool.ts';
import { OcrService } from './ocr-service.ts';
import type { PreparedPage } from './page-preprocess.ts';
import type { PlacePackStore } from './place-pack-store.ts';
import { createTemplateStore, templatesDir } from './template-store.ts';
import { defaultOcrModel, type OcrModelName } from './tessdata.ts';

export interface OcrSetupOptions {
  /** where results are cached; none when null */
  dataDir: string | null;
  resourcesDir?: string;
  model?: OcrModelName;
  places: PlacePackStore;
  onProgress?: (page: string, stage: OcrStage, progress: number) => void;
  /** the preprocessed page, for keeping its display image and thumbnail */
  onPrepared?: (page: string, prepared: PreparedPage) => Promise<void>;
}

export interface OcrSetup {
  service: OcrService;
  pool: OcrPool;
  dispose: () => Promise<void>;
}

export function createOcrSetup(options: OcrSetupOptions): OcrSetup {
  // libvips keeps recently decoded images for reuse; pages are each decoded once, so the cache only holds
  // memory the OCR workers need (DESIGN.md budgets the Node side at 450 MB).
  sharp.cache(false);
  const pool = new OcrPool({ model: options.model ?? defaultOcrModel, resourcesDir: options.resourcesDir });
  let names: Promise<NameLists> | null = null;
  const service = new OcrService({
    pool,
    cache: options.dataDir === null ? null : new OcrCache<PageExtraction>(path.join(options.dataDir, 'ocr-cache')),
    templates: createTemplateStore(templatesDir(options.resourcesDir)),
    correction: async (placeDate) => {
      names ??= loadNameLists(bundledNameListsDir(options.resourcesDir));
      return { names: await names, placeResolver: await options.places.resolver(), placeDate };
    },
    onProgress: options.onProgress,
    onPrepared: options.onPrepared,
  });
  return { service, pool, dispose: () => pool.terminate() };
}
