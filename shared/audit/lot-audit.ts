// A lot audited by acceptance sampling: which entries form the lot, the plan and the seed its sample was
// drawn from, what the supervisor found wrong in each sampled entry, and the decision the plan gives. What
// is counted is chosen per audit and stated on its record: entries with any wrong field (nonconforming
// items), or wrong fields (nonconformities, the standard's "per 100 items", reported per 100 fields too).
import type { KeyedValue } from '../team/keying-compare.ts';
import { aqlValues, samplingPlan, type SamplingPlan } from './sampling-plan.ts';
import { drawSample } from './sample-draw.ts';
import { acceptedAtTighterAql, type LotOutcome } from './switching.ts';

export type Counting = 'nonconforming-entries' | 'nonconformities';

/** A batch of a book, the whole book, or the entries one person verified in a period. */
export type LotScope =
  | { kind: 'batch'; batchId: string; number: number }
  | { kind: 'book' }
  | { kind: 'operator'; personId: string; from: string; to: string };

export interface Lot {
  id: string;
  bookId: string;
  /** 1, 2, … within the book */
  number: number;
  scope: LotScope;
  /** the lot's entries when it was formed: the sample is drawn from these, whatever happens to the book since */
  entryIds: string[];
  /** whose switching history the lot's audits count in: a person's id, or the contract's */
  switchingKey: string;
  createdAt: string;
  createdBy: string;
}

/** A field the supervisor found wrong, with what the entry said and what the register says. */
export interface Finding {
  entryId: string;
  field: string;
  found: KeyedValue;
  right: KeyedValue;
}

export interface LotAudit {
  id: string;
  lotId: string;
  bookId: string;
  plan: SamplingPlan;
  counting: Counting;
  /** the sample is drawSample(lot.entryIds, plan.sampleSize, seed): anyone can draw it again */
  seed: string;
  sample: string[];
  /** a lot audited again after a re-check: the switching rules count original inspections only */
  resubmitted: boolean;
  /** sampled entries gone through, with the fields looked at (the reports' error rate per field counts them) */
  reviewed: { entryId: string; fields: string[] }[];
  findings: Finding[];
  startedAt: string;
  by: string;
  decision?: AuditDecision;
  /** a rejected audit: the lot's entries gone through again since, whole, against their pages */
  rechecked?: RecheckMark[];
}

/** An entry of a rejected lot that someone went through again and found as it should be (verified). */
export interface RecheckMark {
  entryId: string;
  by: string;
  at: string;
}

export interface AuditDecision {
  outcome: 'accepted' | 'rejected';
  defects: number;
  at: string;
  by: string;
}

/** What the plan is set up from: the lot's size and the supervisor's choices. */
export interface AuditSetup {
  aql: number;
  level: string;
  severity: string;
  counting: Counting;
}

/** A new audit of a lot: its plan from the lot's size, its sample drawn from the seed. */
export function startAudit(lot: Lot, setup: AuditSetup, seed: string, ids: { id: string; by: string; at: string; resubmitted: boolean }): LotAudit {
  const plan = samplingPlan({ lotSize: lot.entryIds.length, aql: setup.aql, level: setup.level, severity: setup.severity });
  return {
    id: ids.id, lotId: lot.id, bookId: lot.bookId, plan, counting: setup.counting, seed,
    sample: drawSample(lot.entryIds, plan.sampleSize, seed),
    resubmitted: ids.resubmitted, reviewed: [], findings: [], startedAt: ids.at, by: ids.by,
  };
}

/** The defects the plan's Ac and Re are compared with: wrong entries, or wrong fields. */
export function defectsOf(findings: readonly Finding[], counting: Counting): number {
  return counting === 'nonconformities' ? findings.length : new Set(findings.map((finding) => finding.entryId)).size;
}

export interface AuditStanding {
  reviewed: number;
  defects: number;
  /** wrong fields per 100 fields looked at */
  per100Fields: number;
  /**
   * What the plan says now: accepted only once every sampled entry was gone through with at most Ac
   * defects; rejected as soon as Re is reached (the rest cannot change it); null while it is open.
   */
  outcome: 'accepted' | 'rejected' | null;
}

export function auditStanding(audit: Pick<LotAudit, 'plan' | 'counting' | 'sample' | 'reviewed' | 'findings'>): AuditStanding {
  const defects = defectsOf(audit.findings, audit.counting);
  const reviewedIds = new Set(audit.reviewed.map((r) => r.entryId));
  const reviewed = audit.sample.filter((id) => reviewedIds.has(id)).length;
  const fields = audit.reviewed.reduce((sum, r) => sum + r.fields.length, 0);
  const outcome = defects >= audit.plan.re ? 'rejected' : reviewed === audit.sample.length ? 'accepted' : null;
  return { reviewed, defects, per100Fields: fields === 0 ? 0 : (100 * audit.findings.length) / fields, outcome };
}

/**
 * A decided audit as the switching rules count it. Whether the lot would have passed one AQL step tighter
 * (for the switching score) is read from the same lot size, level and severity at the next smaller AQL.
 */
export function lotOutcomeOf(audit: LotAudit, label: string): LotOutcome | null {
  if (!audit.decision) return null;
  const tighter = aqlValues[aqlValues.indexOf(audit.plan.aql) - 1];
  const tighterPlan = tighter === undefined ? null : samplingPlan({ lotSize: audit.plan.lotSize, aql: tighter, level: audit.plan.level, severity: audit.plan.severity });
  return {
    kind: 'lot',
    label,
    severity: audit.plan.severity,
    resubmitted: audit.resubmitted,
    accepted: audit.decision.outcome === 'accepted',
    acceptanceNumber: audit.plan.ac,
    ...(tighterPlan ? { acceptedAtTighterAql: acceptedAtTighterAql(audit.decision.defects, tighterPlan.ac) } : {}),
  };
}

/**
 * Where a lot stands, from its audits (oldest first): not audited yet, being audited, rejected (back to
 * its operators for a full re-check), or accepted. Its entries are held from sync and delivery from the
 * lot's first audit until one accepts it.
 */
export type LotState = 'new' | 'auditing' | 'rejected' | 'accepted';

export function lotState(audits: readonly Pick<LotAudit, 'decision'>[]): LotState {
  const last = audits.at(-1);
  if (!last) return 'new';
  return last.decision?.outcome ?? 'auditing';
}

export function holdsEntries(state: LotState): boolean {
  return state === 'auditing' || state === 'rejected';
}

/**
 * The entries of a rejected lot still to go through again before it is audited anew: those with no re-check
 * mark, and those changed since theirs (a draft again until verified). An entry deleted since is not left.
 */
export function recheckLeft(lot: Pick<Lot, 'entryIds'>, rejected: Pick<LotAudit, 'rechecked'>, statuses: ReadonlyMap<string, string>): string[] {
  const marked = new Set(rejected.rechecked?.map((mark) => mark.entryId));
  return lot.entryIds.filter((id) => statuses.has(id) && (!marked.has(id) || statuses.get(id) === 'draft'));
}
