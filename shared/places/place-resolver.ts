// From a place as a clerk wrote it, on the date of the register entry, to the unit of that date and its
// successor(s) today. Candidates are ranked, each with the reasons for its rank; a name that fits
// several units equally is reported as ambiguous, never decided silently; a name that fits none is
// unresolved, with the nearest candidates, and is still accepted on the entry.
import { editDistance } from '../text/edit-distance.ts';
import { todayIso } from '../domain/dates.ts';
import { searchKey } from '../text/search-key.ts';
import { sameIgnoringToneStyle } from '../text/tone-style.ts';
import { dayWithin, overlaps, spanOfDate, type DateSpan } from './place-dates.ts';
import { createPlaceIndex, type PlaceIndex, type PlaceView } from './place-index.ts';
import { itemAt, type PlaceTable, type Relation, type Share } from './place-table.ts';
import { parsePlaceText, placeNameKey, writtenWithMarks, type PlaceSegment } from './place-text.ts';
import { unitLevels, unitTypes } from './unit-types.ts';

export type PlaceStatus = 'resolved' | 'ambiguous' | 'unresolved';

export interface Bilingual {
  vi: string;
  en: string;
}

export type ReasonCode =
  | 'name'
  | 'spelled-exactly'
  | 'similar-name'
  | 'type-matches'
  | 'type-differs'
  | 'level-differs'
  | 'parent-matches'
  | 'parent-differs'
  | 'part-ignored'
  | 'within'
  | 'outside-within'
  | 'not-in-force'
  | 'history-assumed';

export interface PlaceReason extends Bilingual {
  code: ReasonCode;
}

export type IssueCode =
  | 'empty'
  | 'bad-date'
  | 'future-date'
  | 'before-1945'
  | 'unknown-name'
  | 'only-province'
  | 'only-district'
  | 'wrong-level'
  | 'parent-differs'
  | 'not-in-force'
  | 'ambiguous';

export interface PlaceIssue extends Bilingual {
  code: IssueCode;
}

export interface PlaceCandidate {
  place: PlaceView;
  score: number;
  reasons: PlaceReason[];
}

/** A candidate while ranking: which written part it answers, and the units above it on the date. */
interface Ranked extends PlaceCandidate {
  target: PlaceSegment;
  ancestors: number[];
  reasons: (PlaceReason & { segment?: PlaceSegment })[];
}

export interface SuccessorView {
  place: PlaceView;
  share: Share;
  via: Relation[];
}

export interface Successors {
  successors: SuccessorView[];
  /** more than one unit today and only part of the old one in each: a person must choose */
  needsChoice: boolean;
}

export interface PlaceResolution extends Successors {
  status: PlaceStatus;
  /** best first; for an unresolved text, the nearest units */
  candidates: PlaceCandidate[];
  issues: PlaceIssue[];
  /** the pack the resolution was made with: a record keeps it beside the place */
  packVersion: string;
}

export interface ResolveOptions {
  /** the date of the register entry: YYYY-MM-DD, YYYY-MM or YYYY */
  date: string;
  /** key of a unit version the place should lie in (the book's commune or district), if known */
  within?: string;
  /** for tests; defaults to the local date */
  today?: string;
}

export interface SuggestOptions {
  date: string;
  within?: string;
  limit?: number;
}

export interface PlaceResolver {
  readonly packVersion: string;
  readonly index: PlaceIndex;
  resolve(text: string, options: ResolveOptions): PlaceResolution;
  successorsToday(versionKey: string): Successors | null;
  suggest(prefix: string, options: SuggestOptions): PlaceView[];
  /** versions with this official code in force on the date (codes are reused, so there may be several) */
  byCode(code: string, date: string): PlaceView[];
  /** the unit version as it was on the date, named as then; null when the key is unknown or the unit was not in force */
  unitOn(versionKey: string, date: string): PlaceView | null;
}

// Scores are only compared with each other; the reasons say what they add up.
const score = {
  name: 100,
  spelledExactly: 5,
  typeMatches: 15,
  typeDiffers: -5,
  levelDiffers: -50,
  parentMatches: 25,
  parentDiffers: -40,
  within: 10,
  outsideWithin: -40,
  notInForce: -60,
  similarName: -30,
};

const earliestCovered = '1945-09-02';
const maxCandidates = 8;

const levelName: Record<PlaceView['level'], Bilingual> = {
  province: { vi: 'tỉnh/thành phố', en: 'province' },
  district: { vi: 'huyện/quận', en: 'district' },
  commune: { vi: 'xã/phường', en: 'commune' },
};

export function createPlaceResolver(table: PlaceTable): PlaceResolver {
  const index = createPlaceIndex(table);
  const versions = table.versions;
  const keyMatches = (version: number, key: string) => index.byNameKey.get(key)?.includes(version) ?? false;

  const successorsOf = (version: number): Successors => {
    const successors = index.lineage.successorsToday(version).map((s) => ({ place: index.view(s.version), share: s.share, via: s.via }));
    return { successors, needsChoice: successors.length > 1 && successors.some((s) => s.share === 'partial') };
  };

  const withinUnit = (key: string | undefined) => {
    if (key === undefined) return undefined;
    const version = index.versionByKey(key);
    return version === undefined ? undefined : itemAt(versions, version).unit;
  };

  /** Every way the segments can name one unit, with `target` as the unit and the others as its parents. */
  const candidatesFor = (
    target: PlaceSegment,
    others: PlaceSegment[],
    written: PlaceSegment[],
    span: DateSpan,
    within: number | undefined,
    withMarks: boolean,
  ) => {
    const found: Ranked[] = [];
    for (const version of index.byNameKey.get(target.key) ?? []) {
      const v = itemAt(versions, version);
      const reasons: Ranked['reasons'] = [];
      let total = score.name;
      const day = dayWithin(v, span);
      const place = index.view(version, day);
      reasons.push({ code: 'name', vi: `Tên khớp: ${place.fullName}`, en: `Name matches: ${place.fullName}` });
      // Names that differ only in their marks share a key (Trực Hưng, Trực Hùng in one district): the
      // spelling written, marks and all, tells them apart, unless the clerk wrote no marks at all.
      if (withMarks && index.namesOf(version).some((name) => sameIgnoringToneStyle(name.toLowerCase(), target.name.toLowerCase()))) {
        total += score.spelledExactly;
        reasons.push({ code: 'spelled-exactly', vi: 'Đúng chính tả, kể cả dấu', en: 'Spelled exactly, marks included' });
      }

      if (target.type !== null) {
        const label = unitTypes[target.type].label.toLowerCase();
        if (target.type === v.type) {
          total += score.typeMatches;
          reasons.push({ code: 'type-matches', vi: `Đúng loại đơn vị (${label})`, en: `Unit type matches (${label})` });
        } else if (unitTypes[target.type].levels.includes(v.level)) {
          total += score.typeDiffers;
          reasons.push({
            code: 'type-differs',
            vi: `Ghi là ${label}, khi đó là ${unitTypes[v.type].label.toLowerCase()}`,
            en: `Written as ${label}; it was a ${unitTypes[v.type].labelEn.toLowerCase()} then`,
          });
        } else {
          total += score.levelDiffers;
          reasons.push({
            code: 'level-differs',
            vi: `Ghi là ${label} nhưng ${place.fullName} là cấp ${levelName[v.level].vi}`,
            en: `Written as ${label}, but ${place.fullName} is a ${levelName[v.level].en}`,
          });
        }
      }

      if (!overlaps(v, span)) {
        total += score.notInForce;
        reasons.push({
          code: 'not-in-force',
          vi: `Không có hiệu lực vào ngày này (${interval(v.validFrom, v.validTo, 'vi')})`,
          en: `Not in force on this date (${interval(v.validFrom, v.validTo, 'en')})`,
        });
      } else if (v.validFrom === null) {
        reasons.push({
          code: 'history-assumed',
          vi: 'Nguồn dữ liệu không ghi đơn vị này có từ bao giờ: giả định đã tồn tại vào ngày này',
          en: 'The sources do not say since when this unit exists: assumed to exist on this date',
        });
      }

      const ancestors = index.ancestorsOn(version, day);
      const unmatchedAncestors = new Set(ancestors);
      for (const other of others) {
        const parent = ancestors.find((a) => unmatchedAncestors.has(a) && keyMatches(a, other.key));
        if (parent !== undefined) {
          unmatchedAncestors.delete(parent);
          total += score.parentMatches;
          const name = index.view(parent, day).fullName;
          reasons.push({ code: 'parent-matches', vi: `Thuộc ${name}`, en: `Lies in ${name}`, segment: other });
        } else if (written.indexOf(other) > written.indexOf(target)) {
          total += score.parentDiffers;
          reasons.push({
            code: 'parent-differs',
            vi: `"${other.text}" không phải đơn vị cấp trên của ${place.fullName} vào ngày này (${place.path})`,
            en: `"${other.text}" is not above ${place.fullName} on this date (${place.path})`,
          });
        } else {
          reasons.push({ code: 'part-ignored', vi: `Bỏ qua "${other.text}"`, en: `"${other.text}" ignored` });
        }
      }
      if (within !== undefined) {
        const inside = v.unit === within || ancestors.some((a) => itemAt(versions, a).unit === within);
        total += inside ? score.within : score.outsideWithin;
        reasons.push(
          inside
            ? { code: 'within', vi: 'Thuộc đơn vị của sổ', en: "Within the book's unit" }
            : { code: 'outside-within', vi: 'Ngoài đơn vị của sổ', en: "Outside the book's unit" },
        );
      }
      found.push({ place, score: total, reasons, target, ancestors: ancestors.map((a) => itemAt(versions, a).unit) });
    }
    return found;
  };

  /** Names a clerk may have misspelled: same level, close key, in force, inside the parents that matched. */
  const similar = (target: PlaceSegment, span: DateSpan, inside: number | undefined): PlaceCandidate[] => {
    const limit = Math.max(1, Math.floor(target.key.length / 5));
    const found: PlaceCandidate[] = [];
    for (const [key, list] of index.byNameKey) {
      if (editDistance(key, target.key, limit) > limit) continue;
      for (const version of list) {
        const v = itemAt(versions, version);
        if (!overlaps(v, span)) continue;
        if (target.type !== null && !unitTypes[target.type].levels.includes(v.level)) continue;
        const day = dayWithin(v, span);
        if (inside !== undefined && !index.ancestorsOn(version, day).some((a) => itemAt(versions, a).unit === inside)) continue;
        const place = index.view(version, day);
        if (found.some((c) => c.place.key === place.key)) continue;
        found.push({
          place,
          score: score.name + score.similarName,
          reasons: [{ code: 'similar-name', vi: `Tên gần giống: ${place.fullName}`, en: `Similar name: ${place.fullName}` }],
        });
      }
    }
    return found.slice(0, maxCandidates);
  };

  // Two neighbouring parts may be one name the parser had to cut: " - " separates parts ("X. Bình Lập -
  // H. Châu Thành") but sits inside a few names ("Bà Rịa - Vũng Tàu"), and in text without marks a word
  // inside a name reads as a unit type ("Xa Dong Phuong Yen"). When the joined name is a unit, join them.
  const rejoinCutNames = (segments: PlaceSegment[]): PlaceSegment[] => {
    const joined: PlaceSegment[] = [];
    for (const segment of segments) {
      const previous = joined.at(-1);
      // A typed part is joined with its type word, which then belongs to the name.
      const tail = segment.type === null ? segment.key : placeNameKey(segment.text);
      const key = previous === undefined ? '' : `${previous.key} ${tail}`;
      if (previous !== undefined && index.byNameKey.has(key)) {
        const separator = segment.type === null ? ' - ' : ' ';
        joined[joined.length - 1] = { ...previous, text: `${previous.text}${separator}${segment.text}`, name: `${previous.name}${separator}${segment.type === null ? segment.name : segment.text}`, key };
      } else {
        joined.push(segment);
      }
    }
    return joined;
  };

  const resolve = (text: string, options: ResolveOptions): PlaceResolution => {
    const issues: PlaceIssue[] = [];
    const unresolved = (candidates: PlaceCandidate[] = []): PlaceResolution => ({
      status: 'unresolved',
      candidates: publicCandidates(candidates),
      issues,
      successors: [],
      needsChoice: false,
      packVersion: table.version,
    });

    const span = spanOfDate(options.date);
    if (span === null) {
      issues.push({
        code: 'bad-date',
        vi: `Ngày "${options.date}" không hợp lệ: cần dạng YYYY-MM-DD, YYYY-MM hoặc YYYY.`,
        en: `"${options.date}" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.`,
      });
      return unresolved();
    }
    const today = options.today ?? todayIso();
    if (span.from > today) {
      issues.push({
        code: 'future-date',
        vi: `Ngày ${options.date} ở tương lai: tra theo đơn vị hiện nay.`,
        en: `${options.date} is in the future: looked up among today's units.`,
      });
      span.from = today;
      span.to = '9999-12-31';
    } else if (span.to <= earliestCovered) {
      issues.push({
        code: 'before-1945',
        vi: 'Ngày trước 02/9/1945: bảng địa danh không có đơn vị hành chính của thời kỳ này; kết quả chỉ để tham khảo.',
        en: 'A date before 1945-09-02: the place table has no units of that time; results are only indicative.',
      });
    }

    const written = rejoinCutNames(parsePlaceText(text).filter((s) => !s.locality && s.key !== ''));
    if (written.length === 0) {
      issues.push({ code: 'empty', vi: 'Chưa ghi địa danh.', en: 'No place name written.' });
      return unresolved();
    }

    const within = withinUnit(options.within);
    const ranked = written
      .flatMap((target) => candidatesFor(target, written.filter((s) => s !== target), written, span, within, writtenWithMarks(text)))
      .sort((a, b) => b.score - a.score || levelRank(a.place) - levelRank(b.place));
    const distinct = ranked.filter((c, i) => ranked.findIndex((d) => d.place.key === c.place.key) === i);
    const best = distinct[0];

    if (best === undefined) {
      const smallest = written[0]!;
      issues.push({
        code: 'unknown-name',
        vi: `Không tìm thấy "${smallest.text}" trong bảng địa danh vào ngày này; vẫn lưu như đã ghi.`,
        en: `"${smallest.text}" is not in the place table on this date; kept as written.`,
      });
      return unresolved(similar(smallest, span, within));
    }

    const has = (candidate: PlaceCandidate, code: ReasonCode) => candidate.reasons.some((r) => r.code === code);
    // A smaller unit written but not placed ("xã Bình Lập" when only its district is found) is what the
    // clerk meant: the result is about it, with the larger unit that was found as the nearest candidate.
    const bestUnit = itemAt(versions, index.versionByKey(best.place.key)!).unit;
    const unplaced = written.find(
      (s) =>
        s !== best.target &&
        written.indexOf(s) < written.indexOf(best.target) &&
        s.type !== null &&
        !best.reasons.some((r) => r.code === 'parent-matches' && r.segment === s),
    );
    let focus: Ranked = best;
    if (unplaced !== undefined) {
      const inside = distinct.filter((c) => c.target === unplaced && (c.ancestors.includes(bestUnit) || c.place.key === best.place.key));
      if (inside[0] === undefined) {
        issues.push({
          code: 'unknown-name',
          vi: `Không tìm thấy "${unplaced.text}" trong ${best.place.path} vào ngày này; vẫn lưu như đã ghi.`,
          en: `"${unplaced.text}" is not in ${best.place.path} on this date; kept as written.`,
        });
        return unresolved([...similar(unplaced, span, bestUnit), best]);
      }
      focus = inside[0];
    }
    const nearest = focus === best ? distinct : [focus, ...distinct.filter((c) => c !== focus)];
    if (has(focus, 'level-differs')) {
      issues.push({
        code: 'wrong-level',
        vi: `Cấp đơn vị ghi không khớp: ${focus.place.fullName} là cấp ${levelName[focus.place.level].vi}.`,
        en: `The level written does not match: ${focus.place.fullName} is a ${levelName[focus.place.level].en}.`,
      });
      return unresolved(nearest);
    }
    if (has(focus, 'not-in-force')) {
      issues.push({
        code: 'not-in-force',
        vi: `${focus.place.fullName} không có hiệu lực vào ngày này (${interval(focus.place.validFrom, focus.place.validTo, 'vi')}).`,
        en: `${focus.place.fullName} was not in force on this date (${interval(focus.place.validFrom, focus.place.validTo, 'en')}).`,
      });
      return unresolved(nearest);
    }
    if (has(focus, 'parent-differs')) {
      issues.push({
        code: 'parent-differs',
        vi: `Đơn vị cấp trên ghi không khớp với ${focus.place.path}.`,
        en: `The larger units written do not match ${focus.place.path}.`,
      });
      return unresolved(nearest);
    }
    if (best.place.level !== 'commune') {
      const province = best.place.level === 'province';
      issues.push({
        code: province ? 'only-province' : 'only-district',
        vi: `Chỉ ghi đến ${province ? 'tỉnh' : 'huyện'} (${best.place.path}): cần xã/phường để xác định đơn vị ngày nay.`,
        en: `Only a ${best.place.level} is written (${best.place.path}): a commune is needed to find today's unit.`,
      });
      return unresolved(distinct);
    }

    const tied = distinct.filter((c) => c.score === best.score && c.place.level === best.place.level);
    if (tied.length > 1) {
      issues.push({
        code: 'ambiguous',
        vi: `Có ${tied.length} đơn vị tên "${best.place.name}" vào ngày này; ghi thêm huyện/tỉnh để phân biệt.`,
        en: `${tied.length} units are named "${best.place.name}" on this date; add the district or province to tell them apart.`,
      });
      return { status: 'ambiguous', candidates: publicCandidates(tied), issues, successors: [], needsChoice: false, packVersion: table.version };
    }

    const bestIndex = index.versionByKey(best.place.key)!;
    return { status: 'resolved', candidates: publicCandidates(distinct), issues, ...successorsOf(bestIndex), packVersion: table.version };
  };

  const suggest = (prefix: string, options: SuggestOptions): PlaceView[] => {
    const limit = options.limit ?? 10;
    const span = spanOfDate(options.date);
    const segment = parsePlaceText(prefix).find((s) => !s.locality);
    const key = segment?.key ?? searchKey(prefix);
    if (span === null || key === '') return [];
    const within = withinUnit(options.within);
    const entries = index.suggestEntries;
    // Binary search for the first key ≥ the prefix; the matches follow it.
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (itemAt(entries, mid).key < key) lo = mid + 1;
      else hi = mid;
    }
    const ranked: { version: number; rank: number }[] = [];
    const seen = new Set<number>();
    // Enough matches to rank, bounded so a one-letter prefix stays fast.
    for (let i = lo; i < entries.length && ranked.length < 400; i++) {
      const entry = itemAt(entries, i);
      if (!entry.key.startsWith(key)) break;
      if (seen.has(entry.version)) continue;
      const v = itemAt(versions, entry.version);
      if (!overlaps(v, span)) continue;
      if (segment?.type && !unitTypes[segment.type].levels.includes(v.level)) continue;
      seen.add(entry.version);
      const inside =
        within !== undefined && (v.unit === within || index.ancestorsOn(entry.version, dayWithin(v, span)).some((a) => itemAt(versions, a).unit === within));
      // Inside the book's unit first, then whole-name matches, then exact names, then communes before larger units.
      const rank = (inside ? 0 : 8) + (entry.inner ? 4 : 0) + (entry.key === key ? 0 : 2) + (v.level === 'commune' ? 0 : 1);
      ranked.push({ version: entry.version, rank });
    }
    return ranked
      .sort((a, b) => a.rank - b.rank || itemAt(versions, a.version).name.localeCompare(itemAt(versions, b.version).name, 'vi'))
      .slice(0, limit)
      .map((r) => index.view(r.version, dayWithin(itemAt(versions, r.version), span)));
  };

  return {
    packVersion: table.version,
    index,
    resolve,
    suggest,
    successorsToday(versionKey) {
      const version = index.versionByKey(versionKey);
      return version === undefined ? null : successorsOf(version);
    },
    byCode(code, date) {
      const span = spanOfDate(date);
      if (span === null) return [];
      return versions.flatMap((v, i) => (v.code === code && overlaps(v, span) ? [index.view(i, dayWithin(v, span))] : []));
    },
    unitOn(versionKey, date) {
      const version = index.versionByKey(versionKey);
      const span = spanOfDate(date);
      if (version === undefined || span === null) return null;
      const v = itemAt(versions, version);
      return overlaps(v, span) ? index.view(version, dayWithin(v, span)) : null;
    },
  };
}

/** What a result shows of its candidates: no ranking internals, no duplicates, at most a few. */
function publicCandidates(candidates: PlaceCandidate[]): PlaceCandidate[] {
  const seen = new Set<string>();
  const shown: PlaceCandidate[] = [];
  for (const { place, score, reasons } of candidates) {
    if (seen.has(place.key) || shown.length >= maxCandidates) continue;
    seen.add(place.key);
    shown.push({ place, score, reasons: reasons.map(({ code, vi, en }) => ({ code, vi, en })) });
  }
  return shown;
}

const levelRank = (place: PlaceView) => unitLevels.length - unitLevels.indexOf(place.level);

function interval(from: string | null, to: string | null, language: 'vi' | 'en'): string {
  const start = from ?? (language === 'vi' ? 'trước đây' : 'earlier');
  const end = to ?? (language === 'vi' ? 'nay' : 'now');
  return language === 'vi' ? `từ ${start} đến ${end}` : `from ${start} to ${end}`;
}
