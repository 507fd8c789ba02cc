// A register is written as events are registered, so the rows of one table page were registered within
// weeks of each other, and what each row records happened before its registration. A registration year
// far from those of the other rows, or any date after the years the page was registered in (a birth "in
// 2019" on a page registered in 2010), is a digit misread: some fonts' 0 reads as 9. It is flagged,
// never changed, so the clerk checks it against the page.
import { fieldDefinition, type RecordKind } from '../domain/record-kinds.ts';
import type { ExtractedEntry, ExtractedField } from './ocr-types.ts';
import { lowConfidenceThreshold } from './post-correct.ts';

const registrationKey = 'registration.date';
// A page may run over the turn of a year.
const slack = 1;

const yearOf = (field: ExtractedField | undefined): number | null => {
  const match = /(?:^|\/)(\d{4})$/.exec(field?.value ?? '');
  return match ? Number(match[1]) : null;
};

/** The year most dates of the page fall in, when one does clearly: the rows' registrations and the events just before them. */
function pageYear(kind: RecordKind, entries: readonly ExtractedEntry[]): number | null {
  const counts = new Map<number, number>();
  for (const entry of entries) {
    for (const [key, field] of Object.entries(entry.fields)) {
      const year = isDated(kind, key) ? yearOf(field) : null;
      if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  // Three dates at least, more than any other year: a misread year cannot make the page's.
  return first !== undefined && first[1] >= 3 && (second === undefined || second[1] < first[1]) ? first[0] : null;
}

const isDated = (kind: RecordKind, key: string): boolean => {
  const type = fieldDefinition(kind, key)?.type;
  return type === 'date' || type === 'year';
};

const flag = (year: number, page: number) => ({
  code: 'year-off-page' as const,
  message: {
    vi: `Năm ${year} nằm ngoài những năm các dòng của trang được đăng ký (khoảng ${page}): có thể đọc sai chữ số; hãy đối chiếu với sổ.`,
    en: `The year ${year} lies outside the years this page's rows were registered in (about ${page}): a digit may be misread; check it against the register.`,
  },
});

/** A table page's entries with each date or year that its page's registration years contradict flagged. */
export function flagYearsOffPage(kind: RecordKind, entries: readonly ExtractedEntry[]): ExtractedEntry[] {
  const page = pageYear(kind, entries);
  if (page === null) return [...entries];
  return entries.map((entry) => {
    const fields = Object.entries(entry.fields).map(([key, field]) => {
      const year = isDated(kind, key) ? yearOf(field) : null;
      const off = year !== null && (year > page + slack || (key === registrationKey && year < page - slack));
      if (!off) return [key, field] as const;
      const flagged: ExtractedField = {
        ...field,
        confidence: Math.min(field.confidence, lowConfidenceThreshold - 1),
        lowConfidence: true,
        flags: [...field.flags, flag(year, page)],
      };
      return [key, flagged] as const;
    });
    return { ...entry, fields: Object.fromEntries(fields) };
  });
}
