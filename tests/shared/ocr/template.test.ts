import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editions } from '../../../shared/domain/editions.ts';
import { parseTemplate, templateProblems } from '../../../shared/ocr/template.ts';

const templatesDir = path.join(import.meta.dirname, '..', '..', '..', 'assets', 'templates');
const files = readdirSync(templatesDir).filter((f) => f.endsWith('.json'));

describe('the shipped templates', () => {
  it('exist for every edition, one file each, named by the edition', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual(editions.map((e) => e.id).sort());
  });

  it.each(files)('%s parses and names only fields of its kind and edition', (file) => {
    const template = parseTemplate(JSON.parse(readFileSync(path.join(templatesDir, file), 'utf8')));
    expect(template.id).toBe(file.replace('.json', ''));
  });
});

describe('templateProblems', () => {
  it('names a key of another kind and a key the edition does not record', () => {
    const problems = templateProblems({
      id: 'birth-form', kind: 'birth', layout: 'form', title: ['x'],
      fields: [{ key: 'wife.fullName', labels: ['Họ và tên vợ'] }, { key: 'child.personalId', labels: ['Số định danh'] }],
    });
    expect(problems).toEqual([
      'birth-form: "wife.fullName" is not a birth field',
      'birth-form: the edition has no field "wife.fullName"',
      'birth-form: the edition has no field "child.personalId"',
    ]);
  });

  it('refuses a file that is not a template', () => {
    expect(() => parseTemplate({ id: 'x', layout: 'grid' })).toThrow();
  });
});
