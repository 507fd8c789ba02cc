// From the text the engine read for one field to the value the clerk reviews. Post-correction only
// cleans, repairs digits the engine misread as letters, and picks from closed lists and formats (dates,
// sexes, ethnic groups, nationalities, surnames, the place table); it never invents a value, and given
// names are only ever flagged. Each repair lowers the confidence, so the fields the clerk must look at
// are the ones marked low-confidence. The caller keeps the raw text beside the value.
import { dateBounds, parseDate, todayIso, type PartialDate } from '../domain/dates.ts';
import type { DatePrecision } from '../domain/entry.ts';
import { ethnicities, findEthnicity, type Ethnicity } from '../domain/ethnicities.ts';
import { findNationality, nationalities, type Nationality } from '../domain/nationalities.ts';
import { nameDisallowedCharacters } from '../domain/person-names.ts';
import type { FieldType, LocalizedText } from '../domain/record-kinds.ts';
import type { Sex } from '../domain/sex.ts';
import type { PlaceResolution, PlaceResolver } from '../places/place-resolver.ts';
import { placeRecordOf, type PlaceRecord } from '../places/place-record.ts';
import { cleanText, normalizeFieldValue } from '../text/normalize.ts';
import { compactSearchKey } from '../text/search-key.ts';
import { impossibleWords, type SyllableProblem } from '../text/vietnamese-syllables.ts';
import { createSpellingList, inWrittenCase, type SpellingList, type SpellingMatch } from './closest-spelling.ts';
import { hasToneReadAsQuote, restoreDisplacedMarks } from './displaced-marks.ts';
import { isKnownWord } from './known-words.ts';
import { prepareNameLists, type NameLists } from './name-lists.ts';
import type { FieldFlag, FieldFlagCode } from './ocr-types.ts';
import { repairDigits, repairLetters } from './ocr-confusions.ts';
import { closestUnitNames, repairTypeWords, respellPlace } from './place-spelling.ts';

export type { NameLists } from './name-lists.ts';
export { prepareNameLists } from './name-lists.ts';

export interface CorrectionContext {
  /** the lists as loaded; they are indexed once per lists object (prepareNameLists) */
  names: NameLists;
  placeResolver?: PlaceResolver;
  /** ISO date at which places are read (registration or event date); without it places are read at today's units */
  placeDate?: string;
  /** YYYY-MM-DD: the latest plausible date or year; defaults to the local date */
  today?: string;
}

/** What a field's type alone does not say. */
export interface FieldContext {
  /** the field key: death.cause and declarant.relation are read against lists of their own */
  key?: string;
  /** for a name, the sex of its bearer where the entry says it: given names are counted among theirs */
  sex?: Sex | null;
}

export interface CorrectedField {
  value: string;
  /** 0–100: the engine's confidence, lowered by what post-correction found, never raised */
  confidence: number;
  lowConfidence: boolean;
  flags: FieldFlag[];
  precision?: DatePrecision;
  place?: PlaceRecord;
}

/**
 * Below this a field is marked for review. Measured on the 18 sample form pages read with tesseract.js
 * (best_int model), word by word against the ground truth: below 80 lie 72 % of the misread words and
 * 9 % of the words read right (at 70: 65 % and 7 %; at 90: 85 % and 14 %). Right words cluster at 95–96,
 * misread ones spread from 0 to 90, so 80 is where marking more right words stops buying many wrong
 * ones. Field by field on the same pages, with the penalties below, 25 of the 26 wrong values are
 * marked and 55 of the 204 right ones.
 */
export const lowConfidenceThreshold = 80;

// Dates and years before this are misreads: the oldest people in the first books were born after it.
const earliestPlausibleYear = 1850;

// Points taken off the engine's confidence. A repair from a closed list is probably right but is not
// what the engine read: marks alone cost little, a changed letter costs enough to put an otherwise
// certain word (95–96) under the threshold. A finding the clerk must check costs the most.
const penalty = {
  digits: 10,
  marks: 10,
  letter: 20,
  unusualGivenName: 20,
  guessedCentury: 25,
  checkMe: 40,
};

const checkMeCodes: ReadonlySet<FieldFlagCode> = new Set([
  'not-found', 'bad-format', 'not-in-list', 'impossible-spelling', 'near-list-entry', 'rare-spelling', 'place-unresolved', 'place-ambiguous',
]);

// The form's dotted and underscored lines, its label colons and the table's rules (read as | [ ] !)
// bleed into the text, and so do specks read as quotes or accents. "?" stays: a date of "?" means unknown.
const edgeJunk = /^[\s.…·_:|¦;,=~!"“”„[\]\-–—`´ˋˊ˜]+|[\s.…·_:|¦;,=~!"“”„[\]\-–—`´ˋˊ˜]+$/gu;
const leaderRun = /[.…·_]{3,}/g;

interface CleanReading {
  value: string;
  /** tones put back on their vowel (displaced-marks.ts) */
  marksMoved: number;
  /** the text before its ends were trimmed: a quote glued to a vowel there may be a misread tone */
  untrimmed: string;
}

function cleanReading(raw: string): CleanReading {
  // Tones first, while a spacing accent still stands after its vowel ("Hô`" at the very end).
  const restored = restoreDisplacedMarks(cleanText(raw).replace(/\u00d0/g, 'Đ').replace(/\u00f0/g, 'đ'));
  const untrimmed = normalizeFieldValue(restored.text.replace(leaderRun, ' '));
  return { value: untrimmed.replace(edgeJunk, ''), marksMoved: restored.moved, untrimmed };
}

/** NFC, Ð read as Đ, tones printed beside their vowel put on it, leader dots and stray punctuation off the ends, white space folded. */
export function cleanOcrValue(raw: string): string {
  return cleanReading(raw).value;
}

interface Finding {
  value: string;
  flags: FieldFlag[];
  /** points off the engine's confidence */
  cost: number;
  precision?: DatePrecision;
  place?: PlaceRecord;
}

const flag = (code: FieldFlagCode, vi: string, en: string, suggestion?: string): FieldFlag =>
  suggestion === undefined ? { code, message: { vi, en } } : { code, message: { vi, en }, suggestion };
const flagOf = (code: FieldFlagCode, message: LocalizedText): FieldFlag => ({ code, message: { vi: message.vi, en: message.en } });

const listNames = {
  sex: { vi: 'giới tính (Nam/Nữ)', en: 'sexes (Nam/Nữ)' },
  ethnicity: { vi: 'danh mục dân tộc', en: 'list of ethnic groups' },
  nationality: { vi: 'danh mục quốc tịch', en: 'list of nationalities' },
  surname: { vi: 'danh sách họ', en: 'list of surnames' },
  place: { vi: 'bảng địa danh', en: 'place table' },
  causeOfDeath: { vi: 'danh sách nguyên nhân chết thường gặp', en: 'list of common causes of death' },
  relation: { vi: 'danh sách quan hệ thân thuộc', en: 'list of relations' },
};

const marksRestored = flag(
  'corrected-format',
  'Dấu thanh in tách khỏi nguyên âm (kiểu chữ không ghép được dấu) đã được đặt lại vào chữ; hãy đối chiếu với sổ.',
  'A tone mark printed beside its vowel (the font cannot stack it) was put back on the letter; check it against the register.',
);

const toneReadAsQuote = flag(
  'impossible-spelling',
  'Có chữ thiếu dấu thanh ngay trước một dấu nháy (dấu thanh có thể bị đọc thành dấu nháy); hãy đối chiếu với sổ.',
  'A word lacks its tone right before a quote (the tone may have been read as a quote); check it against the register.',
);

const whyImpossible: Readonly<Record<SyllableProblem, LocalizedText>> = {
  letter: { vi: 'có chữ cái tiếng Việt không dùng', en: 'it has a letter Vietnamese does not use' },
  tones: { vi: 'có hai dấu thanh', en: 'it has two tone marks' },
  'tone-on-consonant': { vi: 'dấu thanh nằm trên phụ âm', en: 'a tone mark sits on a consonant' },
  'tone-and-final': {
    vi: 'tiếng tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc nặng',
    en: 'a syllable ending in p, t, c or ch takes only the sắc or nặng tone',
  },
  'tone-placement': { vi: 'dấu thanh đặt trên nguyên âm không mang dấu', en: 'the tone mark is on a vowel that does not carry it' },
  spelling: { vi: 'không ghép được từ phụ âm đầu và vần tiếng Việt', en: 'no Vietnamese initial and rhyme make it up' },
};

const impossibleSpelling = (word: string, problem: SyllableProblem): FieldFlag => flag(
  'impossible-spelling',
  `«${word}» không theo chính tả tiếng Việt (${whyImpossible[problem].vi}): có thể đọc sai chữ cái hoặc dấu; hãy đối chiếu với sổ (tên tiếng dân tộc thì giữ như đã ghi).`,
  `"${word}" is spelled as no Vietnamese word is (${whyImpossible[problem].en}): a letter or mark may be misread; check it against the register (a name in a minority language stays as written).`,
);

const correctedFrom = (list: LocalizedText): FieldFlag =>
  flag('corrected-from-list', `Đã sửa chính tả theo ${list.vi}; hãy đối chiếu với sổ.`, `Spelling corrected from the ${list.en}; check it against the register.`);

const notInList = (list: LocalizedText): FieldFlag =>
  flag('not-in-list', `Không khớp rõ với mục nào trong ${list.vi}; hãy đối chiếu với sổ.`, `Matches no entry of the ${list.en} clearly; check it against the register.`);

const sexes = createSpellingList([
  { item: 'Nam', spellings: ['Nam', 'Trai', 'Con trai'] },
  { item: 'Nữ', spellings: ['Nữ', 'Gái', 'Con gái'] },
]);

interface ListReading<T> {
  match: SpellingMatch<T>;
  /** words after the list entry that were dropped as noise */
  dropped: boolean;
}

/**
 * The closest entry for the whole value or, failing that, for its first words when they are an entry
 * up to marks: a cell of a closed list often catches specks and a neighbour's ink after the word
 * ("Kinh GÌ", "Thái 2020"), and no entry ends in such a tail. A tail that names another entry ("Nam
 * Nữ") makes the value contradict itself: no reading then.
 */
function readFromList<T>(value: string, list: SpellingList<T>): ListReading<T> | null {
  const whole = list.closest(value);
  if (whole) return { match: whole, dropped: false };
  const words = value.split(' ');
  const namesEntry = (word: string): T | null => {
    const match = list.closest(word);
    return match && match.kind !== 'near' ? match.item : null;
  };
  for (let n = words.length - 1; n >= 1; n--) {
    const match = list.closest(words.slice(0, n).join(' '));
    if (match === null || match.kind === 'near') continue;
    const contradicts = words.slice(n).some((word) => {
      const other = namesEntry(word);
      return other !== null && other !== match.item;
    });
    return contradicts ? null : { match, dropped: true };
  }
  return null;
}

/** What reading a value from a list costs and says, or nothing when it was written as the list has it. */
function fromList<T>(reading: ListReading<T>, list: LocalizedText, sameValue: boolean): { flags: FieldFlag[]; cost: number } {
  const { match, dropped } = reading;
  if (match.kind === 'exact' && !dropped && sameValue) return { flags: [], cost: 0 };
  const cost = (match.kind === 'near' ? penalty.letter * match.distance : match.kind === 'marks' ? penalty.marks : 0) + (dropped ? penalty.letter : 0);
  return { flags: [correctedFrom(list)], cost: Math.max(cost, penalty.marks) };
}

function correctSex(value: string): Finding {
  const reading = readFromList(value, sexes);
  if (reading === null) return { value, flags: [notInList(listNames.sex)], cost: penalty.checkMe };
  // "Trai"/"Gái" of older books mean the same, but the register's closed list is Nam / Nữ.
  return { value: reading.match.item, ...fromList(reading, listNames.sex, reading.match.spelling === reading.match.item) };
}


const ethnicityList = createSpellingList(ethnicities.map((e) => ({ item: e, spellings: [e.name, ...e.aliases] })));
// An English name that is the Vietnamese one without marks ("Viet Nam") is that name misread in a register.
const nationalityList = createSpellingList(nationalities.map((n) => ({
  item: n,
  spellings: [n.name.vi, ...[n.name.en, ...n.aliases].filter((s) => compactSearchKey(s) !== compactSearchKey(n.name.vi))],
})));

/** The closest spelling in the list, the alias that was written kept as an alias; a code kept as written. */
function correctFromList<T extends Ethnicity | Nationality>(value: string, list: SpellingList<T>, isCode: boolean, names: LocalizedText): Finding {
  if (isCode) return { value, flags: [], cost: 0 };
  const reading = readFromList(value, list);
  if (reading === null) return { value, flags: [notInList(names)], cost: penalty.checkMe };
  return { value: reading.match.spelling, ...fromList(reading, names, true) };
}

function todayOf(context: CorrectionContext): string {
  return context.today ?? todayIso();
}

const badFormat = (vi: string, en: string): FieldFlag => flag('bad-format', vi, en);

// Written as a date with any of the separators registers and OCR give: 12/3/1987, 12.03.1987, 12 03 1987.
const loosePattern = /^(\d{1,2})\s*[\s/.,-]\s*(\d{1,2})\s*[\s/.,-]\s*(\d{2}|\d{4})$/;
const looseMonthYear = /^(\d{1,2})\s*[\s/.,-]\s*(\d{4})$/;
// The fraction and division slashes an engine gives for a plain slash.
const slashLookalikes = /[\u2044\u2215\uff0f]/g;

const plausible = (date: PartialDate, today: string): boolean => {
  const bounds = dateBounds(date);
  return bounds === null || (bounds.min <= Number(today.replace(/-/g, '')) && date.year! >= earliestPlausibleYear);
};

// Some fonts print a 0 that engines read as 9 or 3. A day of 32–39 or 90–99 and a month of 31–39 or
// 90–99 exist in no calendar, and with their first digit a 0 they may: that reading is offered only
// when it gives a real, plausible date and the date as read is none, and always costs enough to be
// reviewed (penalty.checkMe leaves at most 60). A month of 13–19 is not read so: 1 is no look-alike of
// 0, and its second digit is as likely the misread one.
const zeroLookalike = /^[39]\d$/;

function withZeroForNineOrThree(text: string, today: string): { display: string; date: PartialDate } | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) ?? /^()(\d{2})\/(\d{4})$/.exec(text);
  if (match === null) return null;
  const [, day = '', month = '', year = ''] = match;
  const fix = (part: string, highest: number) => (zeroLookalike.test(part) && Number(part) > highest ? `0${part.charAt(1)}` : part);
  const fixed = [fix(day, 31), fix(month, 12), year].filter((part) => part !== '').join('/');
  if (fixed === text) return null;
  const parsed = parseDate(fixed, { today });
  if (parsed === null || !parsed.ok || parsed.warning !== undefined || !plausible(parsed.date, today)) return null;
  return { display: parsed.display, date: parsed.date };
}

// The same fonts give a 6, 8 or 9 for a 0 in a year ("04/11/2068" for 2008). A year after today is no
// registration's, so one such digit read as 0 is offered when exactly one choice gives a plausible date.
function withZeroInFutureYear(text: string, today: string): { display: string; date: PartialDate } | null {
  const match = /^(.*\/)(\d{4})$/.exec(text);
  if (match === null) return null;
  const [, head = '', year = ''] = match;
  const choices = [...year].flatMap((digit, i) => {
    if (!'689'.includes(digit)) return [];
    const parsed = parseDate(`${head}${year.slice(0, i)}0${year.slice(i + 1)}`, { today });
    return parsed !== null && parsed.ok && parsed.warning === undefined && plausible(parsed.date, today) ? [parsed] : [];
  });
  return choices.length === 1 ? { display: choices[0]!.display, date: choices[0]!.date } : null;
}

const zeroForLookalike = flag(
  'corrected-format',
  'Ngày như đã đọc không có thật; chữ số 0 có thể bị đọc thành 9 hoặc 3 nên đã sửa thành ngày có thật. Hãy đối chiếu với sổ.',
  'The date as read does not exist; a 0 may have been read as 9 or 3, so it was corrected to a real date. Check it against the register.',
);

const zeroInFutureYear = flag(
  'corrected-format',
  'Năm như đã đọc nằm trong tương lai; một chữ số 0 có thể bị đọc thành 6, 8 hoặc 9 nên đã sửa. Hãy đối chiếu với sổ.',
  'The year as read is in the future; a 0 may have been read as 6, 8 or 9, so it was corrected. Check it against the register.',
);

function correctDate(value: string, context: CorrectionContext): Finding {
  const repaired = repairDigits(value.replace(slashLookalikes, '/'), { wholeTokens: true });
  const today = todayOf(context);
  const text = repaired.text
    .replace(loosePattern, (_all, d: string, m: string, y: string) => `${d}/${m}/${y}`)
    .replace(looseMonthYear, (_all, m: string, y: string) => `${m}/${y}`);
  const parsed = parseDate(text, { today });
  if (parsed === null) return { value, flags: [], cost: 0 };
  if (!parsed.ok) {
    const zero = parsed.reason === 'impossible' ? withZeroForNineOrThree(text, today) : null;
    if (zero !== null) return { value: zero.display, flags: [zeroForLookalike], cost: penalty.checkMe, precision: zero.date.precision };
    const message = parsed.reason === 'impossible'
      ? parsed.message
      : { vi: 'Không đọc được thành ngày: cần dạng ngày/tháng/năm (12/03/1987), tháng/năm hoặc năm.', en: 'Not readable as a date: day/month/year (12/03/1987), month/year or a year is expected.' };
    return { value, flags: [flagOf('bad-format', message)], cost: penalty.checkMe };
  }
  const { date } = parsed;
  const flags: FieldFlag[] = [];
  let cost = repaired.fixed > 0 ? penalty.digits : 0;
  const bounds = dateBounds(date);
  const future = bounds !== null && bounds.min > Number(today.replace(/-/g, ''));
  const zero = future ? withZeroInFutureYear(text, today) : null;
  if (zero !== null) return { value: zero.display, flags: [zeroInFutureYear], cost: penalty.checkMe, precision: zero.date.precision };
  if (!plausible(date, today)) {
    flags.push(badFormat(
      `Ngày nằm ngoài khoảng hợp lý (${earliestPlausibleYear} đến hôm nay); có thể đọc sai chữ số.`,
      `The date lies outside the plausible range (${earliestPlausibleYear} to today); a digit may be misread.`,
    ));
    cost += penalty.checkMe;
  }
  if (parsed.warning) {
    flags.push(flagOf('low-confidence', parsed.warning));
    cost += penalty.guessedCentury;
  }
  return { value: parsed.display, flags, cost, precision: date.precision };
}

function correctYear(value: string, context: CorrectionContext): Finding {
  const repaired = repairDigits(value, { wholeTokens: true });
  const latest = Number(todayOf(context).slice(0, 4));
  const year = /^\d{4}$/.test(repaired.text) ? Number(repaired.text) : null;
  if (year === null || year < earliestPlausibleYear || year > latest) {
    return {
      value,
      flags: [badFormat(
        `Cần một năm bốn chữ số từ ${earliestPlausibleYear} đến ${latest}.`,
        `A four-digit year from ${earliestPlausibleYear} to ${latest} is expected.`,
      )],
      cost: penalty.checkMe,
    };
  }
  return { value: repaired.text, flags: [], cost: repaired.fixed > 0 ? penalty.digits : 0 };
}

// Registration and book numbers: digits, and the separators registers use between them ("12/2005").
const numberPattern = /^\d+(?:\s*[/.-]\s*\d+)*$/;

function correctNumber(value: string): Finding {
  const repaired = repairDigits(value, { wholeTokens: false });
  const cost = repaired.fixed > 0 ? penalty.digits : 0;
  if (!numberPattern.test(repaired.text)) {
    return {
      value: repaired.text,
      flags: [badFormat('Số chỉ gồm chữ số và dấu phân cách (/ . -).', 'A number holds only digits and separators (/ . -).')],
      cost: cost + penalty.checkMe,
    };
  }
  return { value: repaired.text.replace(/\s*([/.-])\s*/g, '$1'), flags: [], cost };
}

const strayMarksDropped = flag(
  'corrected-format',
  'Đã bỏ những ký tự lạc đứng riêng giữa họ tên (vết bẩn, đường kẻ bảng); hãy đối chiếu với sổ.',
  'Stray characters standing alone among the name\'s words (specks, table rules) were removed; check it against the register.',
);

const quoted = (words: readonly string[], open: string, close: string): string => words.map((word) => `${open}${word}${close}`).join(', ');

function correctName(value: string, names: NameLists, sex: Sex | null): Finding {
  const lists = prepareNameLists(names);
  // A name is words of letters: a part with none ("⁄", "?", "-") is a speck or a rule of the table.
  const written = value.split(' ');
  // So is a last word of a letter or two and a sign no name has ("ï?"), after a name of two words or more.
  const stray = (word: string, i: number) => !/\p{L}/u.test(word) ||
    (i === written.length - 1 && i >= 2 && [...word].length <= 3 && nameDisallowedCharacters(word).length > 0);
  const lettered = written.filter((word, i) => !stray(word, i));
  const words = lettered.length > 0 ? lettered : written;
  const flags: FieldFlag[] = words.length < written.length ? [strayMarksDropped] : [];
  let cost = words.length < written.length ? penalty.letter : 0;
  const surname = lists.surnameOf(words);
  const surnameWritten = words.slice(0, surname.words).join(' ');
  let spelled = surnameWritten;
  if (surname.match === null) {
    flags.push(flag(
      'not-in-list',
      'Họ không có trong danh sách họ thường gặp, hoặc có thể đọc sai; hãy đối chiếu với sổ.',
      'The surname is not in the list of common surnames, or may be misread; check it against the register.',
    ));
    cost += penalty.checkMe;
  } else if (surname.match.kind !== 'exact') {
    spelled = inWrittenCase(surnameWritten, surname.match.spelling);
    const found = fromList({ match: surname.match, dropped: false }, listNames.surname, false);
    flags.push(...found.flags);
    cost += found.cost;
  }
  const given = words.slice(surname.words);
  const unusual = given.filter((word) => !lists.isGivenNameWord(word));
  if (unusual.length > 0) {
    const nearest = unusual.length === 1 ? lists.nearestGivenWord(unusual[0]!) : null;
    const respelled = given.map((word) => (nearest !== null && word === unusual[0] ? inWrittenCase(word, nearest) : word));
    flags.push(flag(
      'unusual-given-name',
      `Tên đệm hoặc tên không có trong danh sách tên thường gặp; hãy đối chiếu với sổ (tên không bị sửa).${nearest === null ? '' : ` Tên gần nhất trong danh sách: «${nearest}».`}`,
      `A middle or given name is not in the list of common names; check it against the register (names are never changed).${nearest === null ? '' : ` The closest listed: "${nearest}".`}`,
      nearest === null ? undefined : [spelled, ...respelled].join(' '),
    ));
    cost += penalty.unusualGivenName;
  }
  // A rare spelling one mark away from a common one is more likely the common one misread.
  const commonerSurname = surname.match === null ? null : lists.commonerSurname(surname.match.spelling);
  const commonerGiven = given.map((word) => (lists.isGivenNameWord(word) ? lists.commonerGivenWord(word, sex) : null));
  const read = [...(commonerSurname === null ? [] : [spelled]), ...given.filter((_, i) => commonerGiven[i] !== null)];
  if (read.length > 0) {
    const likely = [commonerSurname, ...commonerGiven].filter((word): word is string => word !== null);
    const suggestion = [
      commonerSurname === null ? spelled : inWrittenCase(spelled, commonerSurname),
      ...given.map((word, i) => { const by = commonerGiven[i]; return by === null || by === undefined ? word : inWrittenCase(word, by); }),
    ].join(' ');
    flags.push(flag(
      'rare-spelling',
      `${quoted(read, '«', '»')} hiếm gặp trong họ tên, còn ${quoted(likely, '«', '»')} (khác một dấu) thì phổ biến: có thể đọc sai dấu; hãy đối chiếu với sổ.`,
      `${quoted(read, '"', '"')} is rare in names while ${quoted(likely, '"', '"')}, one mark away, is common: the mark may be misread; check it against the register.`,
      suggestion,
    ));
    cost += penalty.letter;
  }
  const result = [spelled, ...given].filter((part) => part !== '').join(' ');
  if (nameDisallowedCharacters(result).length > 0) {
    flags.push(badFormat('Họ tên có ký tự không phải chữ cái; có thể đọc sai.', 'The name holds characters that are not letters; it may be misread.'));
    cost += penalty.checkMe;
  }
  return { value: result, flags, cost };
}

/**
 * A value of a semi-closed list (causes of death, relations): anything may be written, but a reading one
 * letter or mark away from an entry is more likely that entry misread. It is flagged with the entry as
 * its suggestion and kept as read.
 */
function checkSemiClosed(value: string, list: SpellingList<string>, names: LocalizedText): Finding {
  const match = list.closest(value);
  if (match === null || match.kind === 'exact' || (match.kind === 'near' && match.distance > 1)) return { value, flags: [], cost: 0 };
  const entry = inWrittenCase(value, match.spelling);
  return {
    value,
    flags: [flag(
      'near-list-entry',
      `Không có trong ${names.vi} nhưng gần với «${entry}»: có thể đọc sai; hãy đối chiếu với sổ.`,
      `Not in the ${names.en}, but close to "${entry}": it may be misread; check it against the register.`,
      entry,
    )],
    cost: penalty.letter,
  };
}

function placeIssue(resolution: PlaceResolution, code: 'place-ambiguous' | 'place-unresolved'): FieldFlag {
  const issue = resolution.issues.find((i) => i.code !== 'future-date' && i.code !== 'before-1945') ?? resolution.issues[0];
  if (issue) return flag(code, issue.vi, issue.en);
  return code === 'place-ambiguous'
    ? flag(code, 'Có nhiều đơn vị trùng tên; ghi thêm huyện/tỉnh để phân biệt.', 'Several units have this name; add the district or province.')
    : flag(code, 'Không tìm thấy địa danh trong bảng địa danh; vẫn lưu như đã ghi.', 'The place is not in the place table; kept as written.');
}

/**
 * Readings of a place that did not resolve as read, from the surest to the boldest: type words with
 * the wrong marks; then digits read for letters and type words a letter off; then, on top of those,
 * unit names a letter or two off that only one unit of the place table is close to. Each says whether
 * it changed letters or only marks.
 */
function* placeReadings(value: string, resolver: PlaceResolver, date: string): Generator<{ text: string; letters: boolean }> {
  const marks = repairTypeWords(value);
  if (marks !== value) yield { text: marks, letters: false };
  const letters = repairTypeWords(repairLetters(value).text, { nearby: true });
  if (letters !== value && letters !== marks) yield { text: letters, letters: true };
  const names = closestUnitNames(letters, resolver, date);
  if (names !== null) yield { text: names, letters: true };
}

function correctPlace(value: string, context: CorrectionContext): Finding {
  const resolver = context.placeResolver;
  if (resolver === undefined) return { value, flags: [], cost: 0 };
  const date = context.placeDate ?? todayOf(context);
  const options = { date, ...(context.today === undefined ? {} : { today: context.today }) };
  let text = value;
  let lettersChanged = false;
  let resolution = resolver.resolve(text, options);
  if (resolution.status === 'unresolved') {
    for (const reading of placeReadings(value, resolver, date)) {
      const second = resolver.resolve(reading.text, options);
      if (second.status !== 'resolved') continue;
      text = reading.text;
      lettersChanged = reading.letters;
      resolution = second;
      break;
    }
  }
  const place = placeRecordOf(resolution, date);
  if (resolution.status === 'ambiguous') return { value, flags: [placeIssue(resolution, 'place-ambiguous')], cost: penalty.checkMe, place };
  const best = resolution.candidates[0];
  if (resolution.status === 'unresolved' || best === undefined) {
    // The unit type words are a closed list: "thành phô" is "thành phố" whatever the unit turns out to be.
    return { value: repairTypeWords(value), flags: [placeIssue(resolution, 'place-unresolved')], cost: penalty.checkMe, place };
  }
  const respelled = respellPlace(text, best.place.path);
  if (respelled === value) return { value, flags: [], cost: 0, place };
  return { value: respelled, flags: [correctedFrom(listNames.place)], cost: lettersChanged ? penalty.letter : penalty.marks, place };
}

function findingFor(type: FieldType, value: string, context: CorrectionContext, field: FieldContext): Finding {
  const lists = prepareNameLists(context.names);
  if (field.key === 'death.cause') return checkSemiClosed(value, lists.causesOfDeath, listNames.causeOfDeath);
  if (field.key === 'declarant.relation') return checkSemiClosed(value, lists.relations, listNames.relation);
  switch (type) {
    case 'date': return correctDate(value, context);
    case 'year': return correctYear(value, context);
    case 'number': return correctNumber(value);
    case 'sex': return correctSex(value);
    case 'ethnicity': return correctFromList(value, ethnicityList, /^\d{1,2}$/.test(value) && findEthnicity(value) !== null, listNames.ethnicity);
    case 'nationality':
      return correctFromList(value, nationalityList, /^(?:[A-Z]{2}|[A-Z]{4})$/.test(value) && findNationality(value) !== null, listNames.nationality);
    case 'name': return correctName(value, context.names, field.sex ?? null);
    case 'place': return correctPlace(value, context);
    default: return { value, flags: [], cost: 0 };
  }
}

// The types whose letters are words: where a spelling no Vietnamese word has betrays a misread letter.
const lettersMatter: ReadonlySet<FieldType> = new Set(['name', 'place', 'text']);

/**
 * The finding with what the marks and letters say: tones put back where the font displaced them, and
 * words that cannot be Vietnamese (unless a list or the place table holds them) or that lost a tone
 * to a quote. Letters no rule can tell are kept, never guessed, and sent for review.
 */
function withSpelling(type: FieldType, reading: CleanReading, finding: Finding, context: CorrectionContext): Finding {
  const flags = [...finding.flags];
  let cost = finding.cost;
  if (reading.marksMoved > 0) {
    flags.push(marksRestored);
    cost += penalty.marks;
  }
  if (!lettersMatter.has(type)) return { ...finding, flags, cost };
  const places = context.placeResolver?.index;
  // The value as corrected: a list or the place table may have told the letters.
  const impossible = impossibleWords(finding.value, (word) => isKnownWord(word, context.names, places))[0];
  const misspelled = impossible !== undefined
    ? impossibleSpelling(impossible.word, impossible.problem)
    : type !== 'place' && hasToneReadAsQuote(reading.untrimmed) ? toneReadAsQuote : null;
  if (misspelled !== null) {
    flags.push(misspelled);
    cost += penalty.checkMe;
  }
  return { ...finding, flags, cost };
}

/** The value of one field from the engine's text and confidence (0–100). Never throws. */
export function correctField(type: FieldType, raw: string, engineConfidence: number, context: CorrectionContext, field: FieldContext = {}): CorrectedField {
  const engine = Number.isFinite(engineConfidence) ? Math.min(100, Math.max(0, engineConfidence)) : 0;
  const reading = cleanReading(raw);
  const { value } = reading;
  const finding: Finding = value === '' ? { value, flags: [], cost: 0 } : withSpelling(type, reading, findingFor(type, value, context, field), context);
  const confidence = Math.max(0, engine - finding.cost);
  const flags = [...finding.flags];
  if (value !== '' && engine < lowConfidenceThreshold) {
    const shown = Math.round(engine);
    flags.unshift(flag(
      'low-confidence',
      `Máy đọc chữ không chắc chắn ở trường này (độ tin cậy ${shown}); hãy đối chiếu với sổ.`,
      `The engine was unsure reading this field (confidence ${shown}); check it against the register.`,
    ));
  }
  return {
    value: finding.value,
    confidence,
    lowConfidence: confidence < lowConfidenceThreshold || flags.some((f) => checkMeCodes.has(f.code)),
    flags,
    ...(finding.precision === undefined ? {} : { precision: finding.precision }),
    ...(finding.place === undefined ? {} : { place: finding.place }),
  };
}
