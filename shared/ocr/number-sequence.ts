// A register numbers its entries one after another, so in a table page the rows around a number say what
// it must be: "228, 228, 230" is 229 misread. The number is set from its neighbours only when they agree
// on both sides, and is always flagged so the clerk checks it against the page.
import type { ExtractedEntry, ExtractedField } from './ocr-types.ts';
import { lowConfidenceThreshold } from './post-correct.ts';

const key = 'registration.number';

function numberOf(field: ExtractedField | undefined): number | null {
  return field && /^\d{1,6}$/.test(field.value) ? Number(field.value) : null;
}

const flag = {
  code: 'out-of-sequence' as const,
  message: {
    vi: 'Số này không liền mạch với các dòng trên và dưới; đã lấy theo thứ tự của chúng, hãy đối chiếu với sổ.',
    en: 'This number does not follow the rows above and below; it was set from their order. Check it against the register.',
  },
};

export function fixNumberSequence(entries: readonly ExtractedEntry[]): ExtractedEntry[] {
  const numbers = entries.map((entry) => numberOf(entry.fields[key]));
  return entries.map((entry, i) => {
    const field = entry.fields[key];
    const before = numbers[i - 1];
    const after = numbers[i + 1];
    if (!field || before === undefined || after === undefined || before === null || after === null) return entry;
    if (after - before !== 2 || numbers[i] === before + 1) return entry;
    const value = String(before + 1);
    return {
      ...entry,
      fields: {
        ...entry.fields,
        [key]: { ...field, value, confidence: Math.min(field.confidence, lowConfidenceThreshold - 1), lowConfidence: true, flags: [...field.flags, flag] },
      },
    };
  });
}
