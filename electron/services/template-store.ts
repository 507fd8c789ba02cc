// The register templates shipped in assets/templates (resources/assets/templates when packaged), read
// and checked once: a broken template file is a build mistake and fails loudly, naming the file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, errorDetail } from '../../shared/api/app-error.ts';
import { parseTemplate, type Template } from '../../shared/ocr/template.ts';

export function templatesDir(resourcesDir?: string): string {
  return path.join(resourcesDir ?? path.resolve(import.meta.dirname, '..', '..'), 'assets', 'templates');
}

export interface TemplateStore {
  all(): Promise<Template[]>;
  get(id: string): Promise<Template>;
}

export function createTemplateStore(dir: string): TemplateStore {
  let loaded: Promise<Template[]> | null = null;
  const all = () => {
    loaded ??= (async () => {
      const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
      return Promise.all(files.map(async (file) => {
        try {
          return parseTemplate(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
        } catch (error) {
          throw new Error(`template ${file}: ${errorDetail(error)}`, { cause: error });
        }
      }));
    })();
    return loaded;
  };
  return {
    all,
    async get(id) {
      const templates = await all();
      const template = templates.find((t) => t.id === id);
      if (!template) throw AppError.of('template-unknown', { template: id, known: templates.map((t) => t.id).join(', ') });
      return template;
    },
  };
}
