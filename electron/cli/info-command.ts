// `sohoa info [--data DIR] [--json]`: where this PC keeps SoHoa's data and what is in it, for an
// operator who must back it up or move it.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { appVersion } from '../app-version.ts';
import { defaultOcrModel, tessdataDir } from '../services/tessdata.ts';
import type { CliIo } from './cli-io.ts';

async function countPages(dataDir: string): Promise<number> {
  try {
    return (await readdir(path.join(dataDir, 'pages'))).filter((name) => /^[0-9a-f]{64}$/.test(name)).length;
  } catch {
    return 0;
  }
}

export async function infoCommand(dataDir: string, options: { json: boolean }, io: CliIo): Promise<number> {
  const info = {
    version: appVersion,
    dataDir,
    pages: await countPages(dataDir),
    ocrModel: `vie/${defaultOcrModel}`,
    ocrModelDir: tessdataDir(),
  };
  if (options.json) {
    io.stdout(JSON.stringify(info, null, 2));
  } else {
    io.stdout([
      `SoHoa ${info.version}`,
      `Thư mục dữ liệu / data folder: ${info.dataDir}`,
      `Số trang đã nhập / pages stored: ${info.pages}`,
      `Mô hình OCR / OCR model: ${info.ocrModel} (${info.ocrModelDir})`,
    ].join('\n'));
  }
  return 0;
}
