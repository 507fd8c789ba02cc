// Work packages in the book's records (shared/team/work-package.ts): what a package of a batch holds, a
// package taken in on the operator's PC, a result made there, and a result merged on the supervisor's PC.
import { AppError } from '../../shared/api/app-error.ts';
import type { PageImage } from '../../shared/api/app-api.ts';
import type { AuditRow, Book, Entry, Page } from '../../shared/domain/entry.ts';
import { findEdition } from '../../shared/domain/editions.ts';
import { diffFields } from '../../shared/domain/field-changes.ts';
import type { Finding } from '../../shared/domain/validate-entry.ts';
import type { Batch, Pass, SentPass } from '../../shared/team/batches.ts';
import { blindEntry, planEntryMerge, planKeyingMerge, type MergeBase } from '../../shared/team/package-merge.ts';
import type { Profile } from '../../shared/team/profile.ts';
import type { Keying } from '../../shared/team/reconciliation.ts';
import {
  packageFileName, readPackage, writePackage,
  type ManifestFields, type PackagedExtraction, type PackageImage, type PackageManifest, type PackagePerson, type ResultPackage, type Sha256, type WorkPackage,
} from '../../shared/team/work-package.ts';
import type { SohoaDatabase } from './database.ts';
import { putEntry, queueToSend, removeEntry, verifySettled, withdrawUnsent } from './entries-repository.ts';
import { newId } from './ids.ts';

/** Who makes a package, and with what: the person working, the people on this PC, the place table in use. */
export interface PackageMaker {
  person: Profile;
  profiles: readonly Profile[];
  placeTableVersion: string;
  appVersion: string;
  sha256: Sha256;
}

export interface PackageFile {
  fileName: string;
  bytes: Uint8Array;
}

const personOf = (profile: Pick<Profile, 'id' | 'fullName' | 'role'>): PackagePerson => ({ id: profile.id, fullName: profile.fullName, role: profile.role });

function namedPeople(ids: Iterable<string>, profiles: readonly Profile[]): PackagePerson[] {
  const wanted = new Set(ids);
  return profiles.filter((profile) => wanted.has(profile.id)).map(personOf);
}

/** The batch with what it records of a pass sent in a package replaced. */
function withSent(batch: Batch, pass: Pass, sent: SentPass): Batch {
  return { ...batch, sent: { ...batch.sent, [pass]: sent } };
}

function assigneeOf(batch: Batch, pass: Pass): string | null {
  return pass === 'A' ? batch.passA : batch.passB;
}

function manifestFields(kind: PackageManifest['kind'], book: Book, batch: Batch, pass: Pass, assignee: Profile, maker: PackageMaker, people: Iterable<string>, answers?: string): ManifestFields {
  return {
    kind,
    packageId: newId(),
    ...(answers ? { answers } : {}),
    createdAt: new Date().toISOString(),
    createdBy: personOf(maker.person),
    app: { name: 'SoHoa', version: maker.appVersion },
    book: { id: book.id, kind: book.kind, edition: book.templateId, communeAsWritten: book.communeAsWritten, volume: book.volume, yearFrom: book.yearFrom, yearTo: book.yearTo },
    placeTableVersion: maker.placeTableVersion,
    batch: { id: batch.id, number: batch.number, pageIds: batch.pageIds },
    pass,
    assignee: personOf(assignee),
    profiles: namedPeople([maker.person.id, assignee.id, ...people], maker.profiles),
  };
}

async function batchRecords(db: SohoaDatabase, batchId: string): Promise<{ batch: Batch; book: Book; pages: Page[]; entries: Entry[] }> {
  const batch = await db.batches.get(batchId);
  const book = batch && (await db.books.get(batch.bookId));
  if (!batch || !book) throw new Error(`no batch ${batchId}`);
  const pages = (await db.pages.bulkGet(batch.pageIds)).filter((page) => page !== undefined);
  const entries = await db.entries.where('pageId').anyOf(batch.pageIds).toArray();
  return { batch, book, pages, entries };
}

function assignedPerson(batch: Batch, pass: Pass, profiles: readonly Profile[]): Profile {
  const id = assigneeOf(batch, pass);
  const person = profiles.find((profile) => profile.id === id);
  if (!person) throw new Error(`pass ${pass} of batch ${batch.number} is not assigned`);
  return person;
}

/**
 * A batch's pass as a work package for the person it is assigned to. Pass B's package holds where each
 * field was read, never what pass A or OCR made of it. The batch remembers where its entries stood, so
 * the result can be merged without overwriting what changed here meanwhile.
 */
export async function exportWorkPackage(db: SohoaDatabase, batchId: string, pass: Pass, maker: PackageMaker, image: (pageId: string) => Promise<PageImage>): Promise<PackageFile> {
  const { batch, book, pages, entries } = await batchRecords(db, batchId);
  const assignee = assignedPerson(batch, pass, maker.profiles);
  if (pass === 'B' && entries.length === 0) throw AppError.of('package-nothing-to-key', { number: batch.number });
  const stored = (await db.extractions.bulkGet(batch.pageIds)).filter((found) => found !== undefined);
  const extractions: PackagedExtraction[] = stored.map(({ page, extraction, draftIds }) =>
    pass === 'A' ? { page, extraction, draftIds } : { page, extraction: { ...extraction, entries: [], issues: [] }, draftIds: [] });
  const images: PackageImage[] = [];
  for (const page of pages) images.push({ pageId: page.id, ...(await image(page.id)) });
  const { sent: _sent, ...plainBatch } = batch;
  const fields = manifestFields('work', book, batch, pass, assignee, maker, []);
  const bytes = await writePackage(fields, {
    json: {
      book,
      batch: plainBatch,
      // blind pages are never read again there: a new reading would replace the entries pass B keys
      pages: pages.map(({ keying: _keying, ...page }) => (pass === 'B' ? { ...page, ocrState: 'done' } : page)),
      extractions,
      entries: pass === 'A' ? entries : entries.map(blindEntry),
    },
    images,
  }, maker.sha256);

  const base: MergeBase = pass === 'A' ? Object.fromEntries(entries.map((entry) => [entry.id, { theirs: entry.revision, ours: entry.revision }])) : {};
  await db.transaction('rw', [db.batches], async () => {
    const now = await db.batches.get(batch.id);
    if (now) await db.batches.put(withSent(now, pass, { packageId: fields.packageId, at: fields.createdAt, to: assignee.id, base }));
  });
  return { fileName: packageFileName(fields), bytes };
}

/** What the operator's PC keyed of a received batch, to send back to the supervisor. */
export async function exportResult(db: SohoaDatabase, batchId: string, maker: PackageMaker): Promise<PackageFile> {
  const { batch, book, entries } = await batchRecords(db, batchId);
  if (!batch.received) throw new Error(`batch ${batch.number} was not received in a package`);
  const pass = batch.received.pass;
  const assignee = assignedPerson(batch, pass, maker.profiles);
  const ids = [...new Set([...entries.map((entry) => entry.id), ...batch.received.entryIds])];
  const audit = pass === 'A' ? await db.audit.where('entityId').anyOf(ids).toArray() : [];
  const keyings = pass === 'B' ? await db.keyings.where('batchId').equals(batch.id).toArray() : [];
  const people = [...audit.map((row) => row.actor), ...keyings.map((keying) => keying.by), ...entries.map((entry) => entry.updatedBy)];
  const fields = manifestFields('result', book, batch, pass, assignee, maker, people, batch.received.packageId);
  const bytes = await writePackage(fields, { json: { entries: pass === 'A' ? entries : [], audit, keyings } }, maker.sha256);
  return { fileName: packageFileName(fields), bytes };
}

/** What importing a package needs of the Node side and of the person working. */
export interface PackageTaker {
  /** null before anyone is chosen: a work package can be taken in on a PC nobody has used yet */
  person: Profile | null;
  sha256: Sha256;
  /** keeps a page image in the data folder, answering its SHA-256 */
  storeImage: (image: PackageImage) => Promise<string>;
  /** adds the people a package names to this PC's profiles */
  adopt: (people: PackagePerson[]) => Promise<void>;
  /** what the book, read between transactions, says of an entry that keeps it from being verified (its number used again that year) */
  numbering: BookFindings;
}

export type BookFindings = (book: Book, entryId: string) => Promise<readonly Finding[]>;

export interface ReceivedWork {
  kind: 'work';
  manifest: PackageManifest;
  pages: number;
  entries: number;
}

/** A difference the supervisor decides: the book keeps its own until they do. */
export type PackageConflict =
  | { kind: 'entry'; ours: Entry | null; theirs: Entry | null; audit: AuditRow[] }
  | { kind: 'keying'; ours: Keying; theirs: Keying }
  /** keyed there for an entry deleted here since: nothing to settle */
  | { kind: 'orphan'; theirs: Keying };

export interface MergedResult {
  kind: 'result';
  manifest: PackageManifest;
  added: number;
  updated: number;
  deleted: number;
  keyed: number;
  /** entries the result completed: their passes agree, or their pass A arrived verified */
  verified: number;
  /** entries whose passes agree that their errors keep from being verified: why (AppErrors) */
  heldBack: unknown[];
  conflicts: PackageConflict[];
}

export type ImportedPackage = ReceivedWork | MergedResult;

/** A package or a result file, taken in whole or refused whole with what is wrong (nothing written then). */
export async function importPackage(db: SohoaDatabase, bytes: Uint8Array, taker: PackageTaker): Promise<ImportedPackage> {
  const read = await readPackage(bytes, taker.sha256);
  return read.kind === 'work' ? receiveWork(db, read.work, taker) : mergeResult(db, read.result, taker);
}

async function receiveWork(db: SohoaDatabase, work: WorkPackage, taker: PackageTaker): Promise<ReceivedWork> {
  const { manifest } = work;
  const local = await db.books.get(work.book.id);
  if (local && !local.received) throw AppError.of('package-own-book');
  if (!findEdition(work.book.templateId)) throw AppError.of('package-edition-unknown', { edition: work.book.templateId });
  const here = await db.batches.get(work.batch.id);
  if (here?.received && here.received.pass !== manifest.pass) throw AppError.of('package-blind-here', { number: here.number, other: here.received.pass });

  for (const image of work.images) {
    const stored = await taker.storeImage(image);
    if (stored !== image.pageId) throw AppError.of('package-hash-mismatch', { path: `images/${image.pageId}` });
  }
  await taker.adopt(manifest.profiles);
  const at = new Date().toISOString();
  await db.transaction('rw', [db.books, db.pages, db.entries, db.entryRows, db.extractions, db.batches], async () => {
    await db.books.put({ ...work.book, received: { packageId: manifest.packageId, from: manifest.createdBy.id, at } });
    const known = new Set((await db.pages.bulkGet(work.pages.map((page) => page.id))).filter((page) => page !== undefined).map((page) => page.id));
    await db.pages.bulkAdd(work.pages.filter((page) => !known.has(page.id)));
    for (const stored of work.extractions) {
      if (!(await db.extractions.get(stored.page))) await db.extractions.put({ ...stored, keptPersonEntries: false, storedAt: at });
    }
    // taken in again (or a newer package of the batch), an entry keeps what was keyed here since
    for (const entry of work.entries) {
      const mine = await db.entries.get(entry.id);
      if (!mine || entry.revision > mine.revision) await putEntry(db, entry);
    }
    await db.batches.put({
      ...work.batch,
      passA: manifest.pass === 'A' ? manifest.assignee.id : null,
      passB: manifest.pass === 'B' ? manifest.assignee.id : null,
      received: { packageId: manifest.packageId, pass: manifest.pass, at, from: manifest.createdBy.id, entryIds: work.entries.map((entry) => entry.id) },
    });
  });
  return { kind: 'work', manifest, pages: work.pages.length, entries: work.entries.length };
}

function mergeTables(db: SohoaDatabase) {
  return [db.books, db.batches, db.entries, db.entryRows, db.pages, db.audit, db.outbox, db.keyings, db.decisions, db.lots, db.lotAudits];
}

/** An entry as it arrived from the operator's PC: verified there is to be sent from here. */
function arrived(entry: Entry): Entry {
  return entry.status === 'draft' || entry.status === 'verified' ? entry : { ...entry, status: 'verified' };
}

async function writeArrived(db: SohoaDatabase, book: Book, entry: Entry, audit: readonly AuditRow[], now: Date): Promise<void> {
  await putEntry(db, entry);
  await withdrawUnsent(db, entry.id);
  await db.audit.bulkPut([...audit]);
  if (entry.status === 'verified') await queueToSend(db, entry, book, now);
}

function deletionOf(audit: readonly AuditRow[]): AuditRow | undefined {
  return [...audit].reverse().find((row) => row.action === 'delete');
}

async function mergeResult(db: SohoaDatabase, result: ResultPackage, taker: PackageTaker): Promise<MergedResult> {
  const { manifest } = result;
  const { person } = taker;
  if (!person || person.role !== 'supervisor') throw AppError.of('package-result-role', { name: person?.fullName ?? '—' });
  const batch = await db.batches.get(manifest.batch.id);
  const book = await db.books.get(manifest.book.id);
  if (!batch || !book || batch.bookId !== book.id) {
    throw AppError.of('package-other-book', { book: `${manifest.book.communeAsWritten}, quyển ${manifest.book.volume}`, number: manifest.batch.number });
  }
  const pass = manifest.pass;
  if (assigneeOf(batch, pass) !== manifest.assignee.id) throw AppError.of('package-not-assigned', { pass, number: batch.number, name: manifest.assignee.fullName });
  const sent = batch.sent?.[pass];
  if (!sent) throw AppError.of('package-not-sent', { pass, number: batch.number });
  await taker.adopt(manifest.profiles);

  const merged: MergedResult = { kind: 'result', manifest, added: 0, updated: 0, deleted: 0, keyed: 0, verified: 0, heldBack: [], conflicts: [] };
  await db.transaction('rw', mergeTables(db), async () => {
    const now = new Date();
    const base: MergeBase = { ...sent.base };
    if (pass === 'A') {
      const auditOf = new Map<string, AuditRow[]>();
      for (const row of result.audit) auditOf.set(row.entityId, [...(auditOf.get(row.entityId) ?? []), row]);
      const ours = new Map((await db.entries.where('pageId').anyOf(batch.pageIds).toArray()).map((entry) => [entry.id, entry]));
      for (const entry of await db.entries.bulkGet(result.entries.map((e) => e.id))) if (entry) ours.set(entry.id, entry);
      for (const step of planEntryMerge(ours, base, result.entries)) {
        if (step.kind === 'conflict') {
          const id = (step.ours ?? step.theirs)!.id;
          merged.conflicts.push({ kind: 'entry', ours: step.ours, theirs: step.theirs, audit: auditOf.get(id) ?? [] });
        } else if (step.kind === 'delete') {
          const audit = auditOf.get(step.ours.id) ?? [];
          const deletion = deletionOf(audit);
          await removeEntry(db, step.ours, deletion?.reason ?? '', deletion?.actor ?? manifest.assignee.id, deletion ? new Date(deletion.at) : now);
          await db.audit.bulkPut(audit.filter((row) => row !== deletion));
          delete base[step.ours.id];
          merged.deleted++;
        } else {
          const entry = arrived(step.theirs);
          await writeArrived(db, book, entry, auditOf.get(entry.id) ?? [], now);
          base[entry.id] = { theirs: step.theirs.revision, ours: entry.revision };
          if (step.kind === 'add') merged.added++;
          else merged.updated++;
          if (entry.status === 'verified') merged.verified++;
        }
      }
    } else {
      const entryIds = new Set((await db.entries.where('pageId').anyOf(batch.pageIds).primaryKeys()));
      const ours = new Map((await db.keyings.where('batchId').equals(batch.id).toArray()).map((keying) => [keying.id, keying]));
      for (const step of planKeyingMerge(entryIds, ours, result.keyings)) {
        if (step.kind === 'conflict') merged.conflicts.push({ kind: 'keying', ours: step.ours, theirs: step.theirs });
        else if (step.kind === 'orphan') merged.conflicts.push({ kind: 'orphan', theirs: step.theirs });
        else {
          await db.keyings.put(step.theirs);
          merged.keyed++;
        }
      }
    }
    const current = await db.batches.get(batch.id);
    if (current) await db.batches.put(withSent(current, pass, { ...sent, base }));
  });
  const settled = await settleBatch(db, batch.id, pass, person, taker.numbering);
  return { ...merged, verified: merged.verified + settled.verified, heldBack: settled.heldBack };
}

/**
 * Under double keying, what arrived may be what an entry waited for: each entry of the batch whose pass A
 * is done is verified as the workspace would (verifySettled), in transactions of its own; those its errors
 * keep back are said. Then the batch records where its entries now stand.
 */
async function settleBatch(db: SohoaDatabase, batchId: string, pass: Pass, person: Profile, numbering: BookFindings): Promise<{ verified: number; heldBack: unknown[] }> {
  const batch = await db.batches.get(batchId);
  if (!batch) return { verified: 0, heldBack: [] };
  const waiting = await db.entries.where('pageId').anyOf(batch.pageIds).filter((entry) => entry.status === 'draft' && entry.passA !== undefined).primaryKeys();
  let verified = 0;
  const heldBack: unknown[] = [];
  for (const id of waiting) {
    try {
      await verifySettled(db, id, person.id, (book) => numbering(book, id));
      if ((await db.entries.get(id))?.status === 'verified') verified++;
    } catch (refusal) {
      heldBack.push(refusal);
    }
  }
  await db.transaction('rw', [db.batches, db.entries], async () => {
    const current = await db.batches.get(batchId);
    const sent = current?.sent?.[pass];
    if (!current || !sent) return;
    const base: MergeBase = { ...sent.base };
    for (const entry of await db.entries.bulkGet(waiting)) if (entry && base[entry.id]) base[entry.id] = { ...base[entry.id]!, ours: entry.revision };
    await db.batches.put(withSent(current, pass, { ...sent, base }));
  });
  return { verified, heldBack };
}

/**
 * The supervisor's choice on a difference: `theirs` takes the result's (as the supervisor's change, on top
 * of both histories), `ours` keeps the book's. Either way the result is not asked about it again.
 */
export async function settleConflict(db: SohoaDatabase, manifest: PackageManifest, conflict: PackageConflict, choice: 'ours' | 'theirs', person: Profile, numbering: BookFindings): Promise<unknown[]> {
  await db.transaction('rw', mergeTables(db), async () => {
    const batch = await db.batches.get(manifest.batch.id);
    const book = await db.books.get(manifest.book.id);
    const sent = batch?.sent?.[manifest.pass];
    if (!batch || !book || !sent) throw new Error(`batch ${manifest.batch.id} was not sent from here`);
    const now = new Date();
    const base: MergeBase = { ...sent.base };
    if (conflict.kind === 'entry') {
      const { ours, theirs } = conflict;
      const id = (ours ?? theirs)!.id;
      if (choice === 'ours') {
        if (theirs) base[id] = { theirs: theirs.revision, ours: ours?.revision ?? 0 };
        else delete base[id];
      } else if (!theirs) {
        const deletion = deletionOf(conflict.audit);
        if (ours) await removeEntry(db, ours, deletion?.reason ?? '', person.id, now);
        await db.audit.bulkPut(conflict.audit.filter((row) => row !== deletion));
        delete base[id];
      } else {
        const sentRevisions = (await db.outbox.where('entryId').equals(id).toArray()).map((row) => row.revision);
        const revision = Math.max(ours?.revision ?? 0, theirs.revision, ...sentRevisions) + 1;
        const entry: Entry = { ...arrived(theirs), revision, updatedAt: now.toISOString(), updatedBy: person.id };
        await writeArrived(db, book, entry, conflict.audit, now);
        await db.audit.add({ id: newId(), at: entry.updatedAt, actor: person.id, action: ours ? 'update' : 'create', entity: 'entry', entityId: id, changes: diffFields(ours?.fields ?? {}, entry.fields) });
        base[id] = { theirs: theirs.revision, ours: revision };
      }
    } else if (conflict.kind === 'keying' && choice === 'theirs') {
      await db.keyings.put(conflict.theirs);
    }
    await db.batches.put(withSent(batch, manifest.pass, { ...sent, base }));
  });
  return (await settleBatch(db, manifest.batch.id, manifest.pass, person, numbering)).heldBack;
}
