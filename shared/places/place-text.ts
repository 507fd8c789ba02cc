// Clerks write a place as a chain of units, smallest first ("xã Bình Lập, huyện Châu Thành, tỉnh Long
// An"), but also "P.3, Q.5, TP.HCM", "xa Binh Lap huyen Chau Thanh", or with a hamlet and street in
// front. This reads such text into its parts without knowing a single place: which names exist is the
// resolver's business, so wherever a word could be a unit type or part of a name, the reading that keeps
// the name whole wins.
import { normalizeFieldValue } from '../text/normalize.ts';
import { searchKey } from '../text/search-key.ts';
import type { UnitType } from './unit-types.ts';

export interface PlaceSegment {
  /** the segment as written: cleaned (normalizeFieldValue), separators removed */
  text: string;
  /** the unit type the clerk wrote, abbreviations expanded; null when none was written */
  type: UnitType | null;
  /** true for parts below a commune (thôn, ấp, xóm, tổ, khóm, bản, khu phố, khu, số nhà, đường, phố …) that a resolver must skip */
  locality: boolean;
  /** the name without its type prefix, NFC, white space folded ("Bình Lập", "3", "Phường Đúc") */
  name: string;
  /** placeNameKey(name) */
  key: string;
}

type Marker = UnitType | 'locality';
type Unkeyed = Omit<PlaceSegment, 'key'>;

// A hyphen or slash only separates with spaces around it: "Khơ-me", "Ea H'Leo" are single names.
const separator = /[,;\r\n]|\s[-–—]\s|\s\/\s/;

const typeWords: readonly (readonly [string, Marker])[] = [
  ['tỉnh', 'tinh'],
  ['thành phố', 'thanh-pho'],
  ['quận', 'quan'],
  ['huyện', 'huyen'],
  ['thị xã', 'thi-xa'],
  ['phường', 'phuong'],
  ['xã', 'xa'],
  ['thị trấn', 'thi-tran'],
  ['đặc khu', 'dac-khu'],
  ...[
    'thôn', 'ấp', 'xóm', 'tổ', 'tổ dân phố', 'khóm', 'bản', 'buôn', 'plây', 'plei', 'sóc', 'khu phố', 'khu',
    'số', 'số nhà', 'đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt',
  ].map((word) => [word, 'locality'] as const),
];

// Longest first, so "thị xã" is not read as a stray "thị" before "xã", nor "khu phố" as "khu".
const phrases = typeWords
  .map(([phrase, marker]) => ({ words: phrase.split(' ').map((word) => ({ word, key: searchKey(word) })), marker }))
  .sort((a, b) => b.words.length - a.words.length);

const abbreviations: Readonly<Record<string, Marker>> = {
  tp: 'thanh-pho', tx: 'thi-xa', tt: 'thi-tran', đk: 'dac-khu', kp: 'locality',
  t: 'tinh', q: 'quan', h: 'huyen', p: 'phuong', f: 'phuong', x: 'xa',
};
const abbreviation = /^(t\.?p|t\.?x|t\.?t|đ\.?k|k\.?p|[tqhpfx])(\.?)(.*)$/iu;

/** What must follow an abbreviation for it to count as one. */
type Needs = 'nothing' | 'a name' | 'a number';

interface Token {
  start: number;
  end: number;
  /** the word without the punctuation around it */
  core: string;
  abbreviation?: { marker: Marker; needs: Needs };
}

interface Draft {
  first: number;
  nameFrom: number;
  last: number;
  type: UnitType | null;
  locality: boolean;
}

const wordEdges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// Brackets and quotes stay: "Bình Lập (cũ)".
const punctuationEdges = /^[\s.,;:!?…*/\\|\-–—]+|[\s.,;:!?…*/\\|\-–—]+$/gu;
const isNumber = (text: string): boolean => /^\d+$/.test(text);
const nonAsciiLetter = /(?![\p{ASCII}])[\p{L}\p{M}]/u;

/** Whether the clerk wrote any Vietnamese marks (or đ) at all: without any, "Sa Pa" may mean "Sa Pả". */
export function writtenWithMarks(text: string): boolean {
  return nonAsciiLetter.test(normalizeFieldValue(text));
}

/** The parts of a written place, in written order (usually smallest unit first). Never throws; '' → []. */
export function parsePlaceText(text: string): PlaceSegment[] {
  const parts = text.split(separator).map(normalizeFieldValue);
  const unaccented = !writtenWithMarks(text);
  const segments = parts.flatMap((part) => readPart(part, unaccented)).filter((segment) => segment.name !== '');
  const typed = (segment: Unkeyed): boolean => segment.type !== null;
  return segments.map((segment, index) => {
    // Many units are named after what was once a hamlet or street (Sóc Trăng, Buôn Ma Thuột, Đường
    // Lâm), so a locality word counts only where a locality can stand: before every written unit type,
    // with one after it; or in front of a number ("ấp 3", "số 12").
    const standsAsLocality =
      /^\d/.test(segment.name) || (!segments.slice(0, index).some(typed) && segments.slice(index + 1).some(typed));
    const read = segment.locality && !standsAsLocality ? { ...segment, locality: false, name: segment.text } : segment;
    return { ...read, key: placeNameKey(read.name) };
  });
}

function readPart(part: string, unaccented: boolean): Unkeyed[] {
  const tokens = tokenize(part);
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (let i = 0; i < tokens.length; ) {
    // After a type comes its name, whatever it looks like: "phường Phường Đúc", "phường Phố Mới".
    const mayOpen = current === undefined || current.last >= current.nameFrom;
    // A word with other diacritics is a name ("xã Tân Phương", "huyện Sơn Tịnh", "phường Phúc Xá"). One
    // written without any stands for a type word in unaccented text, and at the start of a part, where a
    // clerk may have skipped the marks on "xa Bình Lập"; inside accented text it is a name ("xã Đông
    // Quan"), and so is a bare locality word ("Ban Mê Thuột").
    const bare = { types: unaccented || current === undefined, localities: unaccented };
    const found = mayOpen ? markerAt(tokens, i, bare) : null;
    // Inside a part, only a type followed by a name splits it, so "xã Tân Xã" keeps its name; and only a
    // locality follows a locality ("số 12 đường Lê Lợi"), since names contain "Phố", "Bản", "Khu".
    const splits = (marker: Marker, length: number, before: Draft): boolean =>
      i + length < tokens.length && (marker !== 'locality' || before.locality);
    if (found !== null && (current === undefined || splits(found.marker, found.length, current))) {
      current = {
        first: i,
        nameFrom: i + found.length,
        last: i + found.length - 1,
        type: found.marker === 'locality' ? null : found.marker,
        locality: found.marker === 'locality',
      };
      drafts.push(current);
      i += found.length;
      continue;
    }
    if (current === undefined) {
      current = { first: i, nameFrom: i, last: i - 1, type: null, locality: false };
      drafts.push(current);
    }
    current.last = i;
    i += 1;
  }
  const slice = (from: number, to: number): string =>
    part.slice(tokens[from]?.start, tokens[to]?.end).replace(punctuationEdges, '');
  return drafts.map((draft) => ({
    text: slice(draft.first, draft.last),
    type: draft.type,
    locality: draft.locality,
    name: draft.last >= draft.nameFrom ? slice(draft.nameFrom, draft.last) : '',
  }));
}

function tokenize(part: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number, found?: Token['abbreviation']): void => {
    const core = part.slice(start, end).replace(wordEdges, '');
    if (core !== '') tokens.push({ start, end, core, ...(found && { abbreviation: found }) });
  };
  for (const match of part.matchAll(/\S+/g)) {
    const start = match.index;
    const word = match[0];
    const [, letters = '', dot = '', rest = ''] = abbreviation.exec(word) ?? [];
    const marker = abbreviations[letters.replace(/\./g, '').toLowerCase()];
    const needs = marker === undefined ? null : abbreviationNeeds(letters, dot, rest, marker);
    if (marker === undefined || needs === null) {
      push(start, start + word.length);
      continue;
    }
    const split = start + letters.length + dot.length;
    push(start, split, { marker, needs });
    push(split, start + word.length);
  }
  return tokens;
}

// A dot, or digits glued on ("P.3", "P3", "TP.HCM"), make an abbreviation certain. Bare, "TX Phổ Yên"
// is safe since no Vietnamese syllable is spelled TP, TX, TT, ĐK or KP; but a bare single letter needs a
// number after it ("Q 5"), because "H Châu Thành" could as well be a name with an initial.
function abbreviationNeeds(letters: string, dot: string, rest: string, marker: Marker): Needs | null {
  if (dot !== '' || letters.includes('.') || isNumber(rest)) return 'nothing';
  // "TPHCM", "TPHN": the city is commonly written glued on.
  if (marker === 'thanh-pho' && /^\p{L}{2,}$/u.test(rest)) return 'nothing';
  if (rest !== '') return null;
  return letters.length > 1 ? 'a name' : 'a number';
}

function markerAt(
  tokens: readonly Token[],
  i: number,
  bare: { types: boolean; localities: boolean },
): { marker: Marker; length: number } | null {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (token?.abbreviation) {
    const { marker, needs } = token.abbreviation;
    const fits = needs === 'nothing' || (next !== undefined && (needs === 'a name' || isNumber(next.core)));
    return fits ? { marker, length: 1 } : null;
  }
  for (const { words, marker } of phrases) {
    const readsBare = marker === 'locality' ? bare.localities : bare.types;
    const fits = words.every(({ word, key }, k) => {
      const candidate = tokens[i + k];
      if (candidate === undefined || candidate.abbreviation) return false;
      const { core } = candidate;
      return core.toLowerCase() === word || (readsBare && !nonAsciiLetter.test(core) && searchKey(core) === key);
    });
    if (fits) return { marker, length: words.length };
  }
  return null;
}

const romanNumeral = /^(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})$/;

function romanValue(word: string): number | null {
  const match = romanNumeral.exec(word);
  if (match === null) return null;
  const [, tens = '', units = ''] = match;
  const unit = units === 'IX' ? 9 : units === 'IV' ? 4 : (units.startsWith('V') ? 5 : 0) + units.replace('V', '').length;
  return tens.length * 10 + unit;
}

/** The comparison key of a unit name: searchKey, plus numbers made canonical. */
export function placeNameKey(name: string): string {
  const clean = normalizeFieldValue(name);
  // Written all in capitals, a name has lost the case that tells the numeral VI or XI from the syllable
  // Vi or Xi (Mường Vi, Pú Xi); there they stay letters unless they are the whole name.
  const capitals = clean === clean.toUpperCase() && clean !== clean.toLowerCase();
  const canonical = clean.replace(/[\p{L}\p{M}\p{N}'’]+/gu, (word) => {
    if (isNumber(word)) return word.replace(/^0+(?=\d)/, '');
    const value = romanValue(word);
    if (value === null || (capitals && word !== clean && (word === 'VI' || word === 'XI'))) return word;
    return String(value);
  });
  return searchKey(canonical);
}
