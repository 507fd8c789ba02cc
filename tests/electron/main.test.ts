// main.ts is wiring; these tests check that it wires the security settings and the contract. Electron's
// binary cannot run here, so the `electron` module is replaced by recording fakes.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeIntegrityManifest } from '../../electron/security/install-integrity.ts';
import { methodChannels } from '../../shared/api/app-api.ts';

interface Recorded {
  windows: { options: Record<string, unknown>; loadedUrl?: string }[];
  ipcChannels: string[];
  schemes: unknown[];
  protocolHandled: string[];
  permissionRequestHandler?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  sessionEvents: string[];
  quit: ReturnType<typeof vi.fn>;
  errorBoxes: string[];
}

function mockElectron(lock: boolean, isPackaged = false): Recorded {
  const recorded: Recorded = { windows: [], ipcChannels: [], schemes: [], protocolHandled: [], sessionEvents: [], quit: vi.fn(), errorBoxes: [] };
  class BrowserWindow {
    webContents = { send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      recorded.windows.push({ options });
    }
    static getAllWindows = () => [];
    once() {}
    on() {}
    loadURL(url: string) {
      recorded.windows.at(-1)!.loadedUrl = url;
      return Promise.resolve();
    }
  }
  vi.doMock('electron', () => ({
    app: {
      requestSingleInstanceLock: () => lock,
      quit: recorded.quit,
      on: vi.fn(),
      whenReady: () => Promise.resolve(),
      getPath: () => '/tmp/sohoa-main-test',
      isPackaged,
    },
    BrowserWindow,
    dialog: { showErrorBox: (_title: string, content: string) => recorded.errorBoxes.push(content) },
    ipcMain: { handle: (channel: string) => recorded.ipcChannels.push(channel) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string) => recorded.protocolHandled.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Recorded['permissionRequestHandler']) => (recorded.permissionRequestHandler = h),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        on: (event: string) => recorded.sessionEvents.push(event),
      },
    },
    shell: { openExternal: vi.fn() },
    safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
  }));
  return recorded;
}

async function flush() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('electron main', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  it('opens one sandboxed, isolated window on app://sohoa with the contract registered', async () => {
    const recorded = mockElectron(true);
    await import('../../electron/main.ts');
    await flush();

    expect(recorded.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(recorded.protocolHandled).toEqual(['app']);
    expect(recorded.windows).toHaveLength(1);
    const prefs = recorded.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, devTools: true });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(recorded.windows[0]!.loadedUrl).toBe('app://sohoa/index.html');
    expect(recorded.ipcChannels.sort()).toEqual([...methodChannels].sort());

    const granted = vi.fn();
    recorded.permissionRequestHandler!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(recorded.sessionEvents).toEqual(['will-download']);
  });

  it('opens no DevTools in a packaged build, where a clerk could read the entries\' data through them', async () => {
    const recorded = mockElectron(true, true);
    await import('../../electron/main.ts');
    await flush();
    expect((recorded.windows[0]!.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
  });

  it('checks a packaged install before its OCR process may start, and says so when it was changed', async () => {
    const resources = await mkdtemp(path.join(tmpdir(), 'sohoa-resources-'));
    const original = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    try {
      await mkdir(path.join(resources, 'tessdata'));
      await writeFile(path.join(resources, 'tessdata', 'vie.traineddata'), 'model');
      await writeIntegrityManifest(resources);
      await writeFile(path.join(resources, 'tessdata', 'vie.traineddata'), 'another model');
      const recorded = mockElectron(true, true);
      await import('../../electron/main.ts');
      await vi.waitFor(() => expect(recorded.errorBoxes).toHaveLength(1));
      expect(recorded.errorBoxes[0]).toContain('Hãy cài lại SoHoa');
      expect(recorded.errorBoxes[0]).toContain('"tessdata/vie.traineddata"');
      expect(recorded.windows).toHaveLength(1);
    } finally {
      if (original) Object.defineProperty(process, 'resourcesPath', original);
      else delete (process as { resourcesPath?: string }).resourcesPath;
      await rm(resources, { recursive: true, force: true });
    }
  });

  it('checks no install when run from the sources', async () => {
    const recorded = mockElectron(true);
    await import('../../electron/main.ts');
    await flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(recorded.errorBoxes).toEqual([]);
  });

  it('quits at once when another instance already runs', async () => {
    const recorded = mockElectron(false);
    await import('../../electron/main.ts');
    await flush();
    expect(recorded.quit).toHaveBeenCalled();
    expect(recorded.windows).toHaveLength(0);
  });
});
