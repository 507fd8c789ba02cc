// Marriage age under the law in force on the registration date. Before 2015 the law said "từ 20 tuổi
// trở lên" (men) and "từ 18 tuổi trở lên" (women), read by the courts as having entered that year of age
// (Nghị quyết 02/2000/NQ-HĐTP); the 2014 law says "từ đủ", full years. Before the 1959 law took effect
// no single rule applied in the whole country, so nothing is checked.
import { ageRange, dateBounds, type PartialDate } from './dates.ts';
import type { LocalizedText } from './record-kinds.ts';
import type { Sex } from './sex.ts';

export interface MarriageLaw {
  name: LocalizedText;
  /** first day in force, yyyymmdd */
  from: number;
  minimumAge: Record<Sex, number>;
  /** true: full years ("đủ"); false: having entered that year of age */
  fullYears: boolean;
}

export const marriageLaws: readonly MarriageLaw[] = [
  { name: { vi: 'Luật Hôn nhân và gia đình 1959', en: 'Marriage and Family Law of 1959' }, from: 19600113, minimumAge: { male: 20, female: 18 }, fullYears: false },
  { name: { vi: 'Luật Hôn nhân và gia đình 1986', en: 'Marriage and Family Law of 1986' }, from: 19870103, minimumAge: { male: 20, female: 18 }, fullYears: false },
  { name: { vi: 'Luật Hôn nhân và gia đình 2000', en: 'Marriage and Family Law of 2000' }, from: 20010101, minimumAge: { male: 20, female: 18 }, fullYears: false },
  { name: { vi: 'Luật Hôn nhân và gia đình 2014', en: 'Marriage and Family Law of 2014' }, from: 20150101, minimumAge: { male: 20, female: 18 }, fullYears: true },
];

/** The law in force on a date; null before 1960 or when the date cannot tell which law applied. */
export function marriageLawOn(date: PartialDate): MarriageLaw | null {
  const bounds = dateBounds(date);
  if (!bounds) return null;
  const atMin = [...marriageLaws].reverse().find((law) => law.from <= bounds.min) ?? null;
  const atMax = [...marriageLaws].reverse().find((law) => law.from <= bounds.max) ?? null;
  return atMin === atMax ? atMin : null;
}

export interface UnderAge {
  law: MarriageLaw;
  age: number;
  required: number;
}

/** Reports a spouse certainly under the marriage age on the registration date. */
export function checkMarriageAge(sex: Sex, birth: PartialDate, registration: PartialDate): UnderAge | null {
  const law = marriageLawOn(registration);
  const age = ageRange(birth, registration);
  if (!law || !age) return null;
  const requiredFullYears = law.fullYears ? law.minimumAge[sex] : law.minimumAge[sex] - 1;
  return age.max < requiredFullYears ? { law, age: age.max, required: law.minimumAge[sex] } : null;
}
