// VNI-Windows (fonts VNI-Times, VNI-Helve) as it arrives in a JS string: Latin-1 characters. A vowel is
// the base letter followed by one modifier character that the font draws as its marks; i with a tone,
// ỵ, ơ, ư and đ are single characters. Capitals take the Latin-1 capital of each modifier, so changing
// the case of VNI text in an old word processor kept it correct. Checked against Unikey's VnConv table
// (ukengine/data.cpp, VNI-WIN) and xvnkb's vni.h, which agree on every sequence.
//
// Modifiers, lowercase/capital:
//   tone alone       grave ø/Ø  hook û/Û  tilde õ/Õ  acute ù/Ù  dot below ï/Ï
//   circumflex+tone  none â/Â  grave à/À  hook å/Å  tilde ã/Ã  acute á/Á  dot below ä/Ä
//   breve+tone       none ê/Ê  grave è/È  hook ú/Ú  tilde ü/Ü  acute é/É  dot below ë/Ë
//   single letters   ơ ô/Ô  ư ö/Ö  đ ñ/Ñ  ì ì/Ì  ỉ æ/Æ  ĩ ó/Ó  í í/Í  ị ò/Ò  ỵ î/Î

// Each row: the Unicode letters with no mark, grave, hook above, tilde, acute, dot below; then VNI.
const rows: readonly (readonly [string, readonly string[]])[] = [
  ['aàảãáạ', ['a', 'aø', 'aû', 'aõ', 'aù', 'aï']],
  ['ăằẳẵắặ', ['aê', 'aè', 'aú', 'aü', 'aé', 'aë']],
  ['âầẩẫấậ', ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä']],
  ['eèẻẽéẹ', ['e', 'eø', 'eû', 'eõ', 'eù', 'eï']],
  ['êềểễếệ', ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä']],
  ['iìỉĩíị', ['i', 'ì', 'æ', 'ó', 'í', 'ò']],
  ['oòỏõóọ', ['o', 'oø', 'oû', 'oõ', 'où', 'oï']],
  ['ôồổỗốộ', ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä']],
  ['ơờởỡớợ', ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï']],
  ['uùủũúụ', ['u', 'uø', 'uû', 'uõ', 'uù', 'uï']],
  ['ưừửữứự', ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï']],
  ['yỳỷỹýỵ', ['y', 'yø', 'yû', 'yõ', 'yù', 'î']],
  ['đ', ['ñ']],
  ['AÀẢÃÁẠ', ['A', 'AØ', 'AÛ', 'AÕ', 'AÙ', 'AÏ']],
  ['ĂẰẲẴẮẶ', ['AÊ', 'AÈ', 'AÚ', 'AÜ', 'AÉ', 'AË']],
  ['ÂẦẨẪẤẬ', ['AÂ', 'AÀ', 'AÅ', 'AÃ', 'AÁ', 'AÄ']],
  ['EÈẺẼÉẸ', ['E', 'EØ', 'EÛ', 'EÕ', 'EÙ', 'EÏ']],
  ['ÊỀỂỄẾỆ', ['EÂ', 'EÀ', 'EÅ', 'EÃ', 'EÁ', 'EÄ']],
  ['IÌỈĨÍỊ', ['I', 'Ì', 'Æ', 'Ó', 'Í', 'Ò']],
  ['OÒỎÕÓỌ', ['O', 'OØ', 'OÛ', 'OÕ', 'OÙ', 'OÏ']],
  ['ÔỒỔỖỐỘ', ['OÂ', 'OÀ', 'OÅ', 'OÃ', 'OÁ', 'OÄ']],
  ['ƠỜỞỠỚỢ', ['Ô', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÙ', 'ÔÏ']],
  ['UÙỦŨÚỤ', ['U', 'UØ', 'UÛ', 'UÕ', 'UÙ', 'UÏ']],
  ['ƯỪỬỮỨỰ', ['Ö', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÙ', 'ÖÏ']],
  ['YỲỶỸÝỴ', ['Y', 'YØ', 'YÛ', 'YÕ', 'YÙ', 'Î']],
  ['Đ', ['Ñ']],
];

/** VNI sequence (one or two Latin-1 characters) → the Unicode letter it stands for. */
export const vniLetters: ReadonlyMap<string, string> = new Map(
  rows.flatMap(([letters, sequences]) =>
    sequences.map((sequence, i): [string, string] => [sequence, letters[i]!]).filter(([sequence]) => /\P{ASCII}/u.test(sequence)),
  ),
);
