// The services behind AppApi, the same for Electron and browser mode.
import type { AppInfo } from '../../shared/api/app-api.ts';
import type { AppApiHandlers } from './dispatch.ts';
import type { EventHub } from './event-hub.ts';
import { OcrEngine } from './ocr-engine.ts';
import { PageStore } from './page-store.ts';
import { bundledPlacePackPath, createPlacePackStore } from './place-pack-store.ts';

export interface AppServicesOptions {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  events: EventHub;
  /** Electron's resources folder when packaged, where tessdata and assets/ (the place-name pack) ship */
  resourcesDir?: string;
}

export interface AppServices {
  handlers: AppApiHandlers;
  dispose: () => Promise<void>;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const pages = new PageStore(options.dataDir);
  const ocr = new OcrEngine({ resourcesDir: options.resourcesDir });
  const places = createPlacePackStore({ dataDir: options.dataDir, bundledPackPath: bundledPlacePackPath(options.resourcesDir) });

  const handlers: AppApiHandlers = {
    'app:getInfo': () => Promise.resolve({ version: options.version, host: options.host, dataDir: options.dataDir }),
    'pages:import': ({ fileName, bytes }) => pages.import(fileName, bytes),
    'pages:getImage': ({ sha256 }) => pages.readImage(sha256),
    'ocr:recognizePage': async ({ sha256 }) => {
      const { bytes } = await pages.readImage(sha256);
      const result = await ocr.recognize(bytes, ({ status, progress }) => options.events.emit('ocr:progress', { sha256, status, progress }));
      return { sha256, ...result, engine: ocr.engine, model: ocr.model };
    },
    'places:getPack': async () => ({ pack: await places.load() }),
    'places:installPack': ({ bytes, allowOlder }) => places.install(bytes, { allowOlder }),
  };

  return { handlers, dispose: () => ocr.terminate() };
}
