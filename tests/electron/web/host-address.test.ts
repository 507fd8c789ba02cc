import { describe, expect, it } from 'vitest';
import {
  addressMovedMessage,
  firstPortBase,
  firstPortCandidates,
  firstPortSpan,
  planPort,
  portTakenMessage,
  shouldRecord,
} from '../../../electron/web/host-address.ts';

describe('the port a data folder is served at', () => {
  it('keeps the recorded port when none is given', () => {
    const plan = planPort(undefined, 23456, '/data');
    expect(plan).toEqual({ kind: 'recorded', port: 23456 });
    expect(shouldRecord(plan)).toBe(false);
  });

  it('chooses one on the first start and records it', () => {
    const plan = planPort(undefined, null, '/data');
    expect(plan).toEqual({ kind: 'first', candidates: firstPortCandidates('/data') });
    expect(shouldRecord(plan)).toBe(true);
  });

  it('moves the address to an explicit --port, remembering the previous one', () => {
    expect(planPort(8080, 23456, '/data')).toEqual({ kind: 'explicit', port: 8080, previous: 23456 });
    expect(planPort(8080, 8080, '/data')).toEqual({ kind: 'explicit', port: 8080, previous: null });
    expect(planPort(8080, null, '/data')).toEqual({ kind: 'explicit', port: 8080, previous: null });
    expect(shouldRecord(planPort(8080, 23456, '/data'))).toBe(true);
  });

  it('treats --port 0 as any free port, recorded nowhere and leaving the record alone', () => {
    const plan = planPort(0, 23456, '/data');
    expect(plan).toEqual({ kind: 'ephemeral' });
    expect(shouldRecord(plan)).toBe(false);
  });

  it('spreads first ports below the ephemeral ranges, the same for a folder at every start', () => {
    const a = firstPortCandidates('/home/clerk/.config/SoHoa');
    expect(a).toEqual(firstPortCandidates('/home/clerk/.config/SoHoa'));
    expect(new Set(a).size).toBe(a.length);
    for (const port of [...a, ...firstPortCandidates('D:\\SoHoa\\xã Tân Lập')]) {
      expect(port).toBeGreaterThanOrEqual(firstPortBase);
      expect(port).toBeLessThan(Math.min(firstPortBase + firstPortSpan, 32768));
    }
    expect(firstPortCandidates('/data/a')[0]).not.toBe(firstPortCandidates('/data/b')[0]);
  });

  it('says, in both languages, how to free a taken folder port or move it', () => {
    const { vi, en } = portTakenMessage({ kind: 'recorded', port: 23456 }, '/data');
    expect(vi).toContain('Cổng 23456');
    expect(vi).toContain('/data');
    expect(vi).toContain('Đóng chương trình đó');
    expect(vi).toContain('--port N');
    expect(vi).toContain('sao lưu');
    expect(en).toContain('Port 23456');
    expect(en).toContain('--port N');
    expect(en).toContain('backed up');
  });

  it('says that books in the browser stay at the old address when the port moves', () => {
    const { vi, en } = addressMovedMessage(23456, 8080);
    expect(vi).toContain('http://127.0.0.1:23456');
    expect(vi).toContain('cổng 8080');
    expect(vi).toContain('sao lưu');
    expect(en).toContain('back them up');
  });
});
