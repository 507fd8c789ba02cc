// `sohoa ocr <image...> [--json]`: recognizes each scan with the same engine and checks as the app.
// A bad file is reported and the batch goes on.
import { readFile } from 'node:fs/promises';
import { AppError, appErrorPayload, type AppErrorPayload } from '../../shared/api/app-error.ts';
import { OcrEngine } from '../services/ocr-engine.ts';
import { inspectImage } from '../services/page-store.ts';
import type { CliIo } from './cli-io.ts';

interface OcrFileResult {
  file: string;
  text?: string;
  confidence?: number;
  engine?: string;
  model?: string;
  error?: AppErrorPayload;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw AppError.of('page-not-found', { page: `${file} (${code})` });
  }
}

export async function ocrCommand(files: string[], options: { json: boolean }, io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr('Cách dùng / usage: sohoa ocr <ảnh/image...> [--json]');
    return 2;
  }
  const engine = new OcrEngine();
  const results: OcrFileResult[] = [];
  try {
    for (const file of files) {
      try {
        const bytes = await readInput(file);
        await inspectImage(file, bytes);
        const { text, confidence } = await engine.recognize(bytes);
        results.push({ file, text, confidence, engine: engine.engine, model: engine.model });
      } catch (error) {
        const payload = error instanceof AppError ? error.toPayload() : appErrorPayload('ocr-failed', { detail: String(error) });
        results.push({ file, error: payload });
      }
      const last = results.at(-1)!;
      if (!options.json) {
        if (last.error) io.stderr(`${file}: ${last.error.vi}\n  ${last.error.en}`);
        else io.stdout(`== ${file} (độ tin cậy / confidence ${Math.round(last.confidence ?? 0)}) ==\n${last.text?.trimEnd() ?? ''}\n`);
      }
    }
  } finally {
    await engine.terminate();
  }
  if (options.json) io.stdout(JSON.stringify(results, null, 2));
  return results.some((r) => r.error) ? 1 : 0;
}
