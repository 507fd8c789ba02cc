import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTemplateStore, templatesDir } from '../../../electron/services/template-store.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('template store', () => {
  const tempDir = useTempDir();

  it('reads the shipped templates, and packaged from resources/assets/templates', async () => {
    const store = createTemplateStore(templatesDir());
    expect((await store.all()).map((t) => t.id)).toEqual(['birth-form', 'birth-table', 'death-form', 'marriage-form']);
    expect((await store.get('marriage-form')).kind).toBe('marriage');
    expect(templatesDir('/opt/SoHoa/resources')).toBe(path.join('/opt/SoHoa/resources', 'assets', 'templates'));
  });

  it('refuses an unknown template in both languages, listing the known ones', async () => {
    await expect(createTemplateStore(templatesDir()).get('land-register')).rejects.toMatchObject({
      code: 'template-unknown',
      vi: expect.stringContaining('birth-form, birth-table, death-form, marriage-form') as unknown,
    });
  });

  it('names the file of a broken template', async () => {
    const dir = path.join(await tempDir(), 'templates');
    await mkdir(dir);
    await writeFile(path.join(dir, 'birth-form.json'), JSON.stringify({ id: 'birth-form', kind: 'birth', layout: 'form', title: ['x'], fields: [{ key: 'wife.fullName', labels: ['Vợ'] }] }));
    await expect(createTemplateStore(dir).all()).rejects.toThrow(/birth-form\.json.*wife\.fullName/);
  });
});
