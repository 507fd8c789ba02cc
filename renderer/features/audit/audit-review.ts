// What a supervisor's look at a sampled entry amounts to. Each field looked at gets a verdict: what the
// register says of it (the value as entered when it is right). A field whose verdict says something else
// than the entry said when audited is a finding; the entry is then corrected to the verdicts. A field keeps
// what it said when audited in its finding, so an entry corrected since is judged on what was entered.
import type { Finding, LotAudit } from '../../../shared/audit/lot-audit.ts';
import type { DateContext } from '../../../shared/domain/dates.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { recordFields } from '../../../shared/domain/record-kinds.ts';
import { typedValues, type FieldMark } from '../../../shared/domain/typed-fields.ts';
import { sameKeying, type KeyedValue } from '../../../shared/team/keying-compare.ts';
import { keyedValueOf } from '../../../shared/team/reconciliation.ts';
import type { SaveEntryInput } from '../../db/entries-repository.ts';

/** What the register says of each field looked at, by field. */
export type Verdicts = Readonly<Record<string, KeyedValue>>;

/** A sampled entry gone through, as recordReview takes it. */
export interface Review {
  fields: string[];
  findings: Finding[];
}

/** The audit with the reviews made on this screen that may still be being written, each replacing what was recorded of its entry. */
export function withReviews(audit: LotAudit, reviews: ReadonlyMap<string, Review>): LotAudit {
  return {
    ...audit,
    reviewed: [...audit.reviewed.filter((r) => !reviews.has(r.entryId)), ...[...reviews].map(([entryId, review]) => ({ entryId, fields: review.fields }))],
    findings: [...audit.findings.filter((f) => !reviews.has(f.entryId)), ...[...reviews.values()].flatMap((review) => review.findings)],
  };
}

/** The fields of an entry looked at, in the form's order: those with a value or a mark, and any found wrong before. */
export function fieldsToLook(entry: Entry, findings: readonly Finding[]): string[] {
  const found = new Set(findings.filter((f) => f.entryId === entry.id).map((f) => f.field));
  return recordFields[entry.kind].map((definition) => definition.key).filter((key) => entry.fields[key] !== undefined || found.has(key));
}

/** What a field said when it was audited: as its finding recorded it, else as the entry says it now. */
export function foundValue(entry: Entry, field: string, findings: readonly Finding[]): KeyedValue {
  return findings.find((f) => f.entryId === entry.id && f.field === field)?.found ?? keyedValueOf(entry.fields[field]);
}

/** The verdicts of an entry already gone through: its findings' right values, the value as found elsewhere. */
export function recordedVerdicts(entry: Entry, findings: readonly Finding[]): Verdicts {
  return Object.fromEntries(fieldsToLook(entry, findings).map((field) => [field, findings.find((f) => f.entryId === entry.id && f.field === field)?.right ?? foundValue(entry, field, findings)]));
}

/** The fields whose verdict says something else than what was found, in the form's order. */
export function findingsOf(entry: Entry, verdicts: Verdicts, findings: readonly Finding[], context: DateContext): Finding[] {
  return fieldsToLook(entry, findings).flatMap((field) => {
    const right = verdicts[field];
    const found = foundValue(entry, field, findings);
    return right === undefined || sameKeying(entry.kind, field, found, right, context) ? [] : [{ entryId: entry.id, field, found, right }];
  });
}

/**
 * The entry as its verdicts say, to save as the supervisor's correction: every value it has, with the
 * fields that say something else than the verdict changed, and the fields looked at compared with the
 * register (OCR-confirmed). Null when it already says what the verdicts say.
 */
export function correctionOf(entry: Entry, verdicts: Verdicts, context: DateContext): SaveEntryInput | null {
  const changed = Object.entries(verdicts).filter(([field, right]) => !sameKeying(entry.kind, field, keyedValueOf(entry.fields[field]), right, context));
  if (changed.length === 0) return null;
  const typed = typedValues(entry);
  const marks: Record<string, FieldMark> = Object.fromEntries(Object.entries(entry.fields).flatMap(([key, field]) => (field.mark ? [[key, field.mark]] : [])));
  for (const [field, right] of changed) {
    if (right.mark) {
      marks[field] = right.mark;
    } else {
      typed[field] = right.value;
      delete marks[field];
    }
  }
  return { id: entry.id, bookId: entry.bookId, pageId: entry.pageId, kind: entry.kind, typed, marks, confirmed: Object.keys(verdicts) };
}
