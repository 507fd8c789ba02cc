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
