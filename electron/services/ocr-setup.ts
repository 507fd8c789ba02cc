// The OCR service as the app and the CLI both build it: one OCR process, the shipped templates, the result
// cache in the data folder, and post-correction from the name lists and the place-name table in use.
import path from 'node:path';
import type { OcrStage } from '../../shared/api/app-api.ts';
import type { PageExtraction } from '../../shared/ocr/ocr-types.ts';
import type { NameLists } from '../../shared/ocr/post-correct.ts';
import { bundledNameListsDir, nameListsOnce } from './name-lists.ts';
import { OcrCache } from './ocr-cache.ts';
import { OcrHost, type SpawnHost } from '../ocr-host/ocr-host.ts';
import { OcrService } from './ocr-service.ts';
import type { PageImages } from './page-preprocess.ts';
import type { PlacePackStore } from './place-pack-store.ts';
import { createTemplateStore, templatesDir } from './template-store.ts';
import { defaultOcrModel, type OcrModelName } from './tessdata.ts';

export interface OcrSetupOptions {
  /** where results are cached; none when null */
  dataDir: string | null;
  resourcesDir?: string;
  model?: OcrModelName;
  places: PlacePackStore;
  /** the name lists, shared with whatever else reads them; the shipped ones when absent */
  names?: () => Promise<NameLists>;
  onProgress?: (page: string, stage: OcrStage, progress: number) => void;
  /** the preprocessed page's display image and thumbnail, for keeping */
  onPrepared?: (page: string, images: PageImages) => Promise<void>;
  /** how the OCR process starts: Electron's utility process in the app, a forked Node process otherwise */
  spawnOcrHost?: SpawnHost;
}

export interface OcrSetup {
  service: OcrService;
  host: OcrHost;
  dispose: () => Promise<void>;
}

export function createOcrSetup(options: OcrSetupOptions): OcrSetup {
  const host = new OcrHost({ model: options.model ?? defaultOcrModel, resourcesDir: options.resourcesDir, spawn: options.spawnOcrHost });
  const names = options.names ?? nameListsOnce(bundledNameListsDir(options.resourcesDir));
  const service = new OcrService({
    reader: host,
    cache: options.dataDir === null ? null : new OcrCache<PageExtraction>(path.join(options.dataDir, 'ocr-cache')),
    templates: createTemplateStore(templatesDir(options.resourcesDir)),
    correction: async (placeDate) => {
      return { names: await names(), placeResolver: await options.places.resolver(), placeDate };
    },
    onProgress: options.onProgress,
    onPrepared: options.onPrepared,
  });
  return { service, host, dispose: () => host.terminate() };
}
