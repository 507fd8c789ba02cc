// `sohoa sampling-plan --lot N [--aql A] [--level II] [--severity normal|tightened|reduced] [--json]`: the
// ISO 2859-1 single sampling plan for a lot, for scripts and for checking the app against the printed standard.
// Exits 0 with the plan, and 2 on a wrong command line or a value the standard has no plan for.
import { AppError } from '../../shared/api/app-error.ts';
import { samplingPlan, type SamplingPlan } from '../../shared/audit/sampling-plan.ts';
import type { CliIo } from './cli-io.ts';

export const samplingPlanUsage = 'Cách dùng / usage: sohoa sampling-plan --lot N [--aql 1.0] [--level II] [--severity normal|tightened|reduced] [--json]';

export interface SamplingPlanOptions {
  lot?: string;
  aql?: string;
  level?: string;
  severity?: string;
  json: boolean;
}

class UsageError extends Error {}

const severityLabel: Record<SamplingPlan['severity'], string> = {
  normal: 'thường / normal',
  tightened: 'ngặt / tightened',
  reduced: 'giảm / reduced',
};

// Vietnamese writes a decimal comma: "0,65" is the AQL 0.65.
function parseNumber(option: string, text: string): number {
  const trimmed = text.trim();
  if (!/^[+-]?\d+([.,]\d+)?$/.test(trimmed)) throw new UsageError(`--${option}: "${text}" không phải là số / is not a number`);
  return Number(trimmed.replace(',', '.'));
}

function describe(plan: SamplingPlan): string {
  const lines = [
    'Phương án lấy mẫu một lần theo ISO 2859-1 / ISO 2859-1 single sampling plan',
    `Cỡ lô / lot size: ${plan.lotSize}`,
    `Mức kiểm tra / inspection level: ${plan.level}`,
    `Chế độ kiểm tra / severity: ${severityLabel[plan.severity]}`,
    `AQL: ${plan.aql}`,
    `Chữ mã cỡ mẫu / sample size code letter: ${plan.codeLetter}`,
  ];
  if (plan.planLetter !== plan.codeLetter) {
    lines.push(`Theo mũi tên, dùng phương án của chữ / following the arrow, the plan of letter: ${plan.planLetter}`);
  }
  lines.push(
    plan.fullInspection
      ? `Cỡ mẫu / sample size: ${plan.sampleSize} (kiểm tra 100 % lô vì n = ${plan.planSampleSize} ≥ cỡ lô / 100 % inspection, as n = ${plan.planSampleSize} ≥ lot size)`
      : `Cỡ mẫu / sample size: ${plan.sampleSize}`,
    `Số chấp nhận / acceptance number Ac: ${plan.ac}`,
    `Số bác bỏ / rejection number Re: ${plan.re}`,
  );
  return lines.join('\n');
}

export function samplingPlanCommand(args: string[], options: SamplingPlanOptions, io: CliIo): number {
  try {
    if (args.length > 0) throw new UsageError(`Tham số thừa / unexpected argument: ${args.join(' ')}\n\n${samplingPlanUsage}`);
    if (options.lot === undefined) throw new UsageError(`Thiếu --lot: cần cỡ lô / --lot is missing: the lot size\n\n${samplingPlanUsage}`);
    const plan = samplingPlan({
      lotSize: parseNumber('lot', options.lot),
      ...(options.aql === undefined ? {} : { aql: parseNumber('aql', options.aql) }),
      level: options.level,
      severity: options.severity,
    });
    io.stdout(options.json ? JSON.stringify(plan, null, 2) : describe(plan));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) io.stderr(error.message);
    else if (error instanceof AppError) io.stderr(`${error.vi}\n${error.en}`);
    else throw error;
    return 2;
  }
}
