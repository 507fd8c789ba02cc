// A lot's audit: the plan from the lot's size, the sample drawn again from its seed, the defects counted as
// chosen, the decision the plan gives (rejected as soon as Re is reached, accepted only once the whole
// sample is gone through), and the lot as the switching rules count it.
import { describe, expect, it } from 'vitest';
import { auditStanding, defectsOf, holdsEntries, lotOutcomeOf, lotState, recheckLeft, startAudit, type Finding, type Lot, type LotAudit } from '../../../shared/audit/lot-audit.ts';
import { drawSample } from '../../../shared/audit/sample-draw.ts';

const ids = Array.from({ length: 1000 }, (_, i) => `entry-${String(i).padStart(4, '0')}`);
const lot: Lot = { id: 'lot-1', bookId: 'book', number: 1, scope: { kind: 'book' }, entryIds: ids, switchingKey: 'contract', createdAt: 'x', createdBy: 'hoa' };
const started = (counting: LotAudit['counting'] = 'nonconforming-entries', aql = 1.0) =>
  startAudit(lot, { aql, level: 'II', severity: 'normal', counting }, '0badc0de', { id: 'audit-1', by: 'hoa', at: '2026-12-03T08:00:00.000Z', resubmitted: false });
const wrong = (entryId: string, field = 'child.fullName'): Finding => ({ entryId, field, found: { value: 'Lê Văn Au' }, right: { value: 'Lê Văn An' } });

describe('a lot audit', () => {
  it('takes its plan from the lot size (1,000 entries, level II, AQL 1.0: J, n 80, Ac 2, Re 3) and a sample anyone can draw again from the seed', () => {
    const audit = started();
    expect(audit.plan).toMatchObject({ codeLetter: 'J', sampleSize: 80, ac: 2, re: 3 });
    expect(audit.sample).toHaveLength(80);
    expect(new Set(audit.sample).size).toBe(80);
    expect(audit.sample).toEqual(drawSample([...ids].reverse(), 80, '0badc0de'));
    expect(started().sample).toEqual(audit.sample);
  });

  it('counts wrong entries, or wrong fields, as the audit chose', () => {
    const findings = [wrong('a'), wrong('a', 'child.birthDate'), wrong('b')];
    expect(defectsOf(findings, 'nonconforming-entries')).toBe(2);
    expect(defectsOf(findings, 'nonconformities')).toBe(3);
  });

  it('stays open until every sampled entry is gone through, rejects at Re at once, and gives errors per 100 fields', () => {
    const audit = started();
    const reviewed = (n: number) => audit.sample.slice(0, n).map((entryId) => ({ entryId, fields: ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10'] }));
    expect(auditStanding({ ...audit, reviewed: reviewed(79), findings: [] })).toMatchObject({ reviewed: 79, defects: 0, outcome: null });
    const two = [wrong(audit.sample[0]!), wrong(audit.sample[1]!)];
    expect(auditStanding({ ...audit, reviewed: reviewed(80), findings: two })).toEqual({ reviewed: 80, defects: 2, per100Fields: 0.25, outcome: 'accepted' });
    const three = [...two, wrong(audit.sample[2]!)];
    expect(auditStanding({ ...audit, reviewed: reviewed(3), findings: three })).toMatchObject({ defects: 3, outcome: 'rejected' });
    // counted as fields, two wrong fields of one entry are two
    const perField = started('nonconformities');
    expect(auditStanding({ ...perField, reviewed: reviewed(1), findings: [wrong('x'), wrong('x', 'a'), wrong('x', 'b')] }).outcome).toBe('rejected');
  });

  it('is counted by the switching rules with whether it would have passed one AQL step tighter', () => {
    const audit = started();
    expect(lotOutcomeOf(audit, '1')).toBeNull();
    const decided = (defects: number, outcome: 'accepted' | 'rejected'): LotAudit => ({ ...audit, decision: { outcome, defects, at: 'x', by: 'hoa' } });
    // AQL 0.65 at J: Ac 1
    expect(lotOutcomeOf(decided(1, 'accepted'), '1')).toEqual({ kind: 'lot', label: '1', severity: 'normal', resubmitted: false, accepted: true, acceptanceNumber: 2, acceptedAtTighterAql: true });
    expect(lotOutcomeOf(decided(2, 'accepted'), '1')?.acceptedAtTighterAql).toBe(false);
    expect(lotOutcomeOf(decided(3, 'rejected'), '1')?.accepted).toBe(false);
    const tightest = started('nonconforming-entries', 0.01);
    expect(lotOutcomeOf({ ...tightest, decision: { outcome: 'accepted', defects: 0, at: 'x', by: 'hoa' } }, '1')).not.toHaveProperty('acceptedAtTighterAql');
  });

  it('holds the lot\'s entries from its first audit until one accepts it', () => {
    const audit = started();
    const states = [
      lotState([]),
      lotState([audit]),
      lotState([{ decision: { outcome: 'rejected', defects: 3, at: 'x', by: 'hoa' } }]),
      lotState([{ decision: { outcome: 'rejected', defects: 3, at: 'x', by: 'hoa' } }, audit]),
      lotState([{ decision: { outcome: 'rejected', defects: 3, at: 'x', by: 'hoa' } }, { decision: { outcome: 'accepted', defects: 0, at: 'y', by: 'hoa' } }]),
    ];
    expect(states).toEqual(['new', 'auditing', 'rejected', 'auditing', 'accepted']);
    expect(states.map(holdsEntries)).toEqual([false, true, true, true, false]);
  });

  it('leaves of a rejected lot what nobody went through again, or what changed since and is a draft again; never an entry deleted since', () => {
    const small = { entryIds: ['a', 'b', 'c', 'd', 'e'] };
    const statuses = new Map([['a', 'verified'], ['b', 'verified'], ['c', 'draft'], ['e', 'verified']]);
    const mark = (entryId: string) => ({ entryId, by: 'lan', at: '2026-12-03T09:00:00.000Z' });
    expect(recheckLeft(small, {}, statuses)).toEqual(['a', 'b', 'c', 'e']);
    expect(recheckLeft(small, { rechecked: [mark('a'), mark('c'), mark('d')] }, statuses)).toEqual(['b', 'c', 'e']);
    expect(recheckLeft(small, { rechecked: ['a', 'b', 'e'].map(mark) }, new Map([...statuses, ['c', 'verified']]))).toEqual(['c']);
  });
});
