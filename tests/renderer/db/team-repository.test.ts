// A team's work on a book in IndexedDB (fake-indexeddb): policy, batches, assignments and the blind pass's
// keyings, each reaching the data folder's journal outbox in its own transaction.
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../renderer/db/books-repository.ts';
import { saveEntry, verifyEntry, verifySettled } from '../../../renderer/db/entries-repository.ts';
import { pendingJournal, restoreJournalRecords } from '../../../renderer/db/journal-repository.ts';
import { addPage } from '../../../renderer/db/pages-repository.ts';
import { assignPass, bookBatches, createBatches, decide, saveKeying, setKeyingPolicy } from '../../../renderer/db/team-repository.ts';
import { bookNumberingErrors } from '../../../renderer/features/workspace/use-registration-findings.ts';
import type { AppError } from '../../../shared/api/app-error.ts';
import { keyingPolicyOf } from '../../../shared/team/keying-policy.ts';
import type { Profile } from '../../../shared/team/profile.ts';
import { completeBirth } from '../support/books.ts';
import { pageInfo } from '../support/page-extraction.ts';
import { freshDatabase } from '../support/render-app.tsx';

const person = (id: string, role: Profile['role'] = 'operator'): Profile => ({ id, fullName: `Người ${id}`, role, hasPin: false, createdAt: 'x' });
const sha = (n: number) => n.toString(16).padStart(64, '0');

async function bookOfPages(count: number) {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  for (let i = 1; i <= count; i++) await addPage(db, book.id, pageInfo(sha(i), `p${i}.jpg`));
  return { db, book };
}

describe('team repository', () => {
  it('keeps a book\'s keying policy, its key fields in form order, OCR + verification by default', async () => {
    const { db, book } = await bookOfPages(0);
    expect(keyingPolicyOf(book)).toEqual({ mode: 'ocr-verify' });
    const changed = await setKeyingPolicy(db, book.id, { mode: 'double', keyFields: ['registration.number', 'child.fullName', 'not.a.field'] });
    expect(changed.keying).toEqual({ mode: 'double', keyFields: ['child.fullName', 'registration.number'] });
    expect(keyingPolicyOf((await db.books.get(book.id))!)).toEqual(changed.keying);
  });

  it('splits the pages in no batch yet, numbering on from the last batch, and refuses a bad split making nothing', async () => {
    const { db, book } = await bookOfPages(5);
    const first = await createBatches(db, book.id, { mode: 'ranges', ranges: [{ from: 1, to: 2 }] }, 'sup');
    expect(first.map((b) => [b.number, b.pageIds])).toEqual([[1, [sha(1), sha(2)]]]);
    const rest = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 2 }, 'sup');
    expect(rest.map((b) => [b.number, b.pageIds.length, b.createdBy])).toEqual([[2, 2, 'sup'], [3, 1, 'sup']]);
    await expect(createBatches(db, book.id, { mode: 'size', pagesPerBatch: 2 }, 'sup')).rejects.toMatchObject({ code: 'batch-no-pages' });
    expect((await bookBatches(db, book.id)).map((b) => b.number)).toEqual([1, 2, 3]);
    const journal = await pendingJournal(db, 100);
    expect(journal.records.filter((r) => r.store === 'batches')).toHaveLength(3);
  });

  it('gives pass A and pass B to two different people, pass B only under double keying', async () => {
    const { db, book } = await bookOfPages(2);
    const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 2 }, 'sup');
    await assignPass(db, batch!.id, 'A', person('lan'));
    await expect(assignPass(db, batch!.id, 'B', person('minh'))).rejects.toMatchObject({ code: 'assign-no-pass-b' });
    await setKeyingPolicy(db, book.id, { mode: 'double', keyFields: ['child.fullName'] });
    await expect(assignPass(db, batch!.id, 'B', person('lan'))).rejects.toMatchObject({ code: 'assign-same-person' });
    const assigned = await assignPass(db, batch!.id, 'B', person('minh'));
    expect([assigned.passA, assigned.passB]).toEqual(['lan', 'minh']);
    expect((await assignPass(db, batch!.id, 'A', null)).passA).toBeNull();
  });

  it('keeps what the blind pass typed, NFC, once per field, and only from the person given pass B', async () => {
    const { db, book } = await bookOfPages(1);
    await setKeyingPolicy(db, book.id, { mode: 'double', keyFields: ['child.fullName'] });
    const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 1 }, 'sup');
    await assignPass(db, batch!.id, 'A', person('lan'));
    await assignPass(db, batch!.id, 'B', person('minh'));
    const entry = await saveEntry(db, { bookId: book.id, pageId: sha(1), kind: 'birth', typed: { 'child.fullName': 'Lê Văn An' } }, 'lan');
    await expect(saveKeying(db, { batchId: batch!.id, entryId: entry.id, field: 'child.fullName', value: 'Lê Văn An' }, 'lan')).rejects.toMatchObject({ code: 'keying-not-assigned' });
    await saveKeying(db, { batchId: batch!.id, entryId: entry.id, field: 'child.fullName', value: '  Le\u0302 Văn  Ấn ' }, 'minh');
    const again = await saveKeying(db, { batchId: batch!.id, entryId: entry.id, field: 'child.fullName', value: 'Lê Văn An' }, 'minh');
    expect(await db.keyings.toArray()).toEqual([again]);
    expect(again).toMatchObject({ value: 'Lê Văn An', by: 'minh', bookId: book.id });
    const illegible = await saveKeying(db, { batchId: batch!.id, entryId: entry.id, field: 'child.personalId', value: 'ignored', mark: 'illegible' }, 'minh');
    expect(illegible).toMatchObject({ value: '', mark: 'illegible' });
    const journal = await pendingJournal(db, 100);
    expect(journal.records.filter((r) => r.store === 'keyings').map((r) => r.key).sort()).toEqual([`${entry.id}|child.fullName`, `${entry.id}|child.personalId`]);
  });
});

describe('a team\'s work through the data folder', () => {
  it('restores a book\'s batches and keyings into an empty profile, and nothing twice', async () => {
    const { db, book } = await bookOfPages(1);
    await setKeyingPolicy(db, book.id, { mode: 'double', keyFields: ['child.fullName'] });
    const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 1 }, 'sup');
    await assignPass(db, batch!.id, 'B', person('minh'));
    const entry = await saveEntry(db, { bookId: book.id, pageId: sha(1), kind: 'birth', typed: { 'child.fullName': 'Lê Văn An' } }, 'lan');
    await saveKeying(db, { batchId: batch!.id, entryId: entry.id, field: 'child.fullName', value: 'Lê Văn Ân' }, 'minh');
    const { records } = await pendingJournal(db, 1000);

    const fresh = freshDatabase();
    expect(await restoreJournalRecords(fresh, records)).toMatchObject({ books: 1, batches: 1, keyings: 1 });
    expect(await fresh.batches.toArray()).toEqual(await db.batches.toArray());
    expect(await fresh.keyings.toArray()).toEqual(await db.keyings.toArray());
    expect((await fresh.books.get(book.id))!.keying).toEqual({ mode: 'double', keyFields: ['child.fullName'] });
    expect(await restoreJournalRecords(fresh, records)).toMatchObject({ books: 0, batches: 0, keyings: 0 });
  });
});

describe('double keying to a verified entry', () => {
  const checker = person('kiem', 'checker');
  const noBlockers = () => [];

  async function doubleKeyed(keyFields = ['child.fullName', 'registration.number']) {
    const { db, book } = await bookOfPages(1);
    await setKeyingPolicy(db, book.id, { mode: 'double', keyFields });
    const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 1 }, 'sup');
    await assignPass(db, batch!.id, 'A', person('lan'));
    await assignPass(db, batch!.id, 'B', person('minh'));
    const entry = await saveEntry(db, { bookId: book.id, pageId: sha(1), kind: 'birth', typed: completeBirth(1985, { 'registration.number': '12' }) }, 'lan');
    // what the screens do after each keying or decision
    const settle = (actor: string) => verifySettled(db, entry.id, actor, (settled) => bookNumberingErrors(db)(settled, entry.id));
    const key = async (field: string, value: string) => {
      await saveKeying(db, { batchId: batch!.id, entryId: entry.id, field, value }, 'minh');
      await settle('minh');
    };
    return { db, book, batch: batch!, entry, key, settle };
  }

  it('keeps pass A waiting while pass B has not keyed, and verifies the entry, queued, when pass B agrees', async () => {
    const { db, entry, key } = await doubleKeyed();
    const waiting = await verifyEntry(db, entry.id, 'lan', noBlockers);
    expect(waiting).toMatchObject({ status: 'draft', passA: { by: 'lan' } });
    expect(await db.outbox.count()).toBe(0);
    await key('child.fullName', 'LÊ VĂN AN');
    expect((await db.entries.get(entry.id))!.status).toBe('draft');
    await key('registration.number', '12');
    const verified = (await db.entries.get(entry.id))!;
    expect(verified.status).toBe('verified');
    expect(verified.passA).toBeUndefined();
    expect(await db.outbox.where('entryId').equals(entry.id).count()).toBe(1);
    const history = await db.audit.where('entityId').equals(entry.id).sortBy('at');
    expect(history.map((row) => [row.action, row.actor])).toEqual([['create', 'lan'], ['pass-a', 'lan'], ['verify', 'minh']]);
  });

  it('verifies at once when pass B had already agreed', async () => {
    const { db, entry, key } = await doubleKeyed();
    await key('child.fullName', 'Lê Văn An');
    await key('registration.number', '12');
    expect((await verifyEntry(db, entry.id, 'lan', noBlockers)).status).toBe('verified');
  });

  it('sends a difference to a checker, whose decision keeps both passes and verifies the entry', async () => {
    const { db, entry, key, settle } = await doubleKeyed();
    await verifyEntry(db, entry.id, 'lan', noBlockers);
    await key('child.fullName', 'Lê Văn Ân');
    await key('registration.number', '12');
    expect((await db.entries.get(entry.id))!.status).toBe('draft');

    await decide(db, { entryId: entry.id, field: 'child.fullName', choice: 'B' }, checker);
    await settle(checker.id);
    const after = (await db.entries.get(entry.id))!;
    expect(after.status).toBe('verified');
    expect(after.fields['child.fullName']).toMatchObject({ value: 'Lê Văn Ân', source: 'typed' });
    expect(await db.decisions.toArray()).toEqual([expect.objectContaining({ field: 'child.fullName', a: { value: 'Lê Văn An' }, b: { value: 'Lê Văn Ân' }, chosen: { value: 'Lê Văn Ân' }, choice: 'B', by: 'kiem' })]);
    const decided = (await db.audit.where('entityId').equals(entry.id).toArray()).find((row) => row.action === 'decide')!;
    expect(decided).toMatchObject({ actor: 'kiem', decision: { field: 'child.fullName', a: { value: 'Lê Văn An' }, b: { value: 'Lê Văn Ân' }, choice: 'B' } });
    expect(decided.changes).toEqual([expect.objectContaining({ field: 'child.fullName' })]);
  });

  it('lets a checker type a third value, and refuses to let anyone who keyed a pass, or an operator, decide', async () => {
    const { db, entry, key, settle } = await doubleKeyed();
    await key('child.fullName', 'Lê Văn Ân');
    for (const who of [person('lan', 'checker'), person('minh', 'supervisor'), person('op')]) {
      await expect(decide(db, { entryId: entry.id, field: 'child.fullName', choice: 'A' }, who)).rejects.toMatchObject({ code: 'arbitrate-not-allowed' });
    }
    expect(await db.decisions.count()).toBe(0);
    await decide(db, { entryId: entry.id, field: 'child.fullName', choice: 'typed', typed: { value: 'Lê  Văn Anh' } }, checker);
    await settle(checker.id);
    expect((await db.entries.get(entry.id))!.fields['child.fullName']?.value).toBe('Lê Văn Anh');
    // pass A was not done: the entry waits for its operator
    expect((await db.entries.get(entry.id))!.status).toBe('draft');
  });

  it('takes pass A back when its operator changes the entry', async () => {
    const { db, entry } = await doubleKeyed();
    await verifyEntry(db, entry.id, 'lan', noBlockers);
    const changed = await saveEntry(db, { id: entry.id, bookId: entry.bookId, pageId: entry.pageId, kind: 'birth', typed: completeBirth(1985, { 'child.fullName': 'Lê Văn Anh', 'registration.number': '12' }) }, 'lan');
    expect(changed.passA).toBeUndefined();
  });

  it('keeps a settled entry a draft with its pass A while the value a checker typed is an error, names its field, and queues nothing', async () => {
    const { db, entry, key, settle } = await doubleKeyed(['child.fullName', 'child.birthDate']);
    await verifyEntry(db, entry.id, 'lan', noBlockers);
    await key('child.fullName', 'Lê Văn An');
    await key('child.birthDate', '07/06/1985');
    await decide(db, { entryId: entry.id, field: 'child.birthDate', choice: 'typed', typed: { value: '31/02/1985' } }, checker);
    const refusal = await settle(checker.id).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'entry-settled-not-verifiable' });
    expect((refusal as AppError).vi).toContain('mục số 12');
    expect((refusal as AppError).vi).toContain('(Ngày, tháng, năm sinh)');
    expect((refusal as AppError).en).toContain('(Date of birth)');
    expect(await db.entries.get(entry.id)).toMatchObject({ status: 'draft', passA: { by: 'lan' }, fields: { 'child.birthDate': { value: '31/02/1985' } } });
    expect((await db.audit.where('entityId').equals(entry.id).toArray()).map((row) => row.action)).not.toContain('verify');
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps a settled entry back while the number a decision gave it is another entry\'s that year', async () => {
    const { db, book, entry, key, settle } = await doubleKeyed();
    await saveEntry(db, { bookId: book.id, pageId: sha(1), kind: 'birth', typed: completeBirth(1985, { 'child.fullName': 'Trần Thị Bé', 'registration.number': '13' }) }, 'lan');
    await verifyEntry(db, entry.id, 'lan', noBlockers);
    await key('child.fullName', 'Lê Văn An');
    await key('registration.number', '13');
    await decide(db, { entryId: entry.id, field: 'registration.number', choice: 'B' }, checker);
    await expect(settle(checker.id)).rejects.toMatchObject({ code: 'entry-settled-not-verifiable', vi: expect.stringContaining('(Số)') as unknown });
    expect(await db.entries.get(entry.id)).toMatchObject({ status: 'draft', passA: { by: 'lan' }, entryNo: '13' });
  });
});
