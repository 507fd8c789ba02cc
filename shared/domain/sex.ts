// Registers write "Nam"/"Nữ"; older books and OCR also give "trai"/"gái", no diacritics, or capitals.
import { searchKey } from '../text/search-key.ts';

export type Sex = 'male' | 'female';

const words: Record<string, Sex> = { nam: 'male', trai: 'male', 'con trai': 'male', nu: 'female', gai: 'female', 'con gai': 'female' };

export function parseSex(text: string): Sex | null {
  return words[searchKey(text)] ?? null;
}
