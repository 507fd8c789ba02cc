// Where two keyings of a field differ, character by character, for the checker to see at a glance
// (jsdiff's diffChars: a maintained implementation of Myers' diff, rather than one of our own).
import { diffChars } from 'diff';

export interface Segment {
  text: string;
  /** not in the other keying */
  differs: boolean;
}

/** Each keying cut into the runs it shares with the other and the runs only it has. Both are compared in NFC. */
export function markedDifference(a: string, b: string): { a: Segment[]; b: Segment[] } {
  const marked = { a: [] as Segment[], b: [] as Segment[] };
  for (const part of diffChars(a.normalize('NFC'), b.normalize('NFC'))) {
    if (!part.added) marked.a.push({ text: part.value, differs: part.removed });
    if (!part.removed) marked.b.push({ text: part.value, differs: part.added });
  }
  return marked;
}
