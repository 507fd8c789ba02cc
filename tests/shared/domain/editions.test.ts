import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editions, findEdition } from '../../../shared/domain/editions.ts';
import { fieldDefinition, recordFields, recordKinds } from '../../../shared/domain/record-kinds.ts';

const samplesDir = path.join(import.meta.dirname, '..', '..', 'fixtures', 'samples');

describe('record kinds and editions', () => {
  it('each kind has unique keys with labels in both languages', () => {
    for (const kind of recordKinds) {
      const keys = recordFields[kind].map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const field of recordFields[kind]) {
        expect(field.label.vi).not.toBe('');
        expect(field.label.en).not.toBe('');
      }
    }
  });

  it('requires the core of each act', () => {
    const required = (kind: (typeof recordKinds)[number]) => recordFields[kind].filter((f) => f.required).map((f) => f.key);
    expect(required('birth')).toEqual(['child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'registration.number', 'registration.date']);
    expect(required('death')).toEqual(['deceased.fullName', 'death.date', 'death.place', 'registration.number', 'registration.date']);
    expect(required('marriage')).toEqual(['husband.fullName', 'husband.birthDate', 'wife.fullName', 'wife.birthDate', 'registration.number', 'registration.date']);
  });

  it('every edition records only fields of its kind', () => {
    for (const edition of editions) {
      for (const key of edition.fields) expect(fieldDefinition(edition.kind, key), `${edition.id}: ${key}`).toBeDefined();
    }
    expect(findEdition('birth-table')?.layout).toBe('table');
    expect(findEdition('nope')).toBeUndefined();
    expect(findEdition(undefined)).toBeUndefined();
  });

  it('the sample registers use exactly the fields their edition declares', () => {
    for (const file of readdirSync(samplesDir).filter((f) => f.endsWith('.json'))) {
      const sample = JSON.parse(readFileSync(path.join(samplesDir, file), 'utf8')) as { edition: string; kind: string; entries: { fields: Record<string, string> }[] };
      const edition = findEdition(sample.edition)!;
      expect(edition.kind, file).toBe(sample.kind);
      for (const entry of sample.entries) {
        for (const key of Object.keys(entry.fields)) expect(edition.fields, `${file}: ${key}`).toContain(key);
      }
    }
  });
});
