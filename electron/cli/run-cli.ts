import { parseArgs } from 'node:util';
import { appVersion } from '../app-version.ts';
import { resolveDataDir } from '../cli-args.ts';
import { errorDetail } from '../../shared/api/app-error.ts';
import type { CliIo } from './cli-io.ts';
import { infoCommand } from './info-command.ts';
import { createPlacePackStore } from '../services/place-pack-store.ts';
import { ocrModelNames, type OcrModelName } from '../services/tessdata.ts';
import { ocrCommand } from './ocr-command.ts';
import { placeCommand } from './place-command.ts';
import { samplingPlanCommand } from './sampling-plan-command.ts';
import { validateCommand } from './validate-command.ts';

const usage = `SoHoa ${appVersion} – số hóa sổ hộ tịch / civil-status register digitization

Cách dùng / usage: sohoa <lệnh/command> [tùy chọn/options]

  ocr <ảnh, thư mục/images, folders...> --template MẪU/EDITION [--json] [--model fast|best_int] [--date YYYY-MM-DD]
                                đọc các mục và trường trên ảnh quét theo mẫu sổ / read entries and fields off scans by edition
      MẪU/EDITION: birth-form, birth-table, death-form, marriage-form
  validate <tệp/file.json>      kiểm tra các mục, in kết quả JSON / check entries, print findings as JSON
      [--today YYYY-MM-DD] [--years FROM-TO]
  info [--json]                 thư mục dữ liệu và nội dung / data folder and what it holds
  place resolve "ĐỊA DANH/PLACE" --date DATE [--within VERSION_KEY] [--json]
                                địa danh như đã ghi → đơn vị ngày đó và ngày nay / a place as written → its unit then and today
  place successors MÃ/CODE --date DATE [--json]
                                đơn vị mang mã này vào ngày đó và đơn vị ngày nay / units with this code then, and today's
  place install TỆP/FILE [--allow-older]
                                cài bảng địa danh mới vào thư mục dữ liệu / install a new place-name pack in the data folder
      DATE: YYYY-MM-DD, YYYY-MM hoặc/or YYYY
  sampling-plan --lot N [--aql 1.0] [--level II] [--severity normal|tightened|reduced] [--json]
                                cỡ mẫu, Ac và Re theo ISO 2859-1 / sample size, Ac and Re by ISO 2859-1
  help                          hướng dẫn này / this help

Tùy chọn chung / common options:
  --data DIR                    thư mục dữ liệu (mặc định: thư mục của người dùng) / data folder (default: per user)`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        data: { type: 'string' },
        today: { type: 'string' },
        years: { type: 'string' },
        date: { type: 'string' },
        within: { type: 'string' },
        template: { type: 'string' },
        model: { type: 'string' },
        'allow-older': { type: 'boolean', default: false },
        lot: { type: 'string' },
        aql: { type: 'string' },
        level: { type: 'string' },
        severity: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    io.stderr(`${errorDetail(error)}\n\n${usage}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    io.stdout(usage);
    return 0;
  }
  switch (command) {
    case 'ocr': {
      const { model } = parsed.values;
      if (model !== undefined && !ocrModelNames.includes(model as OcrModelName)) {
        io.stderr(`--model: "${model}" không có / unknown (fast, best_int)`);
        return 2;
      }
      const dataDir = resolveDataDir(parsed.values.data);
      return ocrCommand(rest, {
        template: parsed.values.template,
        json: parsed.values.json,
        model: model as OcrModelName | undefined,
        date: parsed.values.date,
        dataDir,
        places: createPlacePackStore({ dataDir }),
      }, io);
    }
    case 'validate':
      return validateCommand(rest, { today: parsed.values.today, years: parsed.values.years }, io);
    case 'info':
      return infoCommand(resolveDataDir(parsed.values.data), { json: parsed.values.json }, io);
    case 'place':
      return placeCommand(
        rest,
        {
          dataDir: resolveDataDir(parsed.values.data),
          date: parsed.values.date,
          within: parsed.values.within,
          json: parsed.values.json,
          allowOlder: parsed.values['allow-older'],
        },
        io,
      );
    case 'sampling-plan':
      return samplingPlanCommand(
        rest,
        { lot: parsed.values.lot, aql: parsed.values.aql, level: parsed.values.level, severity: parsed.values.severity, json: parsed.values.json },
        io,
      );
    default:
      io.stderr(`Lệnh không tồn tại / unknown command: ${command}\n\n${usage}`);
      return 2;
  }
}
