// Writes docs/work-package.schema.json, the JSON Schema of a work package's manifest, from the schema the
// app checks manifests with (shared/team/work-package.ts). A test keeps the two the same.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifestJsonSchema } from '../shared/team/work-package.ts';

const target = path.join(import.meta.dirname, '..', 'docs', 'work-package.schema.json');
writeFileSync(target, `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
