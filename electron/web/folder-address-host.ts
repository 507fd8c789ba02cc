// Starts the browser-mode host at its data folder's address (see host-address.ts for why and how it is
// chosen): the recorded port, or the one given with --port (then recorded), or on the first start a free
// one (then recorded).
import { addressMovedMessage, addressRecordedMessage, planPort, portTakenMessage, shouldRecord, type Bilingual } from './host-address.ts';
import { readRecordedPort, recordPort } from './address-record.ts';

export class PortTakenError extends Error {}

function isPortTaken(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
}

export interface FolderAddressStart<H extends { port: number; close(): Promise<void> }> {
  host: H;
  /** what to tell the clerk about the address (first recorded, or moved) */
  notices: Bilingual[];
}

export async function startAtFolderAddress<H extends { port: number; close(): Promise<void> }>(options: {
  dataDir: string;
  /** `--port`, if given */
  requestedPort: number | undefined;
  start: (port: number) => Promise<H>;
}): Promise<FolderAddressStart<H>> {
  const { dataDir, start } = options;
  const recorded = await readRecordedPort(dataDir);
  const plan = planPort(options.requestedPort, recorded, dataDir);

  let host: H | undefined;
  if (plan.kind === 'ephemeral') {
    host = await start(0);
  } else if (plan.kind === 'first') {
    for (const candidate of plan.candidates) {
      try {
        host = await start(candidate);
        break;
      } catch (error) {
        if (!isPortTaken(error)) throw error;
      }
    }
    host ??= await start(0);
  } else {
    try {
      host = await start(plan.port);
    } catch (error) {
      if (isPortTaken(error)) {
        const { vi, en } = portTakenMessage(plan, dataDir);
        throw new PortTakenError(`${vi}\n${en}`);
      }
      throw error;
    }
  }

  if (shouldRecord(plan) && recorded !== host.port) {
    try {
      await recordPort(dataDir, host.port);
    } catch (error) {
      // Serving at an address the next start will not find would hide today's books tomorrow.
      await host.close();
      throw error;
    }
  }
  const notices: Bilingual[] = [];
  if (plan.kind === 'first') notices.push(addressRecordedMessage(host.port));
  if (plan.kind === 'explicit' && plan.previous !== null) notices.push(addressMovedMessage(plan.previous, host.port));
  return { host, notices };
}
