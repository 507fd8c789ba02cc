// Vietnamese text is stored NFC. Input may come in NFD (macOS, some IMEs), with stray control characters
// from OCR or pasted legacy documents; neither may reach the database.

// C0/C1 controls except tab and newline, plus zero-width and bidi-override characters that hide content.
// eslint-disable-next-line no-control-regex
const unwanted = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** NFC, with control and invisible formatting characters removed. Never throws. */
export function cleanText(text: string): string {
  return text.replace(unwanted, '').normalize('NFC');
}

/** What a single-line field keeps: clean text, runs of white space folded, ends trimmed. */
export function normalizeFieldValue(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}
