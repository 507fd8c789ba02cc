// Electron's security checklist for every web contents: no navigation away from the app, no new windows,
// no <webview>, no permission granted, external links only to an allow-list and only in the OS browser.
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol.ts';

/** Sites the app may open in the user's browser (help pages); nothing else leaves the app. */
export const externalUrlAllowList: readonly string[] = ['https://github.com/'];

export function isAllowedExternalUrl(url: string): boolean {
  return externalUrlAllowList.some((prefix) => url.startsWith(prefix));
}

export function guardWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Files the app makes itself (a work package, a result: blob: URLs of the app's own page) are saved where
 * the user chooses, by Electron's save dialog; a download from anywhere else is cancelled.
 */
export function guardDownloads(session: Session): void {
  session.on('will-download', (event, item) => {
    const url = item.getURL();
    if (!(url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length)))) event.preventDefault();
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
