// The key under which Vietnamese text is compared and searched: what a clerk means, not how it was
// typed. "Hoà", "Hòa", "HOA", "hoa" and "Hoà" in NFD all meet at "hoa"; "Kỳ" and "Kì" at "ki";
// "Khơ-me" and "Khơ me" at "kho me". Never shown to a user, never stored as the value.
import { cleanText } from './normalize.ts';

const combiningMarks = /[\u0300-\u036f]/g;

export function searchKey(text: string): string {
  return cleanText(text)
    .replace(/\u00d0/g, 'Đ') // Ð (Icelandic eth), often typed or OCR'd for Đ
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/y/g, 'i')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The search key without its spaces: OCR runs words together ("Họvàtên", "Quyểnsố"), so keys compared against OCR text drop them. */
export function compactSearchKey(text: string): string {
  return searchKey(text).replace(/ /g, '');
}

// Search as lists do it: every word of the query must begin a word of what is searched ("nguyen van"
// finds "Nguyễn Văn An", "390" finds 390 and 3901), marks, case and hyphens aside.

/** What a list searches, prepared once: its words as searchKey writes them, each after a space. */
export function searchText(text: string): string {
  const key = searchKey(text);
  return key === '' ? '' : ` ${key}`;
}

/** A query as what searchText must hold: ' ' + each of its distinct words; none for a query of nothing. */
export function searchNeedles(query: string): string[] {
  return [...new Set(searchKey(query).split(' ').filter((word) => word !== ''))].map((word) => ` ${word}`);
}

export function holdsAll(text: string, needles: readonly string[]): boolean {
  return needles.every((needle) => text.includes(needle));
}
