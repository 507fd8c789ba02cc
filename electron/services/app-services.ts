// The services behind AppApi, the same for Electron and browser mode.
import path from 'node:path';
import type { AppInfo } from '../../shared/api/app-api.ts';
import { errorDetail } from '../../shared/api/app-error.ts';
import { runtimeDescription } from '../app-version.ts';
import type { SpawnHost } from '../ocr-host/ocr-host.ts';
import { makeDataDirPrivate } from './data-dir.ts';
import type { AppApiHandlers } from './dispatch.ts';
import { removeStaleTemporaries } from './durable-file.ts';
import type { EventHub } from './event-hub.ts';
import { watchFolder, type FolderWatcher } from './folder-watcher.ts';
import { bundledNameListsDir, nameListsOnce } from './name-lists.ts';
import { JournalStore } from './journal-store.ts';
import { createOcrSetup } from './ocr-setup.ts';
import { PageStore } from './page-store.ts';
import { ProfileStore } from './profile-store.ts';
import { PageVariants } from './page-variants.ts';
import { bundledPlacePackPath, createPlacePackStore } from './place-pack-store.ts';
import { createSyncClient, type SyncClientOptions } from './sync-client.ts';
import { SyncSettingsStore, type TokenProtection } from './sync-settings.ts';

export interface AppServicesOptions {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  events: EventHub;
  /** Electron's resources folder when packaged, where tessdata and assets/ (the place-name pack) ship */
  resourcesDir?: string;
  /** how the OCR process starts (ocr-setup.ts); a forked Node process unless Electron's is given */
  spawnOcrHost?: SpawnHost;
  /** the civil-status API given at start, and the OS keystore for the token where there is one */
  sync?: { apiUrl?: string; token?: string; protection?: TokenProtection; timeouts?: SyncClientOptions };
}

export interface AppServices {
  handlers: AppApiHandlers;
  dispose: () => Promise<void>;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const places = createPlacePackStore({ dataDir: options.dataDir, bundledPackPath: bundledPlacePackPath(options.resourcesDir) });
  const names = nameListsOnce(bundledNameListsDir(options.resourcesDir));
  const ocr = createOcrSetup({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    spawnOcrHost: options.spawnOcrHost,
    places,
    names,
    onProgress: (sha256, stage, progress) => options.events.emit('ocr:progress', { sha256, stage, progress }),
    onPrepared: (sha256, prepared) => variants.save(sha256, prepared),
  });
  const pages = new PageStore(options.dataDir, ocr.host.scans);
  const variants = new PageVariants(options.dataDir, pages, ocr.host.scans);
  let watcher: { path: string; watcher: FolderWatcher } | null = null;
  const syncSettings = new SyncSettingsStore(options.dataDir, { protection: options.sync?.protection, startApiUrl: options.sync?.apiUrl, startToken: options.sync?.token });
  const sync = createSyncClient(syncSettings, pages, options.sync?.timeouts);
  const journal = new JournalStore(options.dataDir);
  const profiles = new ProfileStore(options.dataDir);
  void makeDataDirPrivate(options.dataDir).catch((error: unknown) => console.warn(`[sohoa] the data folder could not be made owner-only (${errorDetail(error)})`));
  // Writes a crash cut short leave temporaries behind (durable-file.ts): cleared at start, in the background.
  void Promise.all(['', 'pages', 'originals', 'derived', 'places'].map((folder) => removeStaleTemporaries(path.join(options.dataDir, folder))))
    .catch((error: unknown) => console.warn(`[sohoa] stale temporary files could not be removed (${errorDetail(error)})`));

  const handlers: AppApiHandlers = {
    'app:getInfo': () => Promise.resolve({ version: options.version, host: options.host, dataDir: options.dataDir, runtime: runtimeDescription() }),
    'pages:import': ({ fileName, bytes }) => pages.import(fileName, bytes),
    'pages:getImage': ({ sha256, variant }) => (variant === undefined || variant === 'original' ? pages.readImage(sha256) : variants.read(sha256, variant)),
    'pages:watchFolder': async ({ path }) => {
      await watcher?.watcher.stop();
      watcher = null;
      if (path !== null) {
        watcher = { path, watcher: watchFolder(path, { store: pages, onImported: (file) => options.events.emit('pages:watchImported', file) }) };
      }
      return { path: watcher?.path ?? null };
    },
    'ocr:extractPage': async ({ sha256, templateId, priority, placeDate }) => {
      const file = await pages.pagePath(sha256);
      return ocr.service.extract({ page: sha256, templateId, priority, placeDate, load: () => Promise.resolve(file) });
    },
    'ocr:cancel': ({ sha256 }) => Promise.resolve({ cancelled: ocr.service.cancel(sha256) }),
    'places:getPack': async () => ({ pack: await places.load() }),
    'places:installPack': ({ bytes, allowOlder }) => places.install(bytes, { allowOlder }),
    'names:getSurnames': async () => ({ surnames: [...(await names()).surnames] }),
    'sync:getSettings': () => syncSettings.settings(),
    'sync:configure': ({ apiUrl, token }) => syncSettings.configure(apiUrl, token),
    'sync:health': () => sync.health(),
    'sync:uploadPage': ({ sha256 }) => sync.uploadPage(sha256),
    'sync:sendBatch': ({ items }) => sync.sendBatch(items),
    'journal:append': ({ records }) => journal.append(records),
    'journal:books': async () => ({ books: await journal.books() }),
    'journal:readBook': ({ bookId, from, limit }) => journal.readBook(bookId, from, limit),
    'team:getProfiles': async () => ({ profiles: await profiles.list() }),
    'team:saveProfile': (input) => profiles.save(input),
    'team:retireProfile': ({ id }) => profiles.retire(id),
    'team:adoptProfiles': async ({ people }) => ({ profiles: await profiles.adopt(people) }),
    'team:checkPin': async ({ id, pin }) => {
      await profiles.checkPin(id, pin);
      return { ok: true as const };
    },
  };

  return {
    handlers,
    dispose: async () => {
      await watcher?.watcher.stop();
      await ocr.dispose();
    },
  };
}
