// npm run places:build: rebuilds assets/places/places-pack.json from assets/places/sources and curated,
// and refuses to write a pack that fails its integrity checks.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPlacePack, packPath } from './places/place-pack-build.ts';

const { pack, notes, problems } = buildPlacePack();
for (const note of notes) console.log(`note: ${note}`);
if (problems.length > 0) {
  for (const problem of problems.slice(0, 50)) console.error(`problem: ${problem}`);
  console.error(`${problems.length} integrity problems; the pack was not written.`);
  process.exit(1);
}
writeFileSync(packPath, `${JSON.stringify(pack)}\n`);
console.log(`${path.relative(process.cwd(), packPath)}: version ${pack.version}, ${pack.contentHash}`);
