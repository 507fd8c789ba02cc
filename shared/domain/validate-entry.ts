// What is wrong or doubtful in an entry, each finding with its field, a code, a severity and the
// reason in Vietnamese and English. Errors block "verified", never saving a draft; warnings ask
// nothing. Validation reports; it never throws, whatever the fields hold.
import type { Book, Entry, FieldValue } from './entry.ts';
import { compareDates, formatPartialDate, isoToPartialDate, parseDate, ageRange, todayIso, type PartialDate, type YearRange } from './dates.ts';
import { findEdition } from './editions.ts';
import { findEthnicity } from './ethnicities.ts';
import { checkMarriageAge } from './marriage-age.ts';
import { findNationality } from './nationalities.ts';
import { checkPersonalId } from './personal-id.ts';
import { hasIrregularCasing, hasIrregularSpacing, nameDisallowedCharacters, normalizePersonName } from './person-names.ts';
import { fieldDefinition, recordFields, type FieldDefinition, type FieldType, type LocalizedText, type RecordKind } from './record-kinds.ts';
import { parseRegistrationNumber, yearOfPart } from './registration-numbers.ts';
import { parseSex, type Sex } from './sex.ts';
import type { PlaceRecord } from '../places/place-record.ts';
import { toUnicode } from '../text/legacy-encodings.ts';
import { cleanText } from '../text/normalize.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  field: string;
  code: string;
  severity: Severity;
  message: LocalizedText;
  /** a corrected value the user may accept with one action */
  suggestion?: string;
}

export interface EntryToValidate {
  kind: RecordKind;
  edition?: string;
  fields: Record<string, string | FieldValue>;
  /** place resolutions by field, where fields are plain text (a stored FieldValue carries its own) */
  places?: Record<string, PlaceRecord>;
}

export interface ValidationContext {
  /** YYYY-MM-DD */
  today: string;
  registerYears?: YearRange;
}

/** Today's context for a book of these years (none known: dates are judged against today alone). */
export function contextFor(registerYears: YearRange | undefined): ValidationContext {
  return { today: todayIso(), ...(registerYears ? { registerYears } : {}) };
}

/** The years a book's registrations were made in. */
export function registerYearsOf(book: Pick<Book, 'yearFrom' | 'yearTo'>): YearRange {
  return { from: book.yearFrom, to: book.yearTo };
}

const maxLength: Record<FieldType, number> = {
  name: 100, date: 60, year: 20, time: 30, sex: 20, ethnicity: 80, nationality: 80, place: 300,
  personalId: 30, idDocument: 80, number: 30, text: 1000,
};

const personalIdMinYear = 1850;

function label(kind: RecordKind, key: string): LocalizedText {
  return fieldDefinition(kind, key)?.label ?? { vi: key, en: key };
}

function quote(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

interface Values {
  text: (key: string) => string;
  mark: (key: string) => FieldValue['mark'];
}

function readValues(fields: EntryToValidate['fields']): Values {
  const get = (key: string): string | FieldValue | undefined => (Object.hasOwn(fields, key) ? fields[key] : undefined);
  return {
    text: (key) => {
      const v = get(key);
      const raw = typeof v === 'string' ? v : typeof v === 'object' && v !== null && typeof v.value === 'string' ? v.value : '';
      return cleanText(raw).trim();
    },
    mark: (key) => {
      const v = get(key);
      return typeof v === 'object' && v !== null ? v.mark : undefined;
    },
  };
}

class Findings {
  readonly list: Finding[] = [];
  add(field: string, code: string, severity: Severity, message: LocalizedText, suggestion?: string): void {
    this.list.push(suggestion === undefined ? { field, code, severity, message } : { field, code, severity, message, suggestion });
  }
}

function checkField(kind: RecordKind, def: FieldDefinition, text: string, context: ValidationContext, out: Findings, dates: Map<string, PartialDate>): void {
  const name = label(kind, def.key);
  if (text.length > maxLength[def.type]) {
    out.add(def.key, 'field.tooLong', 'error', {
      vi: `${name.vi} dài ${text.length} ký tự, quá ${maxLength[def.type]} ký tự: có lẽ đã dán nhầm.`,
      en: `${name.en} is ${text.length} characters long, over ${maxLength[def.type]}: probably pasted by mistake.`,
    });
    return;
  }
  const { text: converted, converted: legacy } = toUnicode(text);
  if (legacy) {
    out.add(def.key, 'text.legacyEncoding', 'warning', {
      vi: `${name.vi} có vẻ được gõ bằng bảng mã cũ ${legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'}; chuyển sang Unicode: "${quote(converted)}".`,
      en: `${name.en} looks typed in the old ${legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} encoding; in Unicode: "${quote(converted)}".`,
    }, converted);
    return;
  }

  switch (def.type) {
    case 'name': {
      const bad = nameDisallowedCharacters(text);
      if (bad.length > 0) {
        const shown = bad.slice(0, 8).map((c) => `"${c}"`).join(' ');
        out.add(def.key, 'name.characters', 'error', {
          vi: `${name.vi} chỉ gồm chữ cái, dấu cách, gạch nối và dấu nháy; có ký tự không hợp lệ: ${shown}.`,
          en: `${name.en} may hold only letters, spaces, hyphens and apostrophes; found ${shown}.`,
        });
        break;
      }
      const normalized = normalizePersonName(text);
      if (hasIrregularSpacing(text)) {
        out.add(def.key, 'name.spacing', 'warning', { vi: `${name.vi} có dấu cách thừa.`, en: `${name.en} has extra spaces.` }, normalized);
      }
      if (hasIrregularCasing(text)) {
        out.add(def.key, 'name.casing', 'warning', {
          vi: `${name.vi} viết hoa chưa đúng; thường viết "${quote(normalized)}".`,
          en: `${name.en} has unusual capitals; usually written "${quote(normalized)}".`,
        }, normalized);
      }
      break;
    }
    case 'date': {
      const parsed = parseDate(text, context);
      if (!parsed) break;
      if (!parsed.ok) {
        out.add(def.key, parsed.reason === 'impossible' ? 'date.impossible' : 'date.unreadable', 'error', {
          vi: `${name.vi}: ${parsed.message.vi}`,
          en: `${name.en}: ${parsed.message.en}`,
        });
        break;
      }
      if (parsed.warning) {
        out.add(def.key, 'date.twoDigitYear', 'warning', { vi: `${name.vi}: ${parsed.warning.vi}`, en: `${name.en}: ${parsed.warning.en}` });
      }
      dates.set(def.key, parsed.date);
      break;
    }
    case 'year': {
      if (!/^\d{4}$/.test(text)) {
        out.add(def.key, 'year.invalid', 'error', { vi: `${name.vi} phải là năm có 4 chữ số, không phải "${quote(text)}".`, en: `${name.en} must be a four-digit year, not "${quote(text)}".` });
        break;
      }
      dates.set(def.key, { precision: 'year', year: Number(text) });
      break;
    }
    case 'sex':
      if (parseSex(text) === null) {
        out.add(def.key, 'sex.unknown', 'error', { vi: `${name.vi} ghi "Nam" hoặc "Nữ", không phải "${quote(text)}".`, en: `${name.en} is "Nam" or "Nữ", not "${quote(text)}".` });
      }
      break;
    case 'ethnicity':
      if (findEthnicity(text) === null) {
        out.add(def.key, 'ethnicity.unknown', 'warning', {
          vi: `"${quote(text)}" không có trong danh mục 54 dân tộc (Quyết định 121-TCTK/PPCĐ); giữ nguyên như ghi trong sổ nếu đúng vậy.`,
          en: `"${quote(text)}" is not in the list of 54 ethnic groups (Decision 121-TCTK/PPCĐ); keep it as written if the register says so.`,
        });
      }
      break;
    case 'nationality':
      if (findNationality(text) === null) {
        out.add(def.key, 'nationality.unknown', 'warning', {
          vi: `Không nhận ra quốc tịch "${quote(text)}"; giữ nguyên như ghi trong sổ nếu đúng vậy.`,
          en: `The nationality "${quote(text)}" is not recognised; keep it as written if the register says so.`,
        });
      }
      break;
    case 'time':
      if (!/^([01]?\d|2[0-3])\s*(?::|h|g|giờ|gio)\s*([0-5]?\d)?\s*(?:phút|phut|p)?$/i.test(text)) {
        out.add(def.key, 'time.unreadable', 'warning', { vi: `${name.vi} nên ghi dạng 14:30 hoặc "14 giờ 30".`, en: `${name.en} reads best as 14:30 or "14 giờ 30".` });
      }
      break;
    default:
      break;
  }
}

function roleOf(key: string): string {
  return key.slice(0, key.indexOf('.'));
}

// A book holds the acts of its years, and a number that carries a year ("12/1998") is that year's.
function checkRegistration(registered: PartialDate, year: number, numberText: string, context: ValidationContext, out: Findings): void {
  const years = context.registerYears;
  if (years && (year < years.from || year > years.to)) {
    out.add('registration.date', 'registration.outsideBookYears', 'warning', {
      vi: `Ngày đăng ký (${formatPartialDate(registered)}) nằm ngoài các năm của sổ (${years.from}–${years.to}); hãy kiểm tra ngày hoặc sổ.`,
      en: `The registration date (${formatPartialDate(registered)}) is outside the book's years (${years.from}–${years.to}); check the date or the book.`,
    });
  }
  const yearPart = parseRegistrationNumber(numberText)?.yearPart;
  const carried = yearPart === undefined ? year : yearOfPart(yearPart, context);
  if (carried !== year) {
    out.add('registration.number', 'registration.numberYear', 'warning', {
      vi: `Số "${quote(numberText)}" mang năm ${carried}, nhưng ngày đăng ký là năm ${year}.`,
      en: `The number "${quote(numberText)}" carries the year ${carried}, but the registration date is in ${year}.`,
    });
  }
}

function checkAcrossFields(kind: RecordKind, dates: Map<string, PartialDate>, values: Values, context: ValidationContext, out: Findings): void {
  const today = isoToPartialDate(context.today);
  for (const [key, date] of dates) {
    if (compareDates(date, today) === 1) {
      out.add(key, 'date.future', 'error', {
        vi: `${label(kind, key).vi} (${formatPartialDate(date)}) ở sau ngày hôm nay.`,
        en: `${label(kind, key).en} (${formatPartialDate(date)}) is after today.`,
      });
    }
  }

  const registered = dates.get('registration.date');
  if (registered) {
    for (const [key, date] of dates) {
      // A parent's birth year after the registration is reported, more usefully, as born after the child.
      if (key === 'registration.date' || key.endsWith('.birthYear') || compareDates(date, registered) !== 1) continue;
      out.add(key, 'date.afterRegistration', 'error', {
        vi: `${label(kind, key).vi} (${formatPartialDate(date)}) ở sau ngày đăng ký (${formatPartialDate(registered)}).`,
        en: `${label(kind, key).en} (${formatPartialDate(date)}) is after the registration date (${formatPartialDate(registered)}).`,
      });
    }
  }

  if (registered?.year !== undefined) checkRegistration(registered, registered.year, values.text('registration.number'), context, out);

  const born = dates.get('deceased.birthDate');
  const died = dates.get('death.date');
  if (born && died && compareDates(died, born) === -1) {
    out.add('death.date', 'death.beforeBirth', 'error', {
      vi: `Ngày chết (${formatPartialDate(died)}) ở trước ngày sinh (${formatPartialDate(born)}).`,
      en: `The date of death (${formatPartialDate(died)}) is before the date of birth (${formatPartialDate(born)}).`,
    });
  }

  const childBirth = dates.get('child.birthDate');
  for (const parent of ['father', 'mother'] as const) {
    const key = `${parent}.birthYear`;
    const parentBirth = dates.get(key);
    if (!childBirth || !parentBirth) continue;
    const age = ageRange(parentBirth, childBirth);
    if (!age) continue;
    const who = parent === 'father' ? { vi: 'cha', en: "father's" } : { vi: 'mẹ', en: "mother's" };
    if (age.max < 0) {
      out.add(key, 'parent.bornAfterChild', 'error', {
        vi: `Năm sinh của ${who.vi} (${parentBirth.year}) ở sau ngày sinh của con (${formatPartialDate(childBirth)}).`,
        en: `The ${who.en} birth year (${parentBirth.year}) is after the child's birth (${formatPartialDate(childBirth)}).`,
      });
    } else if (age.max < 12 || age.min > 70) {
      const years = age.min === age.max ? `${age.min}` : `${age.min}–${age.max}`;
      out.add(key, 'parent.ageImplausible', 'warning', {
        vi: `Theo sổ, ${who.vi} ${years} tuổi khi con sinh ra (thường từ 12 đến 70); hãy kiểm tra năm sinh.`,
        en: `By the register the ${who.en} age at the child's birth was ${years} (usually 12 to 70); check the birth year.`,
      });
    }
  }

  if (kind === 'marriage' && registered) {
    for (const [spouse, sex] of [['husband', 'male'], ['wife', 'female']] as const) {
      const key = `${spouse}.birthDate`;
      const birth = dates.get(key);
      const under = birth && checkMarriageAge(sex, birth, registered);
      if (!under || under.age < 0) continue;
      out.add(key, 'marriage.underAge', 'warning', {
        vi: `${spouse === 'husband' ? 'Chồng' : 'Vợ'} mới ${under.age} tuổi khi đăng ký kết hôn; ${under.law.name.vi} quy định từ ${under.law.fullYears ? 'đủ ' : ''}${under.required} tuổi.`,
        en: `The ${spouse} was ${under.age} when the marriage was registered; the ${under.law.name.en} required ${under.law.fullYears ? 'a full ' : ''}${under.required}.`,
      });
    }
  }

  for (const idKey of ['child.personalId', 'deceased.personalId']) {
    const id = values.text(idKey);
    if (id === '') continue;
    const role = roleOf(idKey);
    const sex: Sex | null = parseSex(values.text(`${role}.sex`));
    const year = dates.get(`${role}.birthDate`)?.year;
    const person = { ...(sex ? { sex } : {}), ...(year !== undefined && year >= personalIdMinYear ? { birthYear: year } : {}) };
    for (const problem of checkPersonalId(id, person)) {
      out.add(idKey, `personalId.${problem.part}`, 'error', problem.message);
    }
  }
}

export function validateEntry(entry: EntryToValidate, context: ValidationContext): Finding[] {
  const out = new Findings();
  const values = readValues(entry.fields ?? {});
  const edition = findEdition(entry.edition);
  const dates = new Map<string, PartialDate>();

  for (const key of Object.keys(entry.fields ?? {})) {
    if (!fieldDefinition(entry.kind, key)) {
      out.add(key, 'field.unknown', 'warning', {
        vi: `Trường "${quote(key)}" không thuộc sổ loại này; sẽ không được lưu vào mục.`,
        en: `The field "${quote(key)}" does not belong to this kind of register; it will not be kept.`,
      });
    }
  }

  for (const def of recordFields[entry.kind]) {
    const text = values.text(def.key);
    const recorded = !edition || edition.fields.includes(def.key);
    if (text === '') {
      if (!def.required || !recorded) continue;
      const mark = values.mark(def.key);
      if (mark) {
        out.add(def.key, 'required.marked', 'warning', {
          vi: `${def.label.vi} được đánh dấu ${mark === 'illegible' ? 'không đọc được' : 'để trống trong sổ'}.`,
          en: `${def.label.en} is marked ${mark === 'illegible' ? 'illegible' : 'blank in the register'}.`,
        });
      } else {
        out.add(def.key, 'required.missing', 'error', {
          vi: `Chưa nhập ${def.label.vi.toLowerCase()} (bắt buộc). Nếu sổ để trống hoặc không đọc được, hãy đánh dấu như vậy.`,
          en: `${def.label.en} is missing (required). If the register leaves it blank or it is illegible, mark it so.`,
        });
      }
      continue;
    }
    checkField(entry.kind, def, text, context, out, dates);
  }

  checkAcrossFields(entry.kind, dates, values, context, out);
  checkPlaces(entry, out);
  return out.list;
}

// A place the table cannot pin down is still accepted as written (old registers name units that no
// longer exist): these are warnings for a supervisor, never errors.
function checkPlaces(entry: EntryToValidate, out: Findings): void {
  for (const def of recordFields[entry.kind]) {
    if (def.type !== 'place') continue;
    const field = entry.fields?.[def.key];
    const record = entry.places?.[def.key] ?? (typeof field === 'object' && field !== null ? field.place : undefined);
    if (record === undefined) continue;
    if (record.status === 'unresolved') {
      out.add(def.key, 'place.unresolved', 'warning', {
        vi: `${def.label.vi}: không tìm thấy trong bảng địa danh; vẫn lưu như đã ghi, cán bộ giám sát sẽ xem lại.`,
        en: `${def.label.en}: not found in the place table; kept as written for a supervisor to review.`,
      });
    } else if (record.status === 'ambiguous') {
      out.add(def.key, 'place.ambiguous', 'warning', {
        vi: `${def.label.vi}: có nhiều đơn vị cùng tên; ghi thêm huyện/tỉnh hoặc chọn đơn vị đúng.`,
        en: `${def.label.en}: several units have this name; add the district or province, or choose the right one.`,
      });
    } else if (record.needsChoice && record.chosenSuccessor === undefined) {
      out.add(def.key, 'place.needs-choice', 'warning', {
        vi: `${def.label.vi}: đơn vị này nay thuộc ${record.successors.length} xã/phường; cần chọn một.`,
        en: `${def.label.en}: this unit is now part of ${record.successors.length} communes; one must be chosen.`,
      });
    }
  }
}

/** Marking an entry verified is a promise that it matches the register: an error blocks it; warnings are for people to judge. */
const blocks = (finding: Finding) => finding.severity === 'error';

export function blocksVerification(findings: readonly Finding[]): boolean {
  return findings.some(blocks);
}

/** The findings among these that keep an entry from being verified. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter(blocks);
}

/** The findings that keep a stored entry from being verified, in field order. */
export function verificationBlockers(entry: Pick<Entry, 'kind' | 'fields'>, edition: string | undefined, context: ValidationContext): Finding[] {
  return blockingFindings(validateEntry({ kind: entry.kind, ...(edition ? { edition } : {}), fields: entry.fields }, context));
}

/**
 * What keeps a stored entry of a book from being verified, however it comes to be verified (the workspace,
 * or the keying or decision that settles it): its own errors against the book's edition and years, then
 * those `bookFindings` holds (what the whole book's numbering says of it, which only its caller can read).
 */
export function bookEntryBlockers(entry: Pick<Entry, 'kind' | 'fields'>, book: Pick<Book, 'templateId' | 'yearFrom' | 'yearTo'>, bookFindings: readonly Finding[]): Finding[] {
  return [...verificationBlockers(entry, book.templateId, contextFor(registerYearsOf(book))), ...blockingFindings(bookFindings)];
}
