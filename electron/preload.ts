// The renderer's only door to the Node side: AppApi over IPC. No ipcRenderer, no Node, nothing else is
// exposed. Runs sandboxed, so it is bundled into one CommonJS file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppApi, EventName, EventPayloads, MethodChannel, MethodInput, MethodOutputs, Result } from '../shared/api/app-api.ts';
import { eventChannel } from '../shared/api/transport.ts';

const api = {
  invoke<C extends MethodChannel>(channel: C, input: MethodInput<C>): Promise<Result<MethodOutputs[C]>> {
    return ipcRenderer.invoke(channel, input) as Promise<Result<MethodOutputs[C]>>;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    const handler = (_event: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload as EventPayloads[E]);
    };
    ipcRenderer.on(eventChannel, handler);
    return () => {
      ipcRenderer.removeListener(eventChannel, handler);
    };
  },
} satisfies AppApi;

contextBridge.exposeInMainWorld('sohoa', api);
