import { describe, expect, it } from 'vitest';
import { entryHistory, listEntries, saveEntry } from '../../../renderer/db/entries-repository.ts';
import { freshDatabase } from '../support/render-app.tsx';

const base = { bookId: 'book-1', pageId: 'a'.repeat(64), kind: 'birth' as const };

describe('entries repository', () => {
  it('saves a new entry with its audit row, NFC and with a time-ordered UUID', async () => {
    const db = freshDatabase();
    const entry = await saveEntry(db, { ...base, typed: { 'child.fullName': 'Hoàng Văn Sỹ Thực'.normalize('NFD'), 'registration.number': '390' } }, 'clerk-1');
    expect(entry.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(entry).toMatchObject({ status: 'draft', revision: 1, entryNo: '390', updatedBy: 'clerk-1' });
    expect(entry.fields['child.fullName']!.value).toBe('Hoàng Văn Sỹ Thực'.normalize('NFC'));
    expect(await db.entries.get(entry.id)).toEqual(entry);
    const history = await entryHistory(db, entry.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', actor: 'clerk-1', entity: 'entry' });
    expect(history[0]!.changes.map((c) => c.field)).toEqual(['child.fullName', 'registration.number']);
  });

  it('records each later change as a new revision with before and after', async () => {
    const db = freshDatabase();
    const first = await saveEntry(db, { ...base, typed: { 'child.fullName': 'Hoàng Văn Sỹ' } }, 'clerk-1');
    const second = await saveEntry(db, { ...base, id: first.id, typed: { 'child.fullName': 'Hoàng Văn Sỹ Thực' } }, 'clerk-2');
    expect(second.revision).toBe(2);
    const history = await entryHistory(db, first.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    const [change, ...others] = history[1]!.changes;
    expect(others).toEqual([]);
    expect(change).toMatchObject({ field: 'child.fullName', before: { value: 'Hoàng Văn Sỹ' }, after: { value: 'Hoàng Văn Sỹ Thực' } });
  });

  it('writes nothing when nothing changed', async () => {
    const db = freshDatabase();
    const first = await saveEntry(db, { ...base, typed: { 'child.sex': 'Nam' } }, 'clerk-1');
    const again = await saveEntry(db, { ...base, id: first.id, typed: { 'child.sex': 'Nam' } }, 'clerk-1');
    expect(again.revision).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('writes neither the entry nor its audit row when the transaction fails', async () => {
    const db = freshDatabase();
    const saved = await saveEntry(db, { ...base, typed: { 'child.sex': 'Nam' } }, 'clerk-1');
    db.audit.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveEntry(db, { ...base, id: saved.id, typed: { 'child.sex': 'Nữ' } }, 'clerk-1')).rejects.toThrow('disk full');
    expect((await db.entries.get(saved.id))!.fields['child.sex']!.value).toBe('Nam');
    expect(await db.entries.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('lists a book\'s entries only', async () => {
    const db = freshDatabase();
    await saveEntry(db, { ...base, typed: { 'child.sex': 'Nam' } }, 'c');
    await saveEntry(db, { ...base, bookId: 'book-2', typed: { 'child.sex': 'Nữ' } }, 'c');
    expect((await listEntries(db, 'book-1')).map((e) => e.fields['child.sex']!.value)).toEqual(['Nam']);
  });
});

describe('entries repository: places', () => {
  it('keeps each place field’s resolution, with its pack version, beside the text as written', async () => {
    const db = freshDatabase();
    const place = { status: 'unresolved' as const, date: '1987', successors: [], needsChoice: false, packVersion: '2026.11.23' };
    const entry = await saveEntry(
      db,
      { ...base, typed: { 'child.hometown': 'xã Bình Lập, huyện Châu Thành', 'child.fullName': 'Lê Văn A' }, places: { 'child.hometown': place, 'child.otherPlace': place } },
      'clerk-1',
    );
    const stored = await db.entries.get(entry.id);
    expect(stored?.fields['child.hometown']).toMatchObject({ raw: 'xã Bình Lập, huyện Châu Thành', place });
    expect(stored?.fields['child.fullName']?.place).toBeUndefined();
    expect(Object.keys(stored?.fields ?? {})).not.toContain('child.otherPlace');
  });
});
