import { describe, expect, it } from 'vitest';
import { createNameIndex } from '../../../shared/text/name-index.ts';

const index = createNameIndex([
  { item: 'kho-me', names: ['Khơ-me'], aliases: ['Khmer', 'Miên'] },
  { item: 'kinh', names: ['Kinh'], aliases: ['Việt'] },
  { item: 'khang', names: ['Kháng'], aliases: [] },
  { item: 'old-kinh', names: ['Kinh cũ'], aliases: ['Khơ me cổ'], tier: 1 },
]);

describe('name index', () => {
  it('finds by name or alias whatever the diacritics, case, hyphens or word breaks', () => {
    for (const text of ['Khơ-me', 'khơ me', 'KHOME', 'Khơ-me'.normalize('NFD')]) expect(index.find(text)).toEqual({ item: 'kho-me', via: 'name' });
    expect(index.find('khmer')).toEqual({ item: 'kho-me', via: 'alias' });
    expect(index.find('viet')).toEqual({ item: 'kinh', via: 'alias' });
    expect(index.find('Lào')).toBeNull();
    expect(index.find('')).toBeNull();
  });

  it('suggests the exact match first, then by tier, names before aliases, in list order', () => {
    expect(index.suggest('kh', 10)).toEqual(['kho-me', 'khang', 'old-kinh']);
    expect(index.suggest('kh', 10, 'khang')).toEqual(['khang', 'kho-me', 'old-kinh']);
    expect(index.suggest('ki', 10)).toEqual(['kinh', 'old-kinh']);
    expect(index.suggest('', 2)).toEqual(['kho-me', 'kinh']);
    expect(index.suggest('kh', 0)).toEqual([]);
  });
});
