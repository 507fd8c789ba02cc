import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.ts';
import type { SamplingPlan } from '../../../shared/audit/sampling-plan.ts';

async function samplingPlan(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['sampling-plan', ...args], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sohoa sampling-plan', () => {
  it('prints the plan as JSON for scripts: level II, lot 501–1200 → J, n = 80; AQL 1.0 → Ac 2, Re 3', async () => {
    const { code, out, err } = await samplingPlan(['--lot', '1000', '--aql', '1.0', '--json']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(JSON.parse(out) as SamplingPlan).toEqual({
      lotSize: 1000, level: 'II', severity: 'normal', aql: 1, codeLetter: 'J', planLetter: 'J', planSampleSize: 80, sampleSize: 80, fullInspection: false, ac: 2, re: 3,
    });
  });

  it('takes the level, the severity, an AQL written with a decimal comma, and options written with "="', async () => {
    const { code, out } = await samplingPlan(['--lot=1000', '--aql', '0,65', '--level', 'I', '--severity=tightened', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ level: 'I', severity: 'tightened', aql: 0.65, codeLetter: 'G', planLetter: 'G', sampleSize: 32, ac: 0, re: 1 });
    const reduced = await samplingPlan(['--lot', '1000', '--severity', 'reduced', '--json']);
    expect(JSON.parse(reduced.out)).toMatchObject({ aql: 1, codeLetter: 'J', planLetter: 'J', sampleSize: 32, ac: 1, re: 2 });
  });

  it('prints the plan for a person in Vietnamese and English', async () => {
    const { code, out } = await samplingPlan(['--lot', '1000', '--aql', '2.5']);
    expect(code).toBe(0);
    expect(out).toContain('Chữ mã cỡ mẫu / sample size code letter: J');
    expect(out).toContain('Chế độ kiểm tra / severity: thường / normal');
    expect(out).toContain('Cỡ mẫu / sample size: 80');
    expect(out).toContain('Số chấp nhận / acceptance number Ac: 5');
    expect(out).toContain('Số bác bỏ / rejection number Re: 6');
    expect(out).not.toContain('mũi tên');
  });

  it('says when it followed an arrow to another letter\'s plan, and when the whole lot is to be inspected', async () => {
    const { code, out } = await samplingPlan(['--lot', '5', '--aql', '10']);
    expect(code).toBe(0);
    expect(out).toContain('Chữ mã cỡ mẫu / sample size code letter: A');
    expect(out).toContain('following the arrow, the plan of letter: C');
    expect(out).toContain('Cỡ mẫu / sample size: 5 (kiểm tra 100 % lô vì n = 5 ≥ cỡ lô / 100 % inspection, as n = 5 ≥ lot size)');
    expect(out).toContain('Ac: 1');
  });

  it('is in the help', async () => {
    const out: string[] = [];
    expect(await runCli(['help'], { stdout: (t) => out.push(t), stderr: () => {} })).toBe(0);
    expect(out.join()).toContain('sampling-plan --lot N [--aql 1.0] [--level II] [--severity normal|tightened|reduced] [--json]');
  });

  it.each([
    [['--aql', '1.0'], 'Thiếu --lot', '--lot is missing'],
    [['--lot', 'abc'], '--lot: "abc" không phải là số', 'is not a number'],
    [['--lot', '1'], 'Cỡ lô phải là số nguyên từ 2 trở lên (đã nhập 1)', 'The lot size must be a whole number of 2 or more (1 was given)'],
    [['--lot', '2.5'], 'đã nhập 2.5', '2.5 was given'],
    [['--lot=-5'], 'đã nhập -5', '-5 was given'],
    [['--lot', '1000', '--aql', '0.7'], 'AQL 0.7 không thuộc dãy AQL ưu tiên', 'AQL 0.7 is not in the preferred series of ISO 2859-1'],
    [['--lot', '1000', '--aql', 'một'], '--aql: "một" không phải là số', 'is not a number'],
    [['--lot', '1000', '--level', 'IV'], 'Không có mức kiểm tra "IV"', 'There is no inspection level "IV"'],
    [['--lot', '1000', '--severity', 'strict'], 'Không có chế độ kiểm tra "strict"', 'Choose normal, tightened or reduced'],
    [['1000'], 'Tham số thừa', 'unexpected argument: 1000'],
  ])('refuses %j with a message in both languages and exit code 2', async (args, vi, en) => {
    const { code, out, err } = await samplingPlan(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(vi);
    expect(err).toContain(en);
  });

  it('refuses an option with no value or an unknown option, with the usage', async () => {
    for (const args of [['--lot'], ['--lots', '5']]) {
      const { code, err } = await samplingPlan(args);
      expect(code).toBe(2);
      expect(err).toContain('sampling-plan --lot N');
    }
  });
});
