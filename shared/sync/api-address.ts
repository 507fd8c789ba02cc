// Where citizens' data may be sent: the civil-status API only over https, so that nothing on the way (a
// commune LAN, a hotel Wi-Fi, a proxy) reads or changes it. Plain http is allowed to this machine only
// (loopback), where nothing is on the way: the reference API and tests run there.

/** The parts of a parsed address (a WHATWG URL) that decide. */
export interface AddressParts {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
}

/** 127.0.0.0/8, ::1 and localhost: addresses that never leave this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Why an API address is refused, or null: not http(s) or carrying credentials, or plain http to another machine. */
export function apiAddressProblem(url: AddressParts): 'malformed' | 'insecure' | null {
  if (url.username !== '' || url.password !== '') return 'malformed';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') return isLoopbackHost(url.hostname) ? null : 'insecure';
  return 'malformed';
}
