// Marking an entry verified is a supervisor's promise that it matches the register: an entry with an
// error-level finding cannot be verified (warnings are for people to judge, and do not block).
import type { Entry } from './entry.ts';
import { validateEntry, type Finding, type ValidationContext } from './validate-entry.ts';

/** The findings that keep an entry from being verified: its errors, in field order. */
export function verificationBlockers(entry: Pick<Entry, 'kind' | 'fields'>, edition: string | undefined, context: ValidationContext): Finding[] {
  return validateEntry({ kind: entry.kind, ...(edition ? { edition } : {}), fields: entry.fields }, context).filter((finding) => finding.severity === 'error');
}
