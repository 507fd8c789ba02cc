// The switching rules of ISO 2859-1:1999 clause 9 (TCVN 7790-1:2007 is its Vietnamese adoption), replayed over the
// ordered history of one key, an operator or a contract as the caller chooses: which severity the next lot is
// inspected under, and a sentence a supervisor can read saying why.
//   9.3.1 normal → tightened: 2 lots out of 5 or fewer consecutive lots not accepted on original inspection
//         (resubmitted lots ignored).
//   9.3.2 tightened → normal: 5 consecutive lots on original inspection accepted under tightened inspection.
//   9.3.3 normal → reduced: the switching score is at least 30, production is at a steady rate and the responsible
//         authority considers reduced inspection desirable. 9.3.3.2: the score is set to 0 at the start of normal
//         inspection and updated after each lot on original normal inspection; for a single sampling plan with
//         Ac ≥ 2, add 3 if the lot would have been accepted had the AQL been one step tighter, else reset to 0; with
//         Ac 0 or 1, add 2 if the lot is accepted, else reset to 0.
//   9.3.4 reduced → normal, on original inspection: a lot is not accepted, production becomes irregular or delayed,
//         or other conditions warrant normal inspection.
//   9.4   when the cumulative number of lots not accepted in a sequence of consecutive lots on original tightened
//         inspection reaches 5, the acceptance procedures are not resumed until the supplier has acted to improve
//         quality and the responsible authority agrees the action is likely to be effective; tightened inspection
//         is then used as if 9.3.1 had been invoked.
// Public sources for that wording: aqlrule.com/manual/switch.html (9.3.1, 9.3.2, 9.3.4, 9.4, and the score's start
// and update), sqconline.com/switching-rules-iso-2859-1 (the outline, with "at least 30"),
// smbvalidation.com/FAQ/discontinuation-of-inspection.html (9.4), the foreword of ISO 2859-1:1999 as BS 6001-1 and
// IS 2500-1:2000 reprint it (a new procedure for switching to reduced inspection; reduced plans without a gap between
// Ac and Re). The points of 9.3.3.2 are as issue 18 states them: no public page found quotes that clause. Older rules
// found beside them are not these: MIL-STD-105E and ANSI/ASQ Z1.4 reduce on the limit numbers of their Table VIII, and
// also leave reduced inspection for a lot accepted between Ac and Re.
// Only single sampling is scored: double and multiple plans score differently (9.3.3.2 b) and SoHoa draws none.
import { fillMessage } from '../api/app-error.ts';
import type { InspectionSeverity } from './iso-2859-1-tables.ts';

/** One lot as inspected. A lot's own outcome counts under the rules, whatever plan it was inspected under. */
export interface LotOutcome {
  kind: 'lot';
  /** How a supervisor knows the lot (a batch number); by default its position among the history's lots, from 1. */
  label?: string;
  /** The severity the lot was inspected under: compared with the one the rules had in effect, see `deviations`. */
  severity: InspectionSeverity;
  /** A lot submitted again after not being accepted: every rule counts original inspections only. */
  resubmitted?: boolean;
  accepted: boolean;
  /** Ac of the single sampling plan the lot was inspected under. */
  acceptanceNumber: number;
  /**
   * Read only for a lot on normal inspection whose plan has Ac ≥ 2: whether it would have been accepted had the AQL
   * been one step tighter (see `acceptedAtTighterAql`). Left out, it counts as not: no score without the evidence.
   */
  acceptedAtTighterAql?: boolean;
}

/**
 * What happens between lots and moves the rules other than a lot's outcome, placed in the history where it happened.
 * `production`: production became steady, or irregular or delayed (9.3.3 b, 9.3.4 b).
 * `reduced-approval`: the responsible authority allows reduced inspection, or no longer does (9.3.3 c); withdrawing it
 * during reduced inspection is one of the "other conditions" of 9.3.4 c.
 * `normal-required`: other conditions warrant normal inspection (9.3.4 c).
 * `supplier-improved`: after a discontinuation, action was taken and agreed likely to be effective (9.4).
 */
export type SwitchingEvent =
  | { kind: 'production'; steady: boolean }
  | { kind: 'reduced-approval'; approved: boolean }
  | { kind: 'normal-required' }
  | { kind: 'supplier-improved' };

export type SwitchingRecord = LotOutcome | SwitchingEvent;

/** The conditions of 9.3.3 b and c as they stood when the history begins; events in the history change them. */
export interface SwitchingOptions {
  productionSteady: boolean;
  reducedApproved: boolean;
}

export type SwitchingReasonCode =
  | 'start'
  | 'tightened-cleared'
  | 'reduced-lot-not-accepted'
  | 'production-irregular'
  | 'normal-required'
  | 'reduced-withheld'
  | 'two-not-accepted'
  | 'resumed'
  | 'score-reached'
  | 'five-not-accepted';

export interface InspectionState {
  severity: InspectionSeverity | 'discontinued';
  /** The switching score of 9.3.3.2; null off normal inspection, where it is not kept. */
  switchingScore: number | null;
  /** Index in the history of the lot or event that brought the current severity; null for normal from the start. */
  since: number | null;
  reason: { code: SwitchingReasonCode; vi: string; en: string };
  /** Indexes of original lots inspected under another severity than the rules had in effect, or while discontinued. */
  deviations: number[];
}

/** 9.3.3.2 a 1: the defects found in the lot's sample against Ac of the plan one AQL step tighter. */
export function acceptedAtTighterAql(defects: number, tighterAcceptanceNumber: number): boolean {
  return defects <= tighterAcceptanceNumber;
}

const reducedScore = 30;
const normalWindow = 5;
const acceptedToClear = 5;
const notAcceptedToDiscontinue = 5;

interface LotRef {
  index: number;
  label: string;
}

interface Cause {
  code: SwitchingReasonCode;
  lots?: LotRef[];
  score?: number;
}

/** A stretch of one severity: everything the rules count starts again at each switch. */
interface Period {
  severity: InspectionState['severity'];
  since: number | null;
  cause: Cause;
  score: number;
  /** The window of 9.3.1, lots since normal inspection began, as the rule holds "when normal inspection is in effect". */
  normalLots: { lot: LotRef; accepted: boolean }[];
  acceptedInRow: LotRef[];
  notAcceptedOnTightened: LotRef[];
}

interface Machine {
  period: Period;
  productionSteady: boolean;
  reducedApproved: boolean;
}

function periodOf(severity: Period['severity'], since: number | null, cause: Cause): Period {
  return { severity, since, cause, score: 0, normalLots: [], acceptedInRow: [], notAcceptedOnTightened: [] };
}

function enter(machine: Machine, severity: Period['severity'], since: number, cause: Cause): void {
  machine.period = periodOf(severity, since, cause);
}

function reduceIfDue(machine: Machine, index: number): void {
  const { period } = machine;
  if (period.severity === 'normal' && period.score >= reducedScore && machine.productionSteady && machine.reducedApproved) {
    enter(machine, 'reduced', index, { code: 'score-reached', score: period.score });
  }
}

function scoreAfter(score: number, lot: LotOutcome): number {
  if (!Number.isInteger(lot.acceptanceNumber) || lot.acceptanceNumber < 0) {
    throw new RangeError(`An acceptance number is a whole number of 0 or more, not ${lot.acceptanceNumber}.`);
  }
  if (lot.acceptanceNumber >= 2) return lot.accepted && lot.acceptedAtTighterAql === true ? score + 3 : 0;
  return lot.accepted ? score + 2 : 0;
}

function inspectLot(machine: Machine, outcome: LotOutcome, lot: LotRef): void {
  const { period } = machine;
  switch (period.severity) {
    case 'normal': {
      period.normalLots = [...period.normalLots, { lot, accepted: outcome.accepted }].slice(-normalWindow);
      const notAccepted = period.normalLots.filter((entry) => !entry.accepted).map((entry) => entry.lot);
      if (notAccepted.length >= 2) {
        enter(machine, 'tightened', lot.index, { code: 'two-not-accepted', lots: notAccepted });
        return;
      }
      period.score = scoreAfter(period.score, outcome);
      reduceIfDue(machine, lot.index);
      return;
    }
    case 'tightened':
      if (outcome.accepted) {
        period.acceptedInRow.push(lot);
        if (period.acceptedInRow.length === acceptedToClear) enter(machine, 'normal', lot.index, { code: 'tightened-cleared', lots: period.acceptedInRow });
        return;
      }
      period.acceptedInRow = [];
      period.notAcceptedOnTightened.push(lot);
      if (period.notAcceptedOnTightened.length === notAcceptedToDiscontinue) {
        enter(machine, 'discontinued', lot.index, { code: 'five-not-accepted', lots: period.notAcceptedOnTightened });
      }
      return;
    case 'reduced':
      if (!outcome.accepted) enter(machine, 'normal', lot.index, { code: 'reduced-lot-not-accepted', lots: [lot] });
      return;
    case 'discontinued':
      return;
  }
}

function applyEvent(machine: Machine, event: SwitchingEvent, index: number): void {
  switch (event.kind) {
    case 'production':
      machine.productionSteady = event.steady;
      if (!event.steady && machine.period.severity === 'reduced') enter(machine, 'normal', index, { code: 'production-irregular' });
      else reduceIfDue(machine, index);
      return;
    case 'reduced-approval':
      machine.reducedApproved = event.approved;
      if (!event.approved && machine.period.severity === 'reduced') enter(machine, 'normal', index, { code: 'normal-required' });
      else reduceIfDue(machine, index);
      return;
    case 'normal-required':
      if (machine.period.severity === 'reduced') enter(machine, 'normal', index, { code: 'normal-required' });
      return;
    case 'supplier-improved':
      if (machine.period.severity === 'discontinued') enter(machine, 'tightened', index, { code: 'resumed' });
      return;
  }
}

/** Which severity the next lot of this history is inspected under, and why. */
export function inspectionState(history: readonly SwitchingRecord[], options: SwitchingOptions): InspectionState {
  const machine: Machine = { period: periodOf('normal', null, { code: 'start' }), ...options };
  const deviations: number[] = [];
  let lotNumber = 0;
  history.forEach((record, index) => {
    if (record.kind !== 'lot') {
      applyEvent(machine, record, index);
      return;
    }
    lotNumber += 1;
    if (record.resubmitted === true) return;
    if (record.severity !== machine.period.severity) deviations.push(index);
    inspectLot(machine, record, { index, label: record.label ?? String(lotNumber) });
  });
  const { period } = machine;
  return {
    severity: period.severity,
    switchingScore: period.severity === 'normal' ? period.score : null,
    since: period.since,
    reason: reasonFor(machine),
    deviations,
  };
}

type Text = { vi: string; en: string };

const reasons: Record<SwitchingReasonCode, Text> = {
  start: { vi: 'Chưa có lô nào được kết luận: bắt đầu bằng kiểm tra thường.', en: 'No lot has been decided yet: inspection starts at normal.' },
  'tightened-cleared': {
    vi: '5 lô liên tiếp được chấp nhận khi kiểm tra ngặt ({lots}): trở lại kiểm tra thường.',
    en: '5 consecutive lots were accepted under tightened inspection ({lots}): back to normal inspection.',
  },
  'reduced-lot-not-accepted': {
    vi: 'Một lô không được chấp nhận khi kiểm tra giảm ({lots}): trở lại kiểm tra thường.',
    en: 'A lot was not accepted under reduced inspection ({lots}): back to normal inspection.',
  },
  'production-irregular': {
    vi: 'Việc sản xuất không còn đều đặn hoặc bị chậm trễ trong lúc kiểm tra giảm: trở lại kiểm tra thường.',
    en: 'Production became irregular or delayed during reduced inspection: back to normal inspection.',
  },
  'normal-required': {
    vi: 'Người có thẩm quyền yêu cầu trở lại kiểm tra thường trong lúc kiểm tra giảm.',
    en: 'The responsible authority called for normal inspection again during reduced inspection: back to normal inspection.',
  },
  'reduced-withheld': {
    vi: 'Điểm chuyển đổi là {score}, đã từ 30 trở lên, nhưng {missing}: tiếp tục kiểm tra thường.',
    en: 'The switching score is {score}, at least 30, but {missing}: normal inspection continues.',
  },
  'two-not-accepted': {
    vi: '2 trong không quá 5 lô liên tiếp khi kiểm tra thường không được chấp nhận ({lots}): chuyển sang kiểm tra ngặt.',
    en: '2 out of 5 or fewer consecutive lots on normal inspection were not accepted ({lots}): tightened inspection.',
  },
  resumed: {
    vi: 'Sau khi ngừng kiểm tra, biện pháp khắc phục đã được chấp thuận là có hiệu quả: kiểm tra lại, ở mức kiểm tra ngặt.',
    en: 'After inspection was discontinued, corrective action was agreed to be effective: inspection resumes, tightened.',
  },
  'score-reached': {
    vi: 'Điểm chuyển đổi đạt {score} khi kiểm tra thường (cần 30), việc sản xuất đều đặn và kiểm tra giảm đã được cho phép: chuyển sang kiểm tra giảm.',
    en: 'The switching score reached {score} on normal inspection (30 needed), production is at a steady rate and reduced inspection is allowed: reduced inspection.',
  },
  'five-not-accepted': {
    vi: '5 lô không được chấp nhận khi kiểm tra ngặt ({lots}): ngừng kiểm tra cho đến khi có biện pháp khắc phục được chấp thuận là có hiệu quả.',
    en: '5 lots were not accepted under tightened inspection ({lots}): inspection is discontinued until corrective action is taken and agreed to be effective.',
  },
};

// What the current severity waits for, so the supervisor reads how far the next switch is.
const outlook: Partial<Record<Period['severity'], Text>> = {
  normal: {
    vi: ' Điểm chuyển đổi: {score}; cần ít nhất 30 để chuyển sang kiểm tra giảm.',
    en: ' Switching score: {score}; reduced inspection needs at least 30.',
  },
  tightened: {
    vi: ' Trở lại kiểm tra thường khi 5 lô liên tiếp được chấp nhận (đến nay {inRow}); ngừng kiểm tra khi tổng cộng 5 lô không được chấp nhận lúc kiểm tra ngặt (đến nay {notAccepted}).',
    en: ' Normal inspection returns once 5 lots in a row are accepted ({inRow} so far); inspection is discontinued once 5 lots in all are not accepted under tightened inspection ({notAccepted} so far).',
  },
  reduced: {
    vi: ' Trở lại kiểm tra thường ngay khi có một lô không được chấp nhận.',
    en: ' Normal inspection returns as soon as a lot is not accepted.',
  },
};

const missingConditions = {
  production: { vi: 'việc sản xuất chưa đều đặn', en: 'production is not at a steady rate' },
  approval: { vi: 'người có thẩm quyền chưa cho phép kiểm tra giảm', en: 'reduced inspection is not allowed by the responsible authority' },
} satisfies Record<string, Text>;

function listed(items: readonly string[], language: 'vi' | 'en'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${language === 'vi' ? ' và ' : ' and '}${items.at(-1)}`;
}

function lotsPhrase(lots: readonly LotRef[], language: 'vi' | 'en'): string {
  const several = lots.length > 1;
  const noun = { vi: several ? 'các lô' : 'lô', en: several ? 'lots' : 'lot' }[language];
  return `${noun} ${listed(lots.map((lot) => lot.label), language)}`;
}

function reasonFor(machine: Machine): InspectionState['reason'] {
  const missing = [
    ...(machine.productionSteady ? [] : [missingConditions.production]),
    ...(machine.reducedApproved ? [] : [missingConditions.approval]),
  ];
  const { period } = machine;
  const withheld = period.severity === 'normal' && period.score >= reducedScore && missing.length > 0;
  const code = withheld ? 'reduced-withheld' : period.cause.code;
  const text = (language: 'vi' | 'en') => {
    const params = {
      lots: lotsPhrase(period.cause.lots ?? [], language),
      score: period.cause.score ?? period.score,
      missing: listed(missing.map((condition) => condition[language]), language),
      inRow: period.acceptedInRow.length,
      notAccepted: period.notAcceptedOnTightened.length,
    };
    const tail = withheld ? '' : (outlook[period.severity]?.[language] ?? '');
    return fillMessage(reasons[code][language] + tail, params);
  };
  return { code, vi: text('vi'), en: text('en') };
}
