// A register edition's template is data (assets/templates/<edition>.json): which printed labels or
// column headers lead to which field keys. Extraction reads any edition through it, so a new printing of
// a register needs a JSON file, not code.
import { z } from 'zod';
import { findEdition } from '../domain/editions.ts';
import { fieldDefinition, recordKinds, type RecordKind } from '../domain/record-kinds.ts';

const labels = z.array(z.string().min(1)).min(1);

const formTemplateSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(recordKinds as [RecordKind, ...RecordKind[]]),
  layout: z.literal('form'),
  /** the printed title, which tells one edition from another */
  title: labels,
  /** in reading order: a label printed twice (the husband's and the wife's "Ngày sinh:") goes to its fields in this order */
  fields: z.array(z.object({ key: z.string().min(1), labels })).min(1),
}).strict();

const tableTemplateSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(recordKinds as [RecordKind, ...RecordKind[]]),
  layout: z.literal('table'),
  title: labels,
  /** left to right */
  columns: z.array(z.object({ key: z.string().min(1), headers: labels })).min(1),
}).strict();

export const templateSchema = z.discriminatedUnion('layout', [formTemplateSchema, tableTemplateSchema]);

export type Template = z.infer<typeof templateSchema>;
export type FormTemplate = z.infer<typeof formTemplateSchema>;
export type TableTemplate = z.infer<typeof tableTemplateSchema>;

/** The problems that make a template unusable: unknown keys, keys of another kind, an edition mismatch. */
export function templateProblems(template: Template): string[] {
  const problems: string[] = [];
  const keys = template.layout === 'form' ? template.fields.map((f) => f.key) : template.columns.map((c) => c.key);
  for (const key of keys) {
    if (!fieldDefinition(template.kind, key)) problems.push(`${template.id}: "${key}" is not a ${template.kind} field`);
  }
  const edition = findEdition(template.id);
  if (edition) {
    if (edition.kind !== template.kind || edition.layout !== template.layout) problems.push(`${template.id}: kind or layout differs from its edition`);
    for (const key of keys) if (!edition.fields.includes(key)) problems.push(`${template.id}: the edition has no field "${key}"`);
  }
  return problems;
}

/** Parses and checks a template file's content; throws with every problem named. */
export function parseTemplate(json: unknown): Template {
  const template = templateSchema.parse(json);
  const problems = templateProblems(template);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return template;
}
