// TCVN3 (ABC, TCVN 5712:1993 VN3; fonts .VnTime, .VnArial) as it arrives in a JS string: every byte
// read back as the Windows-1252/Latin-1 character of the same value. Checked against Unikey's VnConv
// table (ukengine/data.cpp), xvnkb's tcvn.h and glibc iconv TCVN5712-1, which all agree on these codes.
//
// VN3 has codes for lowercase letters only; capitals with a tone mark were typed with the same codes
// in the capitals font (.VnTimeH), so a code alone cannot say whether it was drawn as "à" or "À". Only
// the capitals with no tone mark that Latin-1 lacks have their own codes: Ă Â Ê Ô Ơ Ư Đ.

// Each row: the Unicode letter with no mark, grave, hook above, tilde, acute, dot below; then its codes.
// Plain a e i o u y are ASCII and stay as they are.
const rows: readonly (readonly [string, string])[] = [
  ['aàảãáạ', 'a\xB5\xB6\xB7\xB8\xB9'],
  ['ăằẳẵắặ', '\xA8\xBB\xBC\xBD\xBE\xC6'],
  ['âầẩẫấậ', '\xA9\xC7\xC8\xC9\xCA\xCB'],
  ['eèẻẽéẹ', 'e\xCC\xCE\xCF\xD0\xD1'],
  ['êềểễếệ', '\xAA\xD2\xD3\xD4\xD5\xD6'],
  ['iìỉĩíị', 'i\xD7\xD8\xDC\xDD\xDE'],
  ['oòỏõóọ', 'o\xDF\xE1\xE2\xE3\xE4'],
  ['ôồổỗốộ', '\xAB\xE5\xE6\xE7\xE8\xE9'],
  ['ơờởỡớợ', '\xAC\xEA\xEB\xEC\xED\xEE'],
  ['uùủũúụ', 'u\xEF\xF1\xF2\xF3\xF4'],
  ['ưừửữứự', '\xAD\xF5\xF6\xF7\xF8\xF9'],
  ['yỳỷỹýỵ', 'y\xFA\xFB\xFC\xFD\xFE'],
  ['đ', '\xAE'],
  ['ĂÂÊÔƠƯĐ', '\xA1\xA2\xA3\xA4\xA5\xA6\xA7'],
];

/** TCVN3 code (one Latin-1 character) → the Unicode letter it stands for in the lowercase font. */
export const tcvn3Letters: ReadonlyMap<string, string> = new Map(
  rows.flatMap(([letters, codes]) => [...codes].map((code, i): [string, string] => [code, letters[i]!]).filter(([code]) => /\P{ASCII}/u.test(code))),
);

/** Codes that are letters only in TCVN3: the base capitals Ă Â Ê Ô Ơ Ư Đ. */
export const tcvn3CapitalCodes: ReadonlySet<string> = new Set('\xA1\xA2\xA3\xA4\xA5\xA6\xA7');
