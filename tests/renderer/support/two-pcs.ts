// Two PCs for work packages, each with its own IndexedDB (fake-indexeddb) and a stand-in for the Node
// side's page store and profiles: the supervisor's, with a book of two scanned pages in one batch, and
// any number of others.
import { createHash } from 'node:crypto';
import { createBook } from '../../../renderer/db/books-repository.ts';
import { recordExtraction } from '../../../renderer/db/extractions-repository.ts';
import { addPage } from '../../../renderer/db/pages-repository.ts';
import { assignPass, createBatches, setKeyingPolicy } from '../../../renderer/db/team-repository.ts';
import type { PackageMaker, PackageTaker } from '../../../renderer/db/work-package-repository.ts';
import { bookNumberingErrors } from '../../../renderer/features/workspace/use-registration-findings.ts';
import type { Profile } from '../../../shared/team/profile.ts';
import type { PackagePerson } from '../../../shared/team/work-package.ts';
import { birthEntry, extractionOf, pageInfo } from './page-extraction.ts';
import { freshDatabase } from './render-app.tsx';

const sha256 = (bytes: Uint8Array) => Promise.resolve(createHash('sha256').update(bytes).digest('hex'));
const scan = (n: number) => new TextEncoder().encode(`scan of page ${n}`);
export const scanSha = (n: number) => createHash('sha256').update(scan(n)).digest('hex');

const person = (id: string, fullName: string, role: Profile['role']): Profile => ({ id: `${id}-0000-4000-8000-000000000000`, fullName, role, hasPin: false, createdAt: '2026-12-01T00:00:00.000Z' });
export const hoa = person('00000001', 'Nguyễn Thị Hoa', 'supervisor');
export const minh = person('00000002', 'Trần Văn Minh', 'operator');
export const lan = person('00000003', 'Bùi Thị Lan', 'operator');
export const team = [hoa, minh, lan];

/** A PC: its database, and the Node side's page store and profiles as far as packages reach them. */
export function pc(db = freshDatabase()) {
  const images = new Map<string, Uint8Array>();
  const people: PackagePerson[] = [];
  const maker = (me: Profile): PackageMaker => ({ person: me, profiles: team, placeTableVersion: '2025.07.01', appVersion: '0.1.0', sha256 });
  const taker = (me: Profile | null): PackageTaker => ({
    person: me,
    sha256,
    storeImage: async (image) => {
      const sha = await sha256(image.bytes);
      images.set(sha, image.bytes);
      return sha;
    },
    adopt: (adopted) => {
      people.push(...adopted);
      return Promise.resolve();
    },
    numbering: bookNumberingErrors(db),
  });
  const image = (pageId: string) => Promise.resolve({ mimeType: 'image/jpeg', bytes: images.get(pageId)! });
  return { db, images, people, maker, taker, image };
}

/** The supervisor's PC: a birth book of two scanned pages, OCR's drafts on page 1, one batch of both. */
export async function supervisorPc({ double = false } = {}) {
  const office = pc();
  const book = await createBook(office.db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  for (const n of [1, 2]) {
    office.images.set(scanSha(n), scan(n));
    await addPage(office.db, book.id, pageInfo(scanSha(n), `trang-${n}.jpg`));
  }
  await recordExtraction(office.db, extractionOf(scanSha(1), [birthEntry(0, '12', 'Lê Văn An'), birthEntry(1, '13', 'Phạm Thị Bình')]));
  if (double) await setKeyingPolicy(office.db, book.id, { mode: 'double', keyFields: ['child.fullName'] });
  const [batch] = await createBatches(office.db, book.id, { mode: 'size', pagesPerBatch: 2 }, hoa.id);
  await assignPass(office.db, batch!.id, 'A', double ? lan : minh);
  if (double) await assignPass(office.db, batch!.id, 'B', minh);
  const entries = await office.db.entries.where('pageId').equals(scanSha(1)).sortBy('entryNo');
  return { office, book, batch: batch!, entries };
}

