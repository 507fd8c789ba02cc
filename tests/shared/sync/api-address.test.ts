import { describe, expect, it } from 'vitest';
import { apiAddressProblem, isLoopbackHost } from '../../../shared/sync/api-address.ts';

const problem = (address: string) => apiAddressProblem(new URL(address));

describe('the API address', () => {
  it('takes https anywhere, and plain http only to this machine', () => {
    expect(problem('https://hotich.example.gov.vn')).toBeNull();
    expect(problem('https://10.0.0.5:8443/api')).toBeNull();
    for (const local of ['http://127.0.0.1:8080', 'http://127.8.9.10', 'http://localhost:3000', 'http://[::1]:9000']) expect(problem(local)).toBeNull();
    for (const remote of ['http://hotich.example.gov.vn', 'http://10.0.0.5', 'http://192.168.1.20:8080', 'http://127.0.0.1.evil.example', 'http://localhost.evil.example']) {
      expect(problem(remote)).toBe('insecure');
    }
  });

  it('refuses other schemes and addresses that carry a user or a password', () => {
    for (const address of ['ftp://hotich.example.gov.vn', 'file:///etc/passwd', 'https://user:secret@hotich.example.gov.vn', 'javascript:alert(1)']) expect(problem(address)).toBe('malformed');
  });

  it('knows loopback hosts however they are written', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });
});
