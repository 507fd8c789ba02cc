// `npm run api -- --port P --data DIR [--faults SPEC] [--token T]`: the reference civil-status API, for
// running SoHoa against by hand. The token is the one given (or SOHOA_API_TOKEN), else a new one, printed.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { parseFaults } from './api-faults.ts';
import { startReferenceApi } from './api-server.ts';

const usage = 'Cách dùng / usage: npm run api -- --port P --data DIR [--faults SPEC] [--token T]';

try {
  const { values } = parseArgs({ options: { port: { type: 'string' }, data: { type: 'string' }, faults: { type: 'string' }, token: { type: 'string' } } });
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);
  if (!values.data) throw new Error('--data: a folder to keep what the API stores is needed');
  const token = values.token ?? process.env.SOHOA_API_TOKEN ?? randomBytes(24).toString('base64url');
  const api = await startReferenceApi({ dataDir: values.data, tokens: [token], faults: parseFaults(values.faults ?? '') }, port);
  console.log(`Reference civil-status API at ${api.url}/v1 (data: ${values.data})`);
  console.log(`Token: ${token}`);
  const stop = () => void api.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
