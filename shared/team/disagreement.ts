// How often the two passes disagree, per person and per field: for the supervisor, what to retrain and
// which fields to watch. A field counts once both passes keyed it; it disagreed if a checker had to decide
// it or still has to.
import type { FieldState } from './reconciliation.ts';

export interface ComparedField {
  field: string;
  state: FieldState;
  /** who keyed pass A (the batch's operator) and pass B */
  passA: string | null;
  passB: string | null;
}

export interface DisagreementRate {
  compared: number;
  disagreed: number;
}

export interface Disagreements {
  /** by person, over the fields of both the passes they keyed */
  byPerson: Map<string, DisagreementRate>;
  byField: Map<string, DisagreementRate>;
  total: DisagreementRate;
}

function add(map: Map<string, DisagreementRate>, key: string, disagreed: boolean): void {
  const rate = map.get(key) ?? { compared: 0, disagreed: 0 };
  rate.compared += 1;
  if (disagreed) rate.disagreed += 1;
  map.set(key, rate);
}

export function disagreements(fields: Iterable<ComparedField>): Disagreements {
  const result: Disagreements = { byPerson: new Map(), byField: new Map(), total: { compared: 0, disagreed: 0 } };
  for (const field of fields) {
    if (field.state === 'waiting') continue;
    const disagreed = field.state === 'differs' || field.state === 'decided';
    result.total.compared += 1;
    if (disagreed) result.total.disagreed += 1;
    add(result.byField, field.field, disagreed);
    for (const person of new Set([field.passA, field.passB])) if (person !== null) add(result.byPerson, person, disagreed);
  }
  return result;
}

/** Disagreements per 1,000 fields compared, the unit error rates are given in. */
export function perThousand(rate: DisagreementRate): number {
  return rate.compared === 0 ? 0 : (rate.disagreed * 1000) / rate.compared;
}
