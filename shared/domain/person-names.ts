// Names as registers write them: Latin letters with Vietnamese (or other Latin) diacritics, spaces,
// and the hyphen and apostrophe of Tây Nguyên names (Y-Ngông Niê, H'Hen Niê). Casing and spacing are
// fixed when the user asks to normalize, never silently while typing.
import { cleanText } from '../text/normalize.ts';

const allowed = /^[\p{Script=Latin}\p{M} '’-]$/u;

/** Characters that have no place in a name, each listed once. */
export function nameDisallowedCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const ch of cleanText(text)) if (!allowed.test(ch)) found.add(ch);
  return [...found];
}

function capitalize(word: string): string {
  const lower = word.toLowerCase();
  // Capital after a hyphen or an apostrophe too: "Y-Ngông", "H'Hen".
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_all, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** "nguyễn  văn AN" → "Nguyễn Văn An"; Ð (U+00D0, eth) becomes Đ, which it always means in Vietnamese. */
export function normalizePersonName(text: string): string {
  return cleanText(text)
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map(capitalize)
    .join(' ');
}

export function hasIrregularSpacing(text: string): boolean {
  const clean = cleanText(text);
  return clean !== clean.trim() || /\s{2,}|[^\S ]/.test(clean);
}

export function hasIrregularCasing(text: string): boolean {
  const words = cleanText(text).trim().split(/\s+/).filter((w) => w !== '');
  return words.some((word) => capitalize(word) !== word);
}
