// Where a page stands is where its entries stand, not what OCR once read on it: a page whose doubtful
// readings were all checked and whose entries were verified is no longer "to check", whatever the
// reading said. Kept on the page (written with each of its entries), so the grid needs no entries.
import type { Entry } from './entry.ts';
import { uncheckedFields } from './field-checks.ts';

export interface PageKeying {
  entries: number;
  /** fields OCR was unsure of that nobody has checked, over the page's drafts */
  unchecked: number;
  drafts: number;
  /** verified, waiting to be sent or on their way */
  verified: number;
  synced: number;
  /** refused by the civil-status database: a person must act */
  attention: number;
}

/**
 * The page's state, the least advanced of its entries': `to-check` (doubtful readings nobody checked),
 * `keyed` (drafts checked, not yet verified), `verified`, `synced`; `attention` before all. `empty`: no
 * entry on it.
 */
export type PageKeyingStatus = 'empty' | 'attention' | 'to-check' | 'keyed' | 'verified' | 'synced';

export function pageKeyingOf(entries: readonly Pick<Entry, 'kind' | 'status' | 'fields'>[]): PageKeying {
  const keying: PageKeying = { entries: entries.length, unchecked: 0, drafts: 0, verified: 0, synced: 0, attention: 0 };
  for (const entry of entries) {
    switch (entry.status) {
      case 'draft':
        keying.drafts += 1;
        keying.unchecked += uncheckedFields(entry.kind, entry.fields).length;
        break;
      case 'verified':
      case 'queued':
        keying.verified += 1;
        break;
      case 'synced':
        keying.synced += 1;
        break;
      case 'attention':
        keying.attention += 1;
        break;
    }
  }
  return keying;
}

/** Two tallies of one page's entries together (`a` may be none yet). */
export function addKeying(a: PageKeying | undefined, b: PageKeying): PageKeying {
  if (a === undefined) return b;
  return {
    entries: a.entries + b.entries,
    unchecked: a.unchecked + b.unchecked,
    drafts: a.drafts + b.drafts,
    verified: a.verified + b.verified,
    synced: a.synced + b.synced,
    attention: a.attention + b.attention,
  };
}

export function pageKeyingStatus(keying: PageKeying): PageKeyingStatus {
  if (keying.entries === 0) return 'empty';
  if (keying.attention > 0) return 'attention';
  if (keying.unchecked > 0) return 'to-check';
  if (keying.drafts > 0) return 'keyed';
  return keying.verified > 0 ? 'verified' : 'synced';
}
