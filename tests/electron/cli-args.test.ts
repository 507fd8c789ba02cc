import { describe, expect, it } from 'vitest';
import { parsePort, startOption } from '../../electron/cli-args.ts';

describe('startOption', () => {
  it('reads --name value and --name=value among the arguments Electron or Node pass', () => {
    const argv = ['/usr/bin/electron', '.', '--api=http://127.0.0.1:8787', '--token', 'bí-mật', '--port', '0'];
    expect(startOption(argv, 'api')).toBe('http://127.0.0.1:8787');
    expect(startOption(argv, 'token')).toBe('bí-mật');
    expect(startOption(argv, 'data')).toBeUndefined();
    expect(startOption(['--token'], 'token')).toBeUndefined();
  });
});

describe('parsePort', () => {
  it('takes 0–65535 and refuses anything else in both languages', () => {
    expect(parsePort(undefined)).toBe(0);
    expect(parsePort('8787')).toBe(8787);
    expect(() => parsePort('http')).toThrow('--port: cổng không hợp lệ / invalid port "http" (0–65535)');
  });
});
