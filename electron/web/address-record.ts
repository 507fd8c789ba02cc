// The port a data folder is served at in browser mode, kept in the folder itself so that it moves with
// the folder (copied to a new PC, it keeps its address and the browser finds its books there).
import path from 'node:path';
import { readFileIfPresent, writeFileDurably } from '../services/durable-file.ts';

export const addressRecordName = 'web-address.json';

export class AddressRecordError extends Error {}

function isPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 65535;
}

export async function readRecordedPort(dataDir: string): Promise<number | null> {
  const file = path.join(dataDir, addressRecordName);
  const bytes = await readFileIfPresent(file);
  if (bytes === null) return null;
  let port: unknown;
  try {
    port = (JSON.parse(bytes.toString('utf8')) as { port?: unknown }).port;
  } catch {
    port = undefined;
  }
  // Guessing a port here could open an empty-looking address; the clerk (who knows the old one) decides.
  if (!isPort(port)) {
    throw new AddressRecordError(
      `Tệp ${file} bị hỏng nên không biết cổng của thư mục dữ liệu. Chạy lại với --port N (cổng cũ, nếu còn nhớ) để ghi lại. / ` +
        `${file} is damaged, so the data folder's port is unknown. Start again with --port N (the old port, if you know it) to record it.`,
    );
  }
  return port;
}

/** Durable and owner-only, like the rest of the folder: a crash leaves the old record or the new one. */
export async function recordPort(dataDir: string, port: number): Promise<void> {
  await writeFileDurably(dataDir, path.join(dataDir, addressRecordName), `${JSON.stringify({ port })}\n`);
}
