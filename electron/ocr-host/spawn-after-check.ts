// The OCR process loads code and models from outside the integrity-checked asar (security/install-integrity.ts),
// so it starts only once they have been found whole. What is sent before the check ends waits for it; when the
// install is damaged the process never starts, and every call is answered with what to do instead.
import type { AppError } from '../../shared/api/app-error.ts';
import { installDamagedError, type InstallDamage } from '../security/install-integrity.ts';
import type { HostChannel, SpawnHost } from './ocr-host.ts';
import type { HostReply, HostRequest } from './ocr-host-protocol.ts';

export function spawnAfterCheck(spawn: SpawnHost, check: Promise<readonly InstallDamage[]>): SpawnHost {
  return (launch) => {
    const messageListeners: ((reply: HostReply) => void)[] = [];
    const exitListeners: ((code: number | null) => void)[] = [];
    let waiting: HostRequest[] | null = [];
    let channel: HostChannel | null = null;
    let refusal: AppError | null = null;
    let killed = false;

    const refuse = (request: HostRequest, error: AppError) => {
      if (request.type === 'cancel') return;
      for (const listener of messageListeners) listener({ type: 'failed', id: request.id, error: error.toPayload() });
    };
    const exit = () => {
      for (const listener of exitListeners) listener(null);
    };

    void check.then((damage) => {
      const held = waiting ?? [];
      waiting = null;
      if (killed) return;
      if (damage.length > 0) {
        refusal = installDamagedError(damage);
        for (const request of held) refuse(request, refusal);
        return;
      }
      const started = spawn(launch);
      channel = started;
      for (const listener of messageListeners) started.onMessage(listener);
      for (const listener of exitListeners) started.onExit(listener);
      for (const request of held) started.send(request);
    });

    return {
      send: (request) => {
        if (channel) channel.send(request);
        else if (waiting) waiting.push(request);
        else if (refusal) {
          const error = refusal;
          queueMicrotask(() => refuse(request, error));
        }
      },
      onMessage: (listener) => {
        messageListeners.push(listener);
        channel?.onMessage(listener);
      },
      onExit: (listener) => {
        exitListeners.push(listener);
        channel?.onExit(listener);
      },
      kill: () => {
        if (channel) {
          channel.kill();
          return;
        }
        if (killed) return;
        killed = true;
        waiting = null;
        queueMicrotask(exit);
      },
    };
  };
}
