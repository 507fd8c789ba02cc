// Lots and their audits in IndexedDB (fake-indexeddb): a lot of verified entries is audited on a sample
// drawn from its seed; from its first audit its entries are held from sync; rejected, they stay held;
// audited again and accepted, they are queued to be sent. Lots reach the data folder's journal, and a
// restored lot still holds its entries.
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../renderer/db/books-repository.ts';
import type { SohoaDatabase } from '../../../renderer/db/database.ts';
import { deleteEntry, saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { retryRow } from '../../../renderer/db/outbox-repository.ts';
import { pendingJournal, restoreJournalRecords } from '../../../renderer/db/journal-repository.ts';
import { beginAudit, createLot, decideAudit, keyedBy, recheckEntry, rechecks, recordReview } from '../../../renderer/db/lots-repository.ts';
import { samplingPlan } from '../../../shared/audit/sampling-plan.ts';
import type { Finding } from '../../../shared/audit/lot-audit.ts';
import { rejection } from '../../support/app-errors.ts';
import { completeBirth } from '../support/books.ts';
import { freshDatabase } from '../support/render-app.tsx';

const setup = { aql: 6.5, level: 'II', severity: 'normal', counting: 'nonconforming-entries' as const };
const wrongName: Omit<Finding, 'entryId'> = { field: 'child.fullName', found: { value: 'Lê Văn Au' }, right: { value: 'Lê Văn An' } };

async function bookOfVerified(count: number) {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const entry = await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: completeBirth(1985, { 'registration.number': String(i) }) }, 'lan');
    await verifyEntry(db, entry.id, 'lan', () => []);
    ids.push(entry.id);
  }
  return { db, book, ids };
}

const queued = async (db: SohoaDatabase) => (await db.outbox.toArray()).map((row) => `${row.entryId}@${row.revision}`).sort();
const current = async (db: SohoaDatabase, ids: readonly string[]) => (await db.entries.bulkGet([...ids])).map((entry) => `${entry!.id}@${entry!.revision}`).sort();

describe('lots and their audits', () => {
  it('holds a lot from its first audit, keeps it held when rejected, and queues its entries once accepted', async () => {
    const { db, book, ids } = await bookOfVerified(20);
    expect(await db.outbox.count()).toBe(20);
    const lot = await createLot(db, book.id, { kind: 'book' }, 'contract', 'hoa');
    expect(lot.entryIds).toEqual([...ids].sort());

    const first = await beginAudit(db, lot.id, setup, '0badc0de', 'hoa');
    const plan = samplingPlan({ lotSize: 20, aql: 6.5 });
    expect(first.plan).toMatchObject({ codeLetter: plan.codeLetter, sampleSize: plan.sampleSize, ac: plan.ac, re: plan.re });
    // what waited to be sent is withdrawn; an entry changed and verified again meanwhile is not queued
    expect(await db.outbox.count()).toBe(0);
    await saveEntry(db, { id: ids[0]!, bookId: book.id, pageId: null, kind: 'birth', typed: completeBirth(1985, { 'registration.number': '1', 'child.fullName': 'Lê Văn Anh' }) }, 'lan');
    await verifyEntry(db, ids[0]!, 'lan', () => []);
    expect(await db.outbox.count()).toBe(0);
    await expect(beginAudit(db, lot.id, setup, '12345678', 'hoa')).rejects.toMatchObject({ code: 'audit-open' });

    // not decided while sampled entries are left and Re is not reached
    await recordReview(db, first.id, first.sample[0]!, { fields: ['child.fullName', 'child.birthDate'], findings: [wrongName] });
    const early = await rejection(decideAudit(db, first.id, 'hoa'));
    expect(early.code).toBe('audit-not-complete');
    expect(early.vi).toContain(`còn ${first.sample.length - 1} mục`);
    for (const entryId of first.sample.slice(1, plan.re)) await recordReview(db, first.id, entryId, { fields: ['child.fullName', 'child.birthDate'], findings: [wrongName] });
    expect((await decideAudit(db, first.id, 'hoa')).decision).toMatchObject({ outcome: 'rejected', defects: plan.re, by: 'hoa' });
    expect(await db.outbox.count()).toBe(0);

    // back to its operators: no new audit until every entry of the lot is gone through again
    const notYet = await rejection(beginAudit(db, lot.id, setup, 'feedface', 'hoa'));
    expect(notYet.code).toBe('recheck-not-done');
    expect(notYet.vi).toBe(`Lô ${lot.number} không đạt và còn 20 mục chưa được soát lại: người nhập liệu soát lại toàn bộ lô trước, rồi mới kiểm tra chọn mẫu lần mới.`);
    // the entry the audit corrected was verified again by the supervisor: it still goes back to who keyed it
    await saveEntry(db, { id: ids[0]!, bookId: book.id, pageId: null, kind: 'birth', typed: completeBirth(1985, { 'registration.number': '1', 'child.fullName': 'Lê Văn Ân' }) }, 'hoa');
    await verifyEntry(db, ids[0]!, 'hoa', () => []);
    expect(await keyedBy(db, ids, lot.createdAt)).toEqual(new Map(ids.map((id) => [id, 'lan'])));
    for (const id of ids.slice(1)) expect(await recheckEntry(db, id, 'lan')).toBe(1);
    // one corrected during the re-check is a draft until verified again, and only then counts
    await saveEntry(db, { id: ids[0]!, bookId: book.id, pageId: null, kind: 'birth', typed: completeBirth(1985, { 'registration.number': '1', 'child.fullName': 'Lê Văn An' }) }, 'lan');
    expect((await rejection(recheckEntry(db, ids[0]!, 'lan'))).code).toBe('recheck-draft');
    expect((await rechecks(db, { bookId: book.id }))[0]!.left).toEqual([ids[0]]);
    await verifyEntry(db, ids[0]!, 'lan', () => []);
    await recheckEntry(db, ids[0]!, 'lan');
    expect(await rechecks(db, { entryId: ids[0]! })).toMatchObject([{ lot: { id: lot.id }, left: [] }]);
    expect(await db.outbox.count()).toBe(0);

    // audited again (a resubmission, its own sample) and accepted: every entry is queued, at its revision now
    const second = await beginAudit(db, lot.id, setup, 'feedface', 'hoa');
    expect(second.resubmitted).toBe(true);
    for (const entryId of second.sample) await recordReview(db, second.id, entryId, { fields: ['child.fullName', 'child.birthDate'], findings: [] });
    expect((await decideAudit(db, second.id, 'hoa')).decision?.outcome).toBe('accepted');
    expect(await queued(db)).toEqual(await current(db, ids));
  });

  it('leaves a row the server refused where it is, for a person to act on, while holding the rest', async () => {
    const { db, book } = await bookOfVerified(5);
    const [refused] = await db.outbox.toArray();
    await db.outbox.put({ ...refused!, state: 'attention', attempts: 1 });
    const lot = await createLot(db, book.id, { kind: 'book' }, 'contract', 'hoa');
    await beginAudit(db, lot.id, setup, '0badc0de', 'hoa');
    expect((await db.outbox.toArray()).map((row) => [row.opId, row.state])).toEqual([[refused!.opId, 'attention']]);
  });

  it('refuses a lot of fewer than 2 verified entries, and takes an operator\'s lot from what they verified in the period', async () => {
    const { db, book, ids } = await bookOfVerified(3);
    const other = await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: completeBirth(1985, { 'registration.number': '9' }) }, 'minh');
    await verifyEntry(db, other.id, 'minh', () => []);
    const today = new Date().toISOString().slice(0, 10);
    const lans = await createLot(db, book.id, { kind: 'operator', personId: 'lan', from: today, to: today }, 'lan', 'hoa');
    expect(lans.entryIds).toEqual([...ids].sort());
    const refused = await rejection(createLot(db, book.id, { kind: 'operator', personId: 'minh', from: today, to: today }, 'minh', 'hoa'));
    expect(refused.code).toBe('lot-too-small');
    expect(refused.vi).toContain('chỉ có 1 mục');
  });

  it('reaches the data folder\'s journal, and a lot restored while audited still holds its entries', async () => {
    const { db, book } = await bookOfVerified(5);
    const lot = await createLot(db, book.id, { kind: 'book' }, 'contract', 'hoa');
    await beginAudit(db, lot.id, setup, '0badc0de', 'hoa');
    const journal = await pendingJournal(db, 1000);
    expect(journal.records.filter((r) => r.store === 'lots' || r.store === 'lotAudits').map((r) => r.store).sort()).toEqual(['lotAudits', 'lots']);

    const fresh = freshDatabase();
    const counts = await restoreJournalRecords(fresh, journal.records);
    expect(counts).toMatchObject({ entries: 5, lots: 1, lotAudits: 1 });
    expect(await fresh.outbox.count()).toBe(0);
  });

  it('lets nobody delete an entry of a lot being audited, nor send again a refused row of a held entry, and goes through a sampled entry deleted during the re-check as it is', async () => {
    const { db, book, ids } = await bookOfVerified(5);
    const [refused] = await db.outbox.toArray();
    await db.outbox.put({ ...refused!, state: 'attention', attempts: 1 });
    const lot = await createLot(db, book.id, { kind: 'book' }, 'contract', 'hoa');
    const first = await beginAudit(db, lot.id, setup, '0badc0de', 'hoa');

    const refusal = await rejection(deleteEntry(db, ids[0]!, 'Trùng với mục số 2', 'lan'));
    expect(refusal.code).toBe('entry-in-audit');
    expect(refusal.vi).toBe(`Mục số 1 thuộc lô kiểm tra ${lot.number} đang được kiểm tra chọn mẫu: chỉ xóa được sau khi lô được kết luận. Chưa xóa gì.`);
    expect(await db.entries.count()).toBe(5);
    expect((await rejection(retryRow(db, refused!.opId, new Date()))).code).toBe('sync-held');
    expect((await db.outbox.get(refused!.opId))!.state).toBe('attention');

    // rejected, then one entry is deleted in the re-check: the next audit's sample holds it as gone through
    for (const entryId of first.sample) await recordReview(db, first.id, entryId, { fields: ['child.fullName'], findings: [wrongName] });
    await decideAudit(db, first.id, 'hoa');
    await deleteEntry(db, ids[0]!, 'Trùng với mục số 2', 'lan');
    for (const id of ids.slice(1)) await recheckEntry(db, id, 'lan');
    const second = await beginAudit(db, lot.id, setup, '0badc0de', 'hoa');
    expect(second.sample).toContain(ids[0]);
    expect(second.reviewed).toEqual([{ entryId: ids[0], fields: [] }]);
    for (const entryId of second.sample.filter((id) => id !== ids[0])) await recordReview(db, second.id, entryId, { fields: ['child.fullName'], findings: [] });
    expect((await decideAudit(db, second.id, 'hoa')).decision?.outcome).toBe('accepted');
  });
});
