// A batch between two PCs, each with its own IndexedDB (fake-indexeddb): the supervisor's exports a work
// package, the operator's takes it in and keys it, its result comes back and is merged, once; what both
// PCs changed is listed, never overwritten; and every refusal leaves the book as it was.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SohoaDatabase } from '../../../renderer/db/database.ts';
import { deleteEntry, saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { assignPass, saveKeying } from '../../../renderer/db/team-repository.ts';
import { exportResult, exportWorkPackage, importPackage, settleConflict, type MergedResult } from '../../../renderer/db/work-package-repository.ts';
import { rejection } from '../../support/app-errors.ts';
import { completeBirth } from '../support/books.ts';
import { hoa, lan, minh, pc, scanSha, supervisorPc } from '../support/two-pcs.ts';

async function counts(db: SohoaDatabase) {
  return { entries: await db.entries.count(), audit: await db.audit.count(), outbox: await db.outbox.count(), keyings: await db.keyings.count(), batches: JSON.stringify(await db.batches.toArray()) };
}

const noBlockers = () => [];

describe('work packages between PCs', () => {
  it('takes a batch to the operator\'s PC, and its keyed result back into the book, once', async () => {
    const { office, book, batch, entries } = await supervisorPc();
    const [an, binh] = entries;
    const sent = await exportWorkPackage(office.db, batch.id, 'A', office.maker(hoa), office.image);
    expect(sent.fileName).toBe('sohoa-goi-cong-viec-xa-binh-lap-q01-lo1-luotA.zip');

    const home = pc();
    const received = await importPackage(home.db, sent.bytes, home.taker(null));
    expect(received).toMatchObject({ kind: 'work', pages: 2, entries: 2 });
    expect(home.people.map((p) => p.fullName)).toEqual(['Nguyễn Thị Hoa', 'Trần Văn Minh']);
    expect([...home.images.keys()].sort()).toEqual([scanSha(1), scanSha(2)].sort());
    expect(await home.db.books.get(book.id)).toMatchObject({ received: { from: hoa.id } });
    expect(await home.db.batches.get(batch.id)).toMatchObject({ passA: minh.id, passB: null, received: { pass: 'A', entryIds: expect.arrayContaining([an!.id, binh!.id]) as unknown } });
    expect((await home.db.extractions.get(scanSha(1)))?.draftIds).toEqual([an!.id, binh!.id]);
    // taken in twice, nothing is there twice
    await importPackage(home.db, sent.bytes, home.taker(null));
    expect(await home.db.entries.count()).toBe(2);

    // the operator keys the batch: corrects a name and verifies, deletes a duplicate, adds an entry of page 2
    await saveEntry(home.db, { id: an!.id, bookId: book.id, pageId: an!.pageId, kind: 'birth', typed: { 'registration.number': '12', 'child.fullName': 'Lê Văn Ân', 'child.sex': 'Nam' } }, minh.id);
    await verifyEntry(home.db, an!.id, minh.id, noBlockers);
    await deleteEntry(home.db, binh!.id, 'trùng với mục 12', minh.id);
    const added = await saveEntry(home.db, { bookId: book.id, pageId: scanSha(2), kind: 'birth', typed: { 'registration.number': '14', 'child.fullName': 'Đỗ Minh Châu' } }, minh.id);
    // only the supervisor's PC sends the book to the civil-status database
    expect(await home.db.outbox.count()).toBe(0);

    const result = await exportResult(home.db, batch.id, home.maker(minh));
    expect(result.fileName).toBe('sohoa-ket-qua-xa-binh-lap-q01-lo1-luotA.zip');
    const merged = await importPackage(office.db, result.bytes, office.taker(hoa));
    expect(merged).toMatchObject({ kind: 'result', added: 1, updated: 1, deleted: 1, verified: 1, conflicts: [] });

    const an2 = await office.db.entries.get(an!.id);
    expect(an2).toMatchObject({ status: 'verified', fields: { 'child.fullName': { value: 'Lê Văn Ân' } } });
    expect(await office.db.entries.get(binh!.id)).toBeUndefined();
    expect(await office.db.entries.get(added.id)).toMatchObject({ updatedBy: minh.id, pageId: scanSha(2) });
    expect((await office.db.outbox.toArray()).map((row) => [row.entryId, row.revision])).toEqual([[an!.id, an2!.revision]]);
    const history = await office.db.audit.where('entityId').equals(an!.id).sortBy('at');
    expect(history.map((row) => [row.action, row.actor])).toEqual([['create', 'ocr'], ['update', minh.id], ['verify', minh.id]]);
    const deletion = await office.db.audit.where('entityId').equals(binh!.id).filter((row) => row.action === 'delete').toArray();
    expect(deletion.map((row) => [row.actor, row.reason])).toEqual([[minh.id, 'trùng với mục 12']]);

    // the same result again changes nothing
    const before = await counts(office.db);
    const again = await importPackage(office.db, result.bytes, office.taker(hoa));
    expect(again).toMatchObject({ added: 0, updated: 0, deleted: 0, verified: 0, conflicts: [] });
    expect(await counts(office.db)).toEqual(before);
  });

  it('lists an entry both PCs changed, keeps the book\'s until the supervisor decides, and takes theirs when told', async () => {
    const { office, book, batch, entries } = await supervisorPc();
    const [an] = entries;
    const sent = await exportWorkPackage(office.db, batch.id, 'A', office.maker(hoa), office.image);
    const home = pc();
    await importPackage(home.db, sent.bytes, home.taker(null));
    await saveEntry(home.db, { id: an!.id, bookId: book.id, pageId: an!.pageId, kind: 'birth', typed: { 'registration.number': '12', 'child.fullName': 'Lê Văn Ân', 'child.sex': 'Nam' } }, minh.id);
    await saveEntry(office.db, { id: an!.id, bookId: book.id, pageId: an!.pageId, kind: 'birth', typed: { 'registration.number': '12', 'child.fullName': 'Lê Văn Anh', 'child.sex': 'Nam' } }, hoa.id);
    const result = await exportResult(home.db, batch.id, home.maker(minh));

    const merged = (await importPackage(office.db, result.bytes, office.taker(hoa))) as MergedResult;
    expect(merged.conflicts).toHaveLength(1);
    const conflict = merged.conflicts[0]!;
    expect(conflict.kind === 'entry' && [conflict.ours?.fields['child.fullName']?.value, conflict.theirs?.fields['child.fullName']?.value]).toEqual(['Lê Văn Anh', 'Lê Văn Ân']);
    expect((await office.db.entries.get(an!.id))?.fields['child.fullName']?.value).toBe('Lê Văn Anh');

    expect(await settleConflict(office.db, merged.manifest, conflict, 'theirs', hoa, office.taker(hoa).numbering)).toEqual([]);
    const taken = await office.db.entries.get(an!.id);
    expect(taken).toMatchObject({ updatedBy: hoa.id, fields: { 'child.fullName': { value: 'Lê Văn Ân' } } });
    expect(taken!.revision).toBeGreaterThan(Math.max(conflict.kind === 'entry' ? conflict.ours!.revision : 0, 2));
    const last = (await office.db.audit.where('entityId').equals(an!.id).sortBy('at')).at(-1);
    expect(last).toMatchObject({ action: 'update', actor: hoa.id, changes: [{ field: 'child.fullName' }] });
    // decided: the same result is not asked about again
    expect(((await importPackage(office.db, result.bytes, office.taker(hoa))) as MergedResult).conflicts).toEqual([]);
  });

  it('sends pass B only where each field was read, verifies the entries its keyings agree with, and says which errors keep back', async () => {
    const { office, book, batch, entries } = await supervisorPc({ double: true });
    const [an, binh] = entries;
    // pass A keys each entry whole, as verifying needs it
    for (const entry of entries) {
      // Bình's birth date is one no calendar has: her passes agree, and the date keeps her back
      const typed = completeBirth(1985, { 'registration.number': entry.entryNo, 'child.fullName': entry.fields['child.fullName']!.value, ...(entry.id === binh!.id ? { 'child.birthDate': '31/02/1985' } : {}) });
      await saveEntry(office.db, { id: entry.id, bookId: book.id, pageId: entry.pageId, kind: 'birth', typed }, lan.id);
      await verifyEntry(office.db, entry.id, lan.id, noBlockers);
    }
    const sent = await exportWorkPackage(office.db, batch.id, 'B', office.maker(hoa), office.image);
    const text = Object.entries(unzipSync(sent.bytes)).filter(([path]) => path.endsWith('.json')).map(([, bytes]) => strFromU8(bytes)).join('\n');
    expect(text).not.toContain('Lê Văn An');
    expect(text).not.toContain('Phạm Thị Bình');

    const home = pc();
    await importPackage(home.db, sent.bytes, home.taker(null));
    await saveKeying(home.db, { batchId: batch.id, entryId: an!.id, field: 'child.fullName', value: 'Lê Văn An' }, minh.id);
    await saveKeying(home.db, { batchId: batch.id, entryId: binh!.id, field: 'child.fullName', value: 'Phạm Thị Bình' }, minh.id);
    // pass A of the same batch cannot come to the PC that types pass B blind
    const passA = await exportWorkPackage(office.db, batch.id, 'A', office.maker(hoa), office.image);
    expect((await rejection(importPackage(home.db, passA.bytes, home.taker(null)))).code).toBe('package-blind-here');

    const result = await exportResult(home.db, batch.id, home.maker(minh));
    const merged = await importPackage(office.db, result.bytes, office.taker(hoa));
    expect(merged).toMatchObject({ keyed: 2, verified: 1, conflicts: [] });
    expect((await office.db.entries.get(an!.id))?.status).toBe('verified');
    expect((await office.db.entries.get(binh!.id))).toMatchObject({ status: 'draft', passA: { by: lan.id } });
    expect((merged as MergedResult).heldBack).toEqual([expect.objectContaining({ code: 'entry-settled-not-verifiable' })]);
    expect((await office.db.keyings.toArray()).map((k) => [k.value, k.by]).sort()).toEqual([['Lê Văn An', minh.id], ['Phạm Thị Bình', minh.id]]);
  });

  it('refuses, changing nothing: its own book\'s package, a result for someone else\'s pass, for another PC\'s book, or from an operator', async () => {
    const { office, batch } = await supervisorPc();
    const sent = await exportWorkPackage(office.db, batch.id, 'A', office.maker(hoa), office.image);
    expect((await rejection(importPackage(office.db, sent.bytes, office.taker(hoa)))).code).toBe('package-own-book');

    const home = pc();
    await importPackage(home.db, sent.bytes, home.taker(null));
    const result = await exportResult(home.db, batch.id, home.maker(minh));
    expect((await rejection(importPackage(office.db, result.bytes, office.taker(minh)))).code).toBe('package-result-role');
    const elsewhere = pc();
    const other = await rejection(importPackage(elsewhere.db, result.bytes, elsewhere.taker(hoa)));
    expect(other.code).toBe('package-other-book');
    expect(other.vi).toContain('xã Bình Lập');

    await assignPass(office.db, batch.id, 'A', lan);
    const before = await counts(office.db);
    const refused = await rejection(importPackage(office.db, result.bytes, office.taker(hoa)));
    expect(refused.code).toBe('package-not-assigned');
    expect(refused.vi).toContain('Trần Văn Minh');
    expect(await counts(office.db)).toEqual(before);
  });

  it('refuses a result for a pass that never left this PC in a package', async () => {
    const { office, batch } = await supervisorPc();
    const sent = await exportWorkPackage(office.db, batch.id, 'A', office.maker(hoa), office.image);
    const home = pc();
    await importPackage(home.db, sent.bytes, home.taker(null));
    const result = await exportResult(home.db, batch.id, home.maker(minh));
    const { sent: _sent, ...unsent } = (await office.db.batches.get(batch.id))!;
    await office.db.batches.put(unsent);
    expect((await rejection(importPackage(office.db, result.bytes, office.taker(hoa)))).code).toBe('package-not-sent');
  });

  it('refuses a package of an edition this SoHoa does not have, and a pass B with no entries to key yet', async () => {
    const { office, book, batch } = await supervisorPc({ double: true });
    await office.db.books.put({ ...book, templateId: 'birth-form-2031' });
    const sent = await exportWorkPackage(office.db, batch.id, 'A', office.maker(hoa), office.image);
    const home = pc();
    const unknown = await rejection(importPackage(home.db, sent.bytes, home.taker(null)));
    expect(unknown.code).toBe('package-edition-unknown');
    expect(unknown.vi).toContain('"birth-form-2031"');
    expect(await home.db.books.count()).toBe(0);
    expect(home.images.size).toBe(0);

    await office.db.entries.clear();
    const empty = await rejection(exportWorkPackage(office.db, batch.id, 'B', office.maker(hoa), office.image));
    expect(empty.code).toBe('package-nothing-to-key');
    expect((await office.db.batches.get(batch.id))?.sent?.B).toBeUndefined();
  });
});
