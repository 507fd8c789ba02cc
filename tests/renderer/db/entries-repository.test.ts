import { describe, expect, it } from 'vitest';
import { createOcrDrafts, deleteEntry, entryHistory, saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { addPage } from '../../../renderer/db/pages-repository.ts';
import { AppError } from '../../../shared/api/app-error.ts';
import { verificationBlockers } from '../../../shared/domain/validate-entry.ts';
import { ocrActor, type OcrDraft } from '../../../shared/ocr/ocr-drafts.ts';
import { addBook } from '../support/books.ts';
import { pageInfo } from '../support/page-extraction.ts';
import { freshDatabase } from '../support/render-app.tsx';

/** A database holding the book 'book-1' the entries here are in. */
async function bookDatabase() {
  const db = freshDatabase();
  await addBook(db, 'book-1');
  return db;
}

const base = { bookId: 'book-1', pageId: 'a'.repeat(64), kind: 'birth' as const };

describe('entries repository', () => {
  const complete = {
    'registration.number': '390', 'registration.date': '12/06/2003', 'child.fullName': 'Hoàng Văn Sỹ Thực',
    'child.sex': 'Nam', 'child.birthDate': '06/06/2003', 'child.birthPlace': 'xã Thạnh Trị',
  };
  const blockers = (entry: Parameters<typeof verificationBlockers>[0]) => verificationBlockers(entry, 'birth-form', { today: '2026-11-23' });

  it('marks an entry verified with its audit row; a later change makes it a draft again', async () => {
    const db = await bookDatabase();
    const draft = await saveEntry(db, { ...base, typed: complete }, 'clerk-1');
    const verified = await verifyEntry(db, draft.id, 'supervisor-1', blockers);
    expect(verified).toMatchObject({ status: 'verified', revision: 2, updatedBy: 'supervisor-1' });
    expect(await db.entries.get(draft.id)).toEqual(verified);
    expect((await entryHistory(db, draft.id)).map((h) => [h.action, h.actor])).toEqual([['create', 'clerk-1'], ['verify', 'supervisor-1']]);
    const changed = await saveEntry(db, { ...base, id: draft.id, typed: { ...complete, 'child.sex': 'Nữ' } }, 'clerk-1');
    expect(changed).toMatchObject({ status: 'draft', revision: 3 });
  });

  it('refuses to verify an entry with errors, naming their fields in both languages, and changes nothing', async () => {
    const db = await bookDatabase();
    const draft = await saveEntry(db, { ...base, typed: { ...complete, 'child.birthDate': '31/02/2003' } }, 'clerk-1');
    const error = await verifyEntry(db, draft.id, 'supervisor-1', blockers).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('entry-not-verifiable');
    expect((error as AppError).vi).toContain('Ngày, tháng, năm sinh');
    expect((error as AppError).en).toContain('Date of birth');
    expect(await db.entries.get(draft.id)).toEqual(draft);
    expect(await db.audit.count()).toBe(1);
  });

  it('saves a new entry with its audit row, NFC and with a time-ordered UUID', async () => {
    const db = await bookDatabase();
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
    const db = await bookDatabase();
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
    const db = await bookDatabase();
    const first = await saveEntry(db, { ...base, typed: { 'child.sex': 'Nam' } }, 'clerk-1');
    const again = await saveEntry(db, { ...base, id: first.id, typed: { 'child.sex': 'Nam' } }, 'clerk-1');
    expect(again.revision).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('writes neither the entry nor its audit row when the transaction fails', async () => {
    const db = await bookDatabase();
    const saved = await saveEntry(db, { ...base, typed: { 'child.sex': 'Nam' } }, 'clerk-1');
    db.audit.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveEntry(db, { ...base, id: saved.id, typed: { 'child.sex': 'Nữ' } }, 'clerk-1')).rejects.toThrow('disk full');
    expect((await db.entries.get(saved.id))!.fields['child.sex']!.value).toBe('Nam');
    expect(await db.entries.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });
});

describe('entries repository: places', () => {
  it('keeps each place field’s resolution, with its pack version, beside the text as written', async () => {
    const db = await bookDatabase();
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

describe('entries repository: OCR drafts', () => {
  const page = { bookId: 'book-1', pageId: 'b'.repeat(64), kind: 'birth' as const };
  const drafts: OcrDraft[] = [
    { index: 0, entryNo: '390', fields: { 'registration.number': { value: '390', raw: '39O', source: 'ocr', confidence: 70 }, 'child.fullName': { value: 'Hoàng Văn Sỹ Thực', raw: 'Hoàng Văn Sỹ Thực', source: 'ocr', confidence: 88, box: { x: 1, y: 2, width: 3, height: 4 } } } },
    { index: 1, entryNo: '391', fields: { 'registration.number': { value: '391', raw: '391', source: 'ocr', confidence: 90 } } },
  ];

  it('makes one draft per entry read, by OCR, each with its audit row', async () => {
    const db = await bookDatabase();
    const result = await createOcrDrafts(db, page, drafts);
    expect(result).toMatchObject({ replaced: 0, keptPersonEntries: false });
    const stored = await db.entries.where('pageId').equals(page.pageId).toArray();
    expect(stored.map((e) => [e.entryNo, e.status, e.revision, e.updatedBy]).sort()).toEqual([['390', 'draft', 1, ocrActor], ['391', 'draft', 1, ocrActor]]);
    const first = stored.find((e) => e.entryNo === '390')!;
    expect(first.fields['child.fullName']).toEqual(drafts[0]!.fields['child.fullName']);
    const history = await entryHistory(db, first.id);
    expect(history).toEqual([expect.objectContaining({ action: 'create', actor: ocrActor })]);
    expect(history[0]!.changes.map((c) => c.field)).toEqual(['child.fullName', 'registration.number']);
    expect(await db.audit.count()).toBe(2);
  });

  it('replaces drafts of an earlier reading that nobody touched, auditing what was removed', async () => {
    const db = await bookDatabase();
    const first = await createOcrDrafts(db, page, drafts);
    const again = await createOcrDrafts(db, page, [drafts[0]!]);
    expect(again).toMatchObject({ replaced: 2, keptPersonEntries: false });
    expect((await db.entries.toArray()).map((e) => e.id)).toEqual([again.created[0]!.id]);
    const removed = await entryHistory(db, first.created[1]!.id);
    expect(removed.map((h) => h.action)).toEqual(['create', 'delete']);
    expect(removed[1]!.changes).toEqual([{ field: 'registration.number', before: drafts[1]!.fields['registration.number'], after: null }]);
  });

  it('never makes drafts over an entry a person corrected, nor beside one they keyed', async () => {
    const db = await bookDatabase();
    const [draft] = (await createOcrDrafts(db, page, [drafts[0]!])).created;
    await saveEntry(db, { id: draft!.id, bookId: page.bookId, pageId: page.pageId, kind: 'birth', typed: { 'registration.number': '390', 'child.fullName': 'Hoàng Văn Sĩ Thực' } }, 'clerk-1');
    const result = await createOcrDrafts(db, page, drafts);
    expect(result).toEqual({ created: [], replaced: 0, keptPersonEntries: true });
    const entries = await db.entries.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.fields['child.fullName']).toMatchObject({ value: 'Hoàng Văn Sĩ Thực', source: 'corrected' });

    const other = freshDatabase();
    await saveEntry(other, { bookId: page.bookId, pageId: page.pageId, kind: 'birth', typed: { 'child.fullName': 'Lê Văn A' } }, 'clerk-1');
    expect((await createOcrDrafts(other, page, drafts)).keptPersonEntries).toBe(true);
    expect(await other.entries.count()).toBe(1);
  });

  it('writes no draft and no audit row when the transaction fails', async () => {
    const db = await bookDatabase();
    db.audit.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(createOcrDrafts(db, page, drafts)).rejects.toThrow('quota exceeded');
    expect(await db.entries.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('keeps a field OCR read when the entry is saved with it as shown, and marks a changed one corrected', async () => {
    const db = await bookDatabase();
    const [draft] = (await createOcrDrafts(db, page, [drafts[0]!])).created;
    const saved = await saveEntry(db, { id: draft!.id, ...page, typed: { 'registration.number': '390', 'child.fullName': 'Hoàng Văn Sỹ Thực', 'child.sex': 'Nam' } }, 'clerk-1');
    expect(saved.fields['registration.number']).toEqual(drafts[0]!.fields['registration.number']);
    expect(saved.fields['child.fullName']).toEqual(drafts[0]!.fields['child.fullName']);
    expect(saved.fields['child.sex']).toMatchObject({ source: 'typed' });
    const history = await entryHistory(db, draft!.id);
    expect(history[1]!.changes.map((c) => c.field)).toEqual(['child.sex']);
  });
});

describe('entries repository: the outbox', () => {
  const complete = {
    'registration.number': '390', 'registration.date': '12/06/2003', 'child.fullName': 'Hoàng Văn Sỹ Thực',
    'child.sex': 'Nam', 'child.birthDate': '06/06/2003', 'child.birthPlace': 'xã Thạnh Trị',
  };
  const none = () => [];

  it('queues the verified revision in the same transaction, once', async () => {
    const db = await bookDatabase();
    const draft = await saveEntry(db, { ...base, typed: complete }, 'clerk');
    expect(await db.outbox.count()).toBe(0);
    const verified = await verifyEntry(db, draft.id, 'clerk', none);
    const [row] = await db.outbox.toArray();
    expect(row).toMatchObject({ entryId: draft.id, revision: verified.revision, state: 'pending', attempts: 0 });
    expect(row?.payload).toMatchObject({ opId: row?.opId, entryId: draft.id, revision: verified.revision, kind: 'birth', book: { id: 'book-1' } });
    expect(row?.payload).toHaveProperty(['fields', 'child.fullName', 'value'], 'Hoàng Văn Sỹ Thực');
    await verifyEntry(db, draft.id, 'clerk', none);
    expect(await db.outbox.count()).toBe(1);
  });

  it('withdraws what was never tried when the entry is changed, keeps what is being sent or was tried (it may have arrived), and queues the new revision once verified', async () => {
    const db = await bookDatabase();
    const draft = await saveEntry(db, { ...base, typed: complete }, 'clerk');
    await verifyEntry(db, draft.id, 'clerk', none);
    await saveEntry(db, { ...base, id: draft.id, typed: { ...complete, 'child.sex': 'Nữ' } }, 'clerk');
    expect(await db.outbox.count()).toBe(0);
    expect((await db.entries.get(draft.id))?.status).toBe('draft');

    const again = await verifyEntry(db, draft.id, 'clerk', none);
    await db.outbox.toCollection().modify({ state: 'sending' });
    await saveEntry(db, { ...base, id: draft.id, typed: { ...complete, 'child.sex': 'Nam' } }, 'clerk');
    const latest = await verifyEntry(db, draft.id, 'clerk', none);
    await db.outbox.filter((row) => row.revision === latest.revision).modify({ attempts: 1 });
    await saveEntry(db, { ...base, id: draft.id, typed: { ...complete, 'child.sex': 'Nữ' } }, 'clerk');
    const rows = await db.outbox.orderBy('opId').toArray();
    expect(rows.map((r) => [r.revision, r.state])).toEqual([[again.revision, 'sending'], [latest.revision, 'pending']]);
    expect(new Set(rows.map((r) => r.opId)).size).toBe(2);
  });

  it('queues nothing when verification is refused or its transaction fails', async () => {
    const db = await bookDatabase();
    const draft = await saveEntry(db, { ...base, typed: complete }, 'clerk');
    await expect(verifyEntry(db, draft.id, 'clerk', () => [{ field: 'child.sex', code: 'x', severity: 'error', message: { vi: 'x', en: 'x' } }])).rejects.toBeInstanceOf(AppError);
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(verifyEntry(db, draft.id, 'clerk', none)).rejects.toThrow('disk full');
    expect(await db.outbox.count()).toBe(0);
    expect((await db.entries.get(draft.id))?.status).toBe('draft');
    expect((await entryHistory(db, draft.id)).map((h) => h.action)).toEqual(['create']);
  });
});

describe('entries repository: verified means every doubtful reading was looked at', () => {
  const page = { bookId: 'book-1', pageId: 'c'.repeat(64), kind: 'birth' as const };
  const doubtful = { value: 'Lê Thị Kiều', raw: 'Lê Thị Kiểu', source: 'ocr' as const, confidence: 62, lowConfidence: true as const, box: { x: 1, y: 2, width: 3, height: 4 } };
  const read: OcrDraft = { index: 0, entryNo: '7', fields: { 'registration.number': { value: '7', raw: '7', source: 'ocr', confidence: 95 }, 'child.fullName': doubtful } };
  const none = () => [];

  async function withDraft() {
    const db = await bookDatabase();
    await addPage(db, page.bookId, pageInfo(page.pageId, 'p.jpg'));
    const [draft] = (await createOcrDrafts(db, page, [read])).created;
    return { db, draft: draft! };
  }

  it('refuses to verify while a doubtful reading is unchecked, and changes nothing', async () => {
    const { db, draft } = await withDraft();
    const error = await verifyEntry(db, draft.id, 'clerk', none).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('entry-unchecked');
    expect(await db.entries.get(draft.id)).toEqual(draft);
    expect(await db.outbox.count()).toBe(0);
  });

  it('verifies once the clerk accepted the reading as read: OCR-confirmed, audited as such', async () => {
    const { db, draft } = await withDraft();
    const saved = await saveEntry(db, { id: draft.id, ...page, typed: { 'registration.number': '7', 'child.fullName': 'Lê Thị Kiều' }, confirmed: ['child.fullName'] }, 'clerk');
    expect(saved.fields['child.fullName']).toEqual({ ...doubtful, confirmed: true });
    expect((await entryHistory(db, draft.id))[1]!.changes).toEqual([{ field: 'child.fullName', before: doubtful, after: { ...doubtful, confirmed: true } }]);
    expect(await verifyEntry(db, draft.id, 'clerk', none)).toMatchObject({ status: 'verified' });
  });

  it('verifies anyway when asked, naming the fields left unchecked in the audit row', async () => {
    const { db, draft } = await withDraft();
    await verifyEntry(db, draft.id, 'clerk', none, { anyway: true });
    const history = await entryHistory(db, draft.id);
    expect(history.at(-1)).toMatchObject({ action: 'verify', actor: 'clerk', unchecked: ['child.fullName'] });
  });

  it('gives a cleared doubtful reading back as OCR’s when it is put back, never as typed', async () => {
    const { db, draft } = await withDraft();
    const cleared = await saveEntry(db, { id: draft.id, ...page, typed: { 'registration.number': '7', 'child.fullName': '' } }, 'clerk');
    expect(cleared.fields['child.fullName']).toBeUndefined();
    const back = await saveEntry(db, { id: draft.id, ...page, typed: { 'registration.number': '7', 'child.fullName': 'Lê Thị Kiều' } }, 'clerk');
    expect(back.fields['child.fullName']).toEqual({ ...doubtful, confirmed: true });
  });

  it('keeps on the page where its entries stand, written with each of them', async () => {
    const { db, draft } = await withDraft();
    expect((await db.pages.get(page.pageId))!.keying).toMatchObject({ entries: 1, unchecked: 1, drafts: 1 });
    await saveEntry(db, { id: draft.id, ...page, typed: { 'registration.number': '7', 'child.fullName': 'Lê Thị Kiều' }, confirmed: ['child.fullName'] }, 'clerk');
    expect((await db.pages.get(page.pageId))!.keying).toMatchObject({ unchecked: 0, drafts: 1, verified: 0 });
    await verifyEntry(db, draft.id, 'clerk', none);
    expect((await db.pages.get(page.pageId))!.keying).toMatchObject({ unchecked: 0, drafts: 0, verified: 1 });
  });
});

describe('entries repository: deleting an entry', () => {
  const complete = {
    'registration.number': '390', 'registration.date': '12/06/2003', 'child.fullName': 'Hoàng Văn Sỹ Thực',
    'child.sex': 'Nam', 'child.birthDate': '06/06/2003', 'child.birthPlace': 'xã Thạnh Trị',
  };
  const none = () => [];
  async function onPage() {
    const db = await bookDatabase();
    await addPage(db, 'book-1', pageInfo(base.pageId, 'p1.jpg'));
    return db;
  }

  it('deletes an entry with its reason in the audit (who, when, why, the fields it held), leaves the list and updates its page', async () => {
    const db = await onPage();
    const kept = await saveEntry(db, { ...base, typed: { ...complete, 'registration.number': '391' } }, 'clerk-1');
    const twice = await saveEntry(db, { ...base, typed: complete }, 'clerk-1');
    expect((await db.pages.get(base.pageId))!.keying).toMatchObject({ entries: 2 });
    await deleteEntry(db, twice.id, '  Trùng '.normalize('NFD'), 'clerk-2');
    expect(await db.entries.get(twice.id)).toBeUndefined();
    expect(await db.entries.get(kept.id)).toEqual(kept);
    const last = (await entryHistory(db, twice.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'delete', actor: 'clerk-2', reason: 'Trùng' });
    expect(Date.now() - Date.parse(last.at)).toBeLessThan(60_000);
    expect(last.changes.map((c) => c.field)).toContain('child.fullName');
    expect(await db.entryRows.where('id').equals(twice.id).first()).toMatchObject({ deleted: true });
    expect((await db.pages.get(base.pageId))!.keying).toMatchObject({ entries: 1 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses to delete without a reason, in both languages, and keeps the entry', async () => {
    const db = await onPage();
    const entry = await saveEntry(db, { ...base, typed: complete }, 'clerk-1');
    const error = await deleteEntry(db, entry.id, '   ', 'clerk-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'entry-delete-reason', vi: expect.stringContaining('lý do') as string, en: expect.stringContaining('reason') as string });
    expect(await db.entries.get(entry.id)).toEqual(entry);
    expect((await entryHistory(db, entry.id)).map((h) => h.action)).toEqual(['create']);
  });

  it('takes a verified entry never sent out of the outbox, with no withdrawal', async () => {
    const db = await onPage();
    const entry = await saveEntry(db, { ...base, typed: complete }, 'clerk-1');
    await verifyEntry(db, entry.id, 'clerk-1', none);
    expect(await db.outbox.count()).toBe(1);
    await deleteEntry(db, entry.id, 'Nhập nhầm', 'clerk-1');
    expect(await db.outbox.count()).toBe(0);
  });

  it('queues a withdrawal after a revision that was tried or stored, in the deletion\'s transaction, as the next revision', async () => {
    const db = await onPage();
    const entry = await saveEntry(db, { ...base, typed: complete }, 'clerk-1');
    const verified = await verifyEntry(db, entry.id, 'clerk-1', none);
    await db.outbox.toCollection().modify({ state: 'done', attempts: 1 });
    await deleteEntry(db, entry.id, 'Trang sai', 'clerk-1');
    const rows = await db.outbox.where('entryId').equals(entry.id).toArray();
    expect(rows).toHaveLength(2);
    const withdrawal = rows.find((row) => row.state === 'pending')!;
    expect(withdrawal).toMatchObject({ revision: verified.revision + 1, attempts: 0, payload: { action: 'withdraw', entryId: entry.id, revision: verified.revision + 1, reason: 'Trang sai', opId: withdrawal.opId } });
  });

  it('withdraws a synced entry that has no outbox row left (as a book restored from the data folder has none)', async () => {
    const db = await onPage();
    const entry = await saveEntry(db, { ...base, typed: complete }, 'clerk-1');
    await db.entries.update(entry.id, { status: 'synced' });
    await deleteEntry(db, entry.id, 'Trùng', 'clerk-1');
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ entryId: entry.id, revision: entry.revision + 1, payload: expect.objectContaining({ action: 'withdraw' }) as unknown })]);
  });
});
