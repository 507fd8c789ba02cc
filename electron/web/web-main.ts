// `npm run start:web [-- --port N --data DIR --api URL --token T]`: serves the built renderer and the
// services on 127.0.0.1, at the data folder's own port (folder-address-host.ts; `--port 0` is any free
// port, not recorded). The civil-status API address and token may also come from SOHOA_API_URL and
// SOHOA_API_TOKEN.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appVersion } from '../app-version.ts';
import { parsePort, resolveDataDir } from '../cli-args.ts';
import { createAppServices } from '../services/app-services.ts';
import { EventHub } from '../services/event-hub.ts';
import { startAtFolderAddress } from './folder-address-host.ts';
import { startWebHost } from './web-host.ts';

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, data: { type: 'string' }, renderer: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' } },
    strict: true,
  });
  const dataDir = resolveDataDir(values.data);
  const rendererDir = path.resolve(values.renderer ?? path.join(import.meta.dirname, '..', 'renderer'));
  const events = new EventHub();
  const sync = { apiUrl: values.api ?? process.env.SOHOA_API_URL, token: values.token ?? process.env.SOHOA_API_TOKEN };
  const services = createAppServices({ dataDir, host: 'web', version: appVersion, events, sync });
  const requestedPort = values.port === undefined ? undefined : parsePort(values.port);
  const { host, notices } = await startAtFolderAddress({
    dataDir,
    requestedPort,
    start: (port) => startWebHost({ rendererDir, handlers: services.handlers, events, port }),
  }).catch(async (error: unknown) => {
    await services.dispose();
    throw error;
  });

  console.log(`SoHoa ${appVersion} – chế độ trình duyệt / browser mode`);
  console.log(`Dữ liệu / data: ${dataDir}`);
  for (const { vi, en } of notices) console.log(`${vi}\n${en}`);
  console.log(`Mở địa chỉ này / open: ${host.launchUrl}`);

  const stop = () => {
    void host.close().then(() => services.dispose()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
