import { describe, expect, it } from 'vitest';
import type { InspectionSeverity } from '../../../shared/audit/iso-2859-1-tables.ts';
import {
  acceptedAtTighterAql,
  inspectionState,
  type LotOutcome,
  type SwitchingOptions,
  type SwitchingRecord,
} from '../../../shared/audit/switching.ts';

const allowed: SwitchingOptions = { productionSteady: true, reducedApproved: true };

// Ac 1 unless said: an accepted lot on normal inspection adds 2 to the switching score.
function lot(accepted: boolean, severity: InspectionSeverity = 'normal', more: Partial<LotOutcome> = {}): LotOutcome {
  return { kind: 'lot', severity, accepted, acceptanceNumber: 1, ...more };
}

const accepted = (count: number, severity: InspectionSeverity = 'normal', more: Partial<LotOutcome> = {}): LotOutcome[] =>
  Array.from({ length: count }, () => lot(true, severity, more));

/** 15 accepted lots with Ac 1 bring the switching score to 30. */
const scoreOf30 = accepted(15);

/** On tightened inspection from the second lot on (index 1). */
const tightened: SwitchingRecord[] = [lot(false), lot(false)];

describe('inspectionState: the start', () => {
  it('starts at normal inspection with a switching score of 0', () => {
    const state = inspectionState([], allowed);
    expect(state).toMatchObject({ severity: 'normal', switchingScore: 0, since: null, deviations: [] });
    expect(state.reason.code).toBe('start');
    expect(state.reason.en).toBe('No lot has been decided yet: inspection starts at normal. Switching score: 0; reduced inspection needs at least 30.');
    expect(state.reason.vi).toContain('bắt đầu bằng kiểm tra thường');
  });
});

describe('inspectionState: normal to tightened (9.3.1)', () => {
  it('tightens when 2 of 5 consecutive lots are not accepted, naming them', () => {
    const state = inspectionState([lot(true), lot(true), lot(false), lot(true), lot(false)], allowed);
    expect(state).toMatchObject({ severity: 'tightened', switchingScore: null, since: 4 });
    expect(state.reason.code).toBe('two-not-accepted');
    expect(state.reason.en).toContain('(lots 3 and 5): tightened inspection.');
    expect(state.reason.vi).toContain('(các lô 3 và 5): chuyển sang kiểm tra ngặt.');
  });

  it('tightens on 2 lots not accepted at the two ends of 5 consecutive lots, and on 2 in a row', () => {
    expect(inspectionState([lot(false), ...accepted(3), lot(false)], allowed).severity).toBe('tightened');
    expect(inspectionState([lot(false), lot(false)], allowed)).toMatchObject({ severity: 'tightened', since: 1 });
  });

  it('does not tighten on 2 lots not accepted out of 6', () => {
    const state = inspectionState([lot(false), ...accepted(4), lot(false)], allowed);
    expect(state.severity).toBe('normal');
    expect(state.switchingScore).toBe(0);
  });

  it('ignores resubmitted lots', () => {
    const state = inspectionState([lot(false), lot(false, 'normal', { resubmitted: true }), lot(true)], allowed);
    expect(state.severity).toBe('normal');
  });

  it('names lots by the labels the caller gives', () => {
    const state = inspectionState([lot(false, 'normal', { label: 'B-12' }), lot(false, 'normal', { label: 'B-14' })], allowed);
    expect(state.reason.en).toContain('(lots B-12 and B-14)');
  });

  it('does not count a lot not accepted under reduced inspection towards tightening', () => {
    const state = inspectionState([...scoreOf30, lot(false, 'reduced'), lot(false)], allowed);
    expect(state.severity).toBe('normal');
  });
});

describe('inspectionState: tightened to normal (9.3.2)', () => {
  it('stays tightened after 4 lots accepted in a row, saying how far normal inspection is', () => {
    const state = inspectionState([...tightened, ...accepted(4, 'tightened')], allowed);
    expect(state).toMatchObject({ severity: 'tightened', since: 1 });
    expect(state.reason.en).toContain('5 lots in a row are accepted (4 so far)');
  });

  it('returns to normal after 5 consecutive lots are accepted under tightened inspection, with a fresh score', () => {
    const state = inspectionState([...tightened, ...accepted(5, 'tightened')], allowed);
    expect(state).toMatchObject({ severity: 'normal', switchingScore: 0, since: 6 });
    expect(state.reason.code).toBe('tightened-cleared');
    expect(state.reason.en).toContain('(lots 3, 4, 5, 6 and 7): back to normal inspection.');
  });

  it('counts the 5 lots again after a lot not accepted', () => {
    const history = [...tightened, ...accepted(3, 'tightened'), lot(false, 'tightened'), ...accepted(4, 'tightened')];
    expect(inspectionState(history, allowed).severity).toBe('tightened');
    expect(inspectionState([...history, lot(true, 'tightened')], allowed).severity).toBe('normal');
  });

  it('counts the window of 9.3.1 afresh on the return to normal inspection', () => {
    const history = [...tightened, lot(false, 'tightened'), ...accepted(5, 'tightened'), lot(false)];
    expect(inspectionState(history, allowed).severity).toBe('normal');
  });
});

describe('inspectionState: the switching score (9.3.3.2)', () => {
  const ac3 = (defects: number): LotOutcome =>
    lot(defects <= 3, 'normal', { acceptanceNumber: 3, acceptedAtTighterAql: acceptedAtTighterAql(defects, 2) });

  it('adds 3 for a plan with Ac ≥ 2 when the lot would have been accepted one AQL step tighter', () => {
    expect(inspectionState([ac3(0), ac3(1), ac3(2)], allowed).switchingScore).toBe(9);
  });

  it('resets to 0 with Ac ≥ 2 when the lot is accepted but not at the tighter AQL, or not accepted', () => {
    expect(inspectionState([ac3(0), ac3(2), ac3(3)], allowed).switchingScore).toBe(0);
    expect(inspectionState([ac3(0), ac3(2), ac3(4)], allowed).switchingScore).toBe(0);
  });

  it('gives no points with Ac ≥ 2 when the tighter AQL was not judged', () => {
    expect(inspectionState([ac3(0), lot(true, 'normal', { acceptanceNumber: 2 })], allowed).switchingScore).toBe(0);
  });

  it('adds 2 for an accepted lot with Ac 0 or 1, and resets to 0 on one not accepted', () => {
    const ac0 = (ok: boolean) => lot(ok, 'normal', { acceptanceNumber: 0 });
    expect(inspectionState([ac0(true), lot(true), ac0(true)], allowed).switchingScore).toBe(6);
    expect(inspectionState([ac0(true), lot(true), lot(false)], allowed).switchingScore).toBe(0);
    expect(inspectionState([lot(true), lot(false), lot(true)], allowed).switchingScore).toBe(2);
  });

  it('adds up plans with either acceptance number', () => {
    expect(inspectionState([lot(true), ac3(1), lot(true)], allowed).switchingScore).toBe(7);
  });

  it('refuses an acceptance number that is not a whole number of 0 or more', () => {
    expect(() => inspectionState([lot(true, 'normal', { acceptanceNumber: -1 })], allowed)).toThrow(RangeError);
    expect(() => inspectionState([lot(true, 'normal', { acceptanceNumber: 1.5 })], allowed)).toThrow(RangeError);
  });
});

describe('inspectionState: normal to reduced (9.3.3)', () => {
  it('reduces once the score reaches 30 with production steady and reduced inspection allowed', () => {
    const state = inspectionState(scoreOf30, allowed);
    expect(state).toMatchObject({ severity: 'reduced', switchingScore: null, since: 14 });
    expect(state.reason.code).toBe('score-reached');
    expect(state.reason.en).toContain('The switching score reached 30 on normal inspection (30 needed)');
    expect(inspectionState(scoreOf30.slice(1), allowed)).toMatchObject({ severity: 'normal', switchingScore: 28 });
  });

  it('reduces at 30 with Ac ≥ 2 plans after 10 lots accepted one AQL step tighter', () => {
    const history = accepted(10, 'normal', { acceptanceNumber: 5, acceptedAtTighterAql: true });
    expect(inspectionState(history, allowed)).toMatchObject({ severity: 'reduced', since: 9 });
  });

  it('stays normal while reduced inspection is not allowed, and reduces when it is', () => {
    const options = { productionSteady: true, reducedApproved: false };
    const waiting = inspectionState([...scoreOf30, lot(true)], options);
    expect(waiting).toMatchObject({ severity: 'normal', switchingScore: 32 });
    expect(waiting.reason.code).toBe('reduced-withheld');
    expect(waiting.reason.en).toBe(
      'The switching score is 32, at least 30, but reduced inspection is not allowed by the responsible authority: normal inspection continues.',
    );
    const history: SwitchingRecord[] = [...scoreOf30, lot(true), { kind: 'reduced-approval', approved: true }];
    expect(inspectionState(history, options)).toMatchObject({ severity: 'reduced', since: 16 });
  });

  it('stays normal while production is not steady, and reduces when it is', () => {
    const options = { productionSteady: false, reducedApproved: true };
    const waiting = inspectionState(scoreOf30, options);
    expect(waiting.severity).toBe('normal');
    expect(waiting.reason.vi).toContain('việc sản xuất chưa đều đặn');
    expect(inspectionState([...scoreOf30, { kind: 'production', steady: true }], options)).toMatchObject({ severity: 'reduced', since: 15 });
  });

  it('names both conditions when neither holds', () => {
    const state = inspectionState(scoreOf30, { productionSteady: false, reducedApproved: false });
    expect(state.reason.en).toContain('but production is not at a steady rate and reduced inspection is not allowed');
  });

  it('stops short of reduced inspection when production turns irregular before the score reaches 30', () => {
    const history: SwitchingRecord[] = [...accepted(14), { kind: 'production', steady: false }, lot(true)];
    expect(inspectionState(history, allowed)).toMatchObject({ severity: 'normal', switchingScore: 30 });
  });
});

describe('inspectionState: reduced to normal (9.3.4)', () => {
  it('stays reduced while lots are accepted', () => {
    const state = inspectionState([...scoreOf30, ...accepted(3, 'reduced')], allowed);
    expect(state).toMatchObject({ severity: 'reduced', since: 14 });
    expect(state.reason.en).toContain('Normal inspection returns as soon as a lot is not accepted.');
  });

  it('returns to normal, with a fresh score, when a lot is not accepted', () => {
    const state = inspectionState([...scoreOf30, lot(true, 'reduced'), lot(false, 'reduced')], allowed);
    expect(state).toMatchObject({ severity: 'normal', switchingScore: 0, since: 16 });
    expect(state.reason.code).toBe('reduced-lot-not-accepted');
    expect(state.reason.en).toContain('(lot 17): back to normal inspection.');
    expect(state.reason.vi).toContain('(lô 17)');
  });

  it('returns to normal when production becomes irregular or delayed', () => {
    const state = inspectionState([...scoreOf30, { kind: 'production', steady: false }], allowed);
    expect(state).toMatchObject({ severity: 'normal', since: 15 });
    expect(state.reason.code).toBe('production-irregular');
  });

  it('returns to normal when other conditions warrant it, or reduced inspection is no longer allowed', () => {
    const required = inspectionState([...scoreOf30, { kind: 'normal-required' }], allowed);
    expect(required).toMatchObject({ severity: 'normal', since: 15 });
    expect(required.reason.code).toBe('normal-required');
    const withdrawn = inspectionState([...scoreOf30, lot(true, 'reduced'), { kind: 'reduced-approval', approved: false }], allowed);
    expect(withdrawn).toMatchObject({ severity: 'normal', since: 16 });
    expect(withdrawn.reason.code).toBe('normal-required');
  });

  it('needs the score to reach 30 again after the return', () => {
    const back: SwitchingRecord[] = [...scoreOf30, { kind: 'normal-required' }];
    expect(inspectionState([...back, ...accepted(14)], allowed)).toMatchObject({ severity: 'normal', switchingScore: 28 });
    expect(inspectionState([...back, ...accepted(15)], allowed).severity).toBe('reduced');
  });

  it('ignores an event that asks for normal inspection when it is not reduced', () => {
    expect(inspectionState([...tightened, { kind: 'normal-required' }], allowed).severity).toBe('tightened');
  });
});

describe('inspectionState: discontinuation (9.4)', () => {
  // Lots 3, 5, 7 and 9 not accepted under tightened inspection, with accepted lots between them.
  const fourNotAccepted: SwitchingRecord[] = [
    ...tightened,
    ...[false, true, false, true, false, true, false].map((ok) => lot(ok, 'tightened')),
  ];

  it('keeps tightened inspection up to 4 lots not accepted, saying how many', () => {
    const state = inspectionState(fourNotAccepted, allowed);
    expect(state.severity).toBe('tightened');
    expect(state.reason.en).toContain('(4 so far)');
  });

  it('discontinues when the lots not accepted under tightened inspection reach 5 in all', () => {
    const state = inspectionState([...fourNotAccepted, lot(false, 'tightened')], allowed);
    expect(state).toMatchObject({ severity: 'discontinued', switchingScore: null, since: 9 });
    expect(state.reason.code).toBe('five-not-accepted');
    expect(state.reason.en).toContain('(lots 3, 5, 7, 9 and 10): inspection is discontinued');
    expect(state.reason.vi).toContain('(các lô 3, 5, 7, 9 và 10): ngừng kiểm tra');
  });

  const discontinued: SwitchingRecord[] = [...tightened, ...[false, false, false, false, false].map((ok) => lot(ok, 'tightened'))];

  it('stays discontinued whatever lots come, and lists them as deviations', () => {
    const state = inspectionState([...discontinued, ...accepted(6, 'tightened')], allowed);
    expect(state).toMatchObject({ severity: 'discontinued', since: 6 });
    expect(state.deviations).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('resumes at tightened inspection once the supplier has improved, counting afresh', () => {
    const resumed: SwitchingRecord[] = [...discontinued, { kind: 'supplier-improved' }];
    const state = inspectionState(resumed, allowed);
    expect(state).toMatchObject({ severity: 'tightened', since: 7 });
    expect(state.reason.code).toBe('resumed');
    expect(state.reason.en).toContain('(0 so far)');
    expect(inspectionState([...resumed, ...[false, false, false, false].map((ok) => lot(ok, 'tightened'))], allowed).severity).toBe('tightened');
    expect(inspectionState([...resumed, ...accepted(5, 'tightened')], allowed).severity).toBe('normal');
  });

  it('ignores an improvement when inspection was not discontinued', () => {
    expect(inspectionState([...tightened, { kind: 'supplier-improved' }], allowed)).toMatchObject({ severity: 'tightened', since: 1 });
  });
});

describe('inspectionState: deviations', () => {
  it('lists original lots inspected under another severity than the one in effect, and judges them all the same', () => {
    const state = inspectionState([lot(true), lot(false, 'tightened'), lot(false, 'tightened', { resubmitted: true }), lot(false)], allowed);
    expect(state.deviations).toEqual([1]);
    expect(state).toMatchObject({ severity: 'tightened', since: 3 });
  });
});

describe('acceptedAtTighterAql', () => {
  it('compares the defects found with Ac of the plan one AQL step tighter', () => {
    expect(acceptedAtTighterAql(2, 2)).toBe(true);
    expect(acceptedAtTighterAql(3, 2)).toBe(false);
  });
});
