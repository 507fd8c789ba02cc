// Run in a process of its own by app-services.test.ts: the services of the main process import a scan and a
// PDF and show the scan's images, then this prints the native libraries the process holds (one per line).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createAppServices } from '../../electron/services/app-services.ts';
import { EventHub } from '../../electron/services/event-hub.ts';

const [dataDir, scanPath, pdfPath] = process.argv.slice(2) as [string, string, string];
const services = createAppServices({ dataDir, host: 'web', version: 'test', events: new EventHub() });
try {
  const { pages } = await services.handlers['pages:import']({ fileName: 'scan.jpg', bytes: new Uint8Array(await readFile(scanPath)) });
  await services.handlers['pages:getImage']({ sha256: pages[0]!.sha256, variant: 'thumbnail' });
  await services.handlers['pages:getImage']({ sha256: pages[0]!.sha256, variant: 'display' });
  const pdf = await services.handlers['pages:import']({ fileName: 'book.pdf', bytes: new Uint8Array(await readFile(pdfPath)) });
  console.log(`pages ${pages.length + pdf.pages.length}`);
  const { sharedObjects } = process.report.getReport() as unknown as { sharedObjects: string[] };
  for (const file of sharedObjects) console.log(path.basename(file));
} finally {
  await services.dispose();
}
