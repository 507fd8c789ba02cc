// IPC side of AppApi: every channel of the contract is registered, every call checks its sender frame
// and goes through the same validating dispatch as browser mode.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodChannels } from '../shared/api/app-api.ts';
import { appErrorPayload } from '../shared/api/app-error.ts';
import { errorResult } from '../shared/api/transport.ts';
import { isAppUrl } from './security/app-protocol.ts';
import { dispatch, type AppApiHandlers } from './services/dispatch.ts';

/** Only the app's own top-level page may call; a frame from anywhere else (or a destroyed one) may not. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: AppApiHandlers): void {
  for (const channel of methodChannels) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event)) return errorResult(appErrorPayload('untrusted-sender'));
      return dispatch(handlers, channel, input);
    });
  }
}
