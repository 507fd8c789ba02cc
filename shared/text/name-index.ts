// Lookup and autocomplete over a closed list of named things (ethnic groups, nationalities, …), by the
// search key: diacritics, case and hyphens do not matter, and neither do word breaks ("Khơ-me",
// "Khơ me", "Khome"; "Căm-pu-chia", "Campuchia"), so every key is also indexed with its spaces removed.
import { searchKey } from './search-key.ts';

export interface NameMatch<T> {
  item: T;
  via: 'name' | 'alias';
}

export interface NamedItem<T> {
  item: T;
  names: readonly string[];
  aliases: readonly string[];
  /** suggestions of a higher tier come after all those of a lower one (e.g. former states) */
  tier?: number;
}

export interface NameIndex<T> {
  find(text: string): NameMatch<T> | null;
  /** prefix matches: the exact match first, then by tier, names before aliases, in list order */
  suggest(prefix: string, limit: number, exact?: T): T[];
}

const compact = (key: string): string => key.replace(/ /g, '');

export function createNameIndex<T>(entries: readonly NamedItem<T>[]): NameIndex<T> {
  const index = new Map<string, NameMatch<T>>();
  // Names first: a name outranks an alias that happens to share its key.
  for (const via of ['name', 'alias'] as const) {
    for (const entry of entries) {
      for (const text of via === 'name' ? entry.names : entry.aliases) {
        const key = searchKey(text);
        for (const k of [key, compact(key)]) if (k !== '' && !index.has(k)) index.set(k, { item: entry.item, via });
      }
    }
  }
  const searchable = entries.map((entry) => ({
    item: entry.item,
    tier: (entry.tier ?? 0) * 2,
    names: entry.names.map(searchKey),
    aliases: entry.aliases.map(searchKey),
  }));

  return {
    find(text) {
      const key = searchKey(text);
      return index.get(key) ?? index.get(compact(key)) ?? null;
    },
    suggest(prefix, limit, exact) {
      const key = searchKey(prefix);
      const starts = (keys: readonly string[]) => keys.some((k) => k.startsWith(key) || compact(k).startsWith(compact(key)));
      const ranked: { item: T; rank: number }[] = [];
      for (const { item, tier, names, aliases } of searchable) {
        if (key !== '' && item === exact) ranked.push({ item, rank: 0 });
        else if (starts(names)) ranked.push({ item, rank: 1 + tier });
        else if (starts(aliases)) ranked.push({ item, rank: 2 + tier });
      }
      return ranked.sort((a, b) => a.rank - b.rank).slice(0, Math.max(0, limit)).map((r) => r.item);
    },
  };
}
