// Long names shown in small boxes (a scan's file name on a page card) keep their start and their end,
// which tell files apart ("…-trang-001.jpg"), and lose their middle: never a tail cut off unseen.

/** The text itself when at most `max` characters long, else its start and end around an ellipsis. */
export function middleEllipsis(text: string, max: number): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  const keep = max - 1;
  const head = Math.ceil(keep / 2);
  return `${characters.slice(0, head).join('')}…${characters.slice(characters.length - (keep - head)).join('')}`;
}
