// What a page as a whole tells the clerk: nothing to read, the wrong book, a page put in upside down.
// Editions are named as people call them, never by their ids.
import { fillMessage } from '../api/app-error.ts';
import { editionName } from '../domain/editions.ts';
import type { PageIssue, PageIssueCode } from './ocr-types.ts';

type Params = Record<string, string | number>;

const messages: Record<PageIssueCode, { vi: string; en: string }> = {
  'blank-page': { vi: 'Trang trắng: không có chữ để nhận dạng.', en: 'Blank page: there is no text to recognize.' },
  'other-edition': {
    vi: 'Trang này có vẻ thuộc mẫu sổ khác (“{other}”), không phải mẫu của sổ (“{template}”). Hãy đọc trang theo mẫu kia, hoặc kiểm tra lại trang.',
    en: "This page looks like another register edition (“{other}”), not the book's (“{template}”). Read the page as that edition, or check the page.",
  },
  'turned-upside-down': { vi: 'Trang bị quét ngược; đã xoay lại 180° trước khi nhận dạng.', en: 'The page was scanned upside down; it was turned 180° before recognition.' },
  'no-table-found': {
    vi: 'Không tìm thấy bảng kẻ ô trên trang, nên không tách được các dòng của mẫu “{template}”.',
    en: 'No ruled table was found on the page, so the rows of the edition “{template}” could not be read.',
  },
  'low-confidence-page': {
    vi: 'Chữ trên trang nhận dạng kém (độ tin cậy trung bình {confidence}); cần đối chiếu kỹ từng trường.',
    en: 'The text on this page was recognized poorly (mean confidence {confidence}); check every field.',
  },
};

export function pageIssue(code: Exclude<PageIssueCode, 'other-edition' | 'no-table-found'>, params: Params = {}): PageIssue {
  return { code, message: { vi: fillMessage(messages[code].vi, params), en: fillMessage(messages[code].en, params) } };
}

/** An issue about editions, each named in the message's language; `other-edition` keeps the edition the page fits, for reading it so. */
export function editionIssue(code: 'other-edition' | 'no-table-found', editions: { template: string; other?: string }): PageIssue {
  const names = (language: 'vi' | 'en') => ({
    template: editionName(editions.template)[language],
    ...(editions.other === undefined ? {} : { other: editionName(editions.other)[language] }),
  });
  return {
    code,
    message: { vi: fillMessage(messages[code].vi, names('vi')), en: fillMessage(messages[code].en, names('en')) },
    ...(editions.other === undefined ? {} : { edition: editions.other }),
  };
}

/** Below this mean field confidence a page is flagged as a whole. */
export const lowPageConfidence = 55;
