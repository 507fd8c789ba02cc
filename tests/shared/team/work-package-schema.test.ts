// docs/work-package.schema.json is what the app checks manifests with, and a manifest the app writes is
// valid by it for any tool that reads packages with a JSON Schema validator (Ajv here).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema, manifestPath, writePackage } from '../../../shared/team/work-package.ts';

const documented = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'docs', 'work-package.schema.json'), 'utf8')) as Record<string, unknown>;
const sha256 = (bytes: Uint8Array) => Promise.resolve(createHash('sha256').update(bytes).digest('hex'));
const id = (n: number) => `${n}0000000-0000-4000-8000-000000000000`;
const person = { id: id(1), fullName: 'Nguyễn Thị Hoa', role: 'supervisor' as const };

describe('the documented manifest schema', () => {
  it('is the schema the app checks manifests with (npm run docs:schema writes it)', () => {
    expect(documented).toEqual(manifestJsonSchema());
  });

  it('accepts a manifest SoHoa writes, and refuses one with a part\'s hash missing', async () => {
    const bytes = await writePackage({
      kind: 'result', packageId: id(2), answers: id(3), createdAt: '2026-12-03T08:00:00.000Z', createdBy: person, app: { name: 'SoHoa', version: '0.1.0' },
      book: { id: id(4), kind: 'death', edition: 'death-form', communeAsWritten: 'phường Hải Châu I', volume: '2', yearFrom: 1990, yearTo: 1991 },
      placeTableVersion: '2025.07.01', batch: { id: id(5), number: 1, pageIds: ['a'.repeat(64)] }, pass: 'B', assignee: person, profiles: [person],
    }, { json: { entries: [], audit: [], keyings: [] } }, sha256);
    const manifest = JSON.parse(strFromU8(unzipSync(bytes)[manifestPath]!)) as { parts: Record<string, unknown>[] };
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(documented);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    delete manifest.parts[0]!.sha256;
    expect(validate(manifest)).toBe(false);
  });
});
