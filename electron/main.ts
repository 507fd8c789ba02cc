// Electron main: window, app:// protocol, security, and the services behind AppApi. Kept thin on purpose:
// everything it wires is tested in plain Node and exercised end to end in browser mode.
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import path from 'node:path';
import { eventChannel } from '../shared/api/transport.ts';
import { appVersion } from './app-version.ts';
import { startOption } from './cli-args.ts';
import { registerIpcHandlers } from './ipc.ts';
import { appOrigin, appScheme, handleAppRequest } from './security/app-protocol.ts';
import { denyAllPermissions, guardDownloads, guardWebContents } from './security/window-guards.ts';
import { spawnUtilityOcrHost } from './ocr-host-process.ts';
import { spawnAfterCheck } from './ocr-host/spawn-after-check.ts';
import { installDamage, installDamagedError } from './security/install-integrity.ts';
import { createAppServices, type AppServices } from './services/app-services.ts';
import { EventHub } from './services/event-hub.ts';
import { tokenProtection } from './security/token-protection.ts';

const here = import.meta.dirname;
const rendererDir = path.join(here, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'SoHoa',
    show: false,
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      // a packaged build opens none: they would show and change the entries of any book, unaudited
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)));

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    guardDownloads(session.defaultSession);
    protocol.handle(appScheme, (request) => handleAppRequest(rendererDir, request.url));

    // Checked in the background while the window opens; the OCR process waits for it (spawn-after-check.ts).
    const installCheck = app.isPackaged ? installDamage(process.resourcesPath) : Promise.resolve([]);
    void installCheck.then((damage) => {
      if (damage.length === 0) return;
      console.error(`[sohoa] the install differs from what was packaged: ${damage.slice(0, 20).map((d) => `${d.file} (${d.problem})`).join(', ')}`);
      const error = installDamagedError(damage);
      dialog.showErrorBox('SoHoa', `${error.vi}\n\n${error.en}`);
    });

    const events = new EventHub();
    events.subscribe((event, payload) => mainWindow?.webContents.send(eventChannel, event, payload));
    services = createAppServices({
      dataDir: app.getPath('userData'),
      host: 'electron',
      version: appVersion,
      events,
      resourcesDir: app.isPackaged ? process.resourcesPath : undefined,
      spawnOcrHost: spawnAfterCheck(spawnUtilityOcrHost, installCheck),
      sync: {
        apiUrl: startOption(process.argv, 'api') ?? process.env.SOHOA_API_URL,
        token: startOption(process.argv, 'token') ?? process.env.SOHOA_API_TOKEN,
        // the OS keystore keeps the token where it protects it; otherwise a file only this user can read
        protection: tokenProtection(safeStorage),
      },
    });
    registerIpcHandlers(ipcMain, services.handlers);
    mainWindow = createWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    void services?.dispose();
  });
}
