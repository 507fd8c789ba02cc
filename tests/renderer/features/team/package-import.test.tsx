// Taking in a package file from the screen: a work package on a PC nobody has used yet, a file that is not
// one, and a result whose differences the supervisor settles one by one.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PageInfo } from '../../../../shared/api/app-api.ts';
import type { Profile } from '../../../../shared/team/profile.ts';
import { saveEntry } from '../../../../renderer/db/entries-repository.ts';
import { exportResult, exportWorkPackage, importPackage } from '../../../../renderer/db/work-package-repository.ts';
import { PackageImport } from '../../../../renderer/features/team/package-import.tsx';
import { renderWith, scriptedBridge } from '../../support/render-app.tsx';
import { hoa, minh, pc, supervisorPc } from '../../support/two-pcs.ts';
import { createHash } from 'node:crypto';

const zipFile = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' });

/** The Node side of a PC: it keeps the images and people a package brings. */
function nodeSide(people: Profile[] = []) {
  const profiles = [...people];
  return scriptedBridge({
    'pages:import': ({ fileName, bytes }) => {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const page: PageInfo = { sha256, fileName, format: 'jpeg', width: 10, height: 10, byteLength: bytes.byteLength, alreadyImported: false };
      return { ok: true, value: { fileName, pages: [page] } };
    },
    'team:adoptProfiles': ({ people: named }) => {
      profiles.push(...named.filter((person) => !profiles.some((p) => p.id === person.id)).map((person) => ({ ...person, hasPin: false, createdAt: 'x' })));
      return { ok: true, value: { profiles } };
    },
    'team:getProfiles': () => ({ ok: true, value: { profiles } }),
  });
}

describe('PackageImport', () => {
  it('takes in a work package before anyone works on the PC: its pages, its people, the batch to key', async () => {
    const user = userEvent.setup();
    const { office, batch } = await supervisorPc();
    const sent = await exportWorkPackage(office.db, batch.id, 'A', office.maker(hoa), office.image);
    const home = pc();
    const node = nodeSide();
    renderWith(<PackageImport />, { db: home.db, bridge: node.bridge, person: null });

    await user.upload(screen.getByLabelText('Nhập gói công việc hoặc kết quả…'), zipFile(sent.bytes, sent.fileName));
    expect((await screen.findByRole('status')).textContent).toContain('Đã nhận lô 1 (lượt A) của sổ xã Bình Lập, quyển số 01 do Nguyễn Thị Hoa gửi: 2 trang, 2 mục, giao cho Trần Văn Minh');
    expect(node.callsTo('pages:import')).toHaveLength(2);
    expect(node.callsTo('team:adoptProfiles').map((call) => (call.input as { people: { fullName: string }[] }).people.map((p) => p.fullName))).toEqual([['Nguyễn Thị Hoa', 'Trần Văn Minh']]);
    expect(await home.db.batches.get(batch.id)).toMatchObject({ passA: minh.id });
  });

  it('says a file is not a package, and takes in nothing', async () => {
    const user = userEvent.setup();
    const home = pc();
    renderWith(<PackageImport />, { db: home.db, bridge: nodeSide().bridge, person: null });
    await user.upload(screen.getByLabelText('Nhập gói công việc hoặc kết quả…'), new File(['Họ và tên,Ngày sinh'], 'so-lieu.zip', { type: 'application/zip' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Tệp này không phải gói công việc hay tệp kết quả của SoHoa');
    expect(await home.db.books.count()).toBe(0);
  });

  it('lists what both PCs changed, both values side by side, and takes the result\'s when the supervisor says so', async () => {
    const user = userEvent.setup();
    const { office, book, batch, entries } = await supervisorPc();
    const [an] = entries;
    const sent = await exportWorkPackage(office.db, batch.id, 'A', office.maker(hoa), office.image);
    const home = pc();
    await importPackage(home.db, sent.bytes, home.taker(null));
    const typed = (name: string) => ({ id: an!.id, bookId: book.id, pageId: an!.pageId, kind: 'birth' as const, typed: { 'registration.number': '12', 'child.fullName': name, 'child.sex': 'Nam' } });
    await saveEntry(home.db, typed('Lê Văn Ân'), minh.id);
    await saveEntry(office.db, typed('Lê Văn Anh'), hoa.id);
    const result = await exportResult(home.db, batch.id, home.maker(minh));

    renderWith(<PackageImport />, { db: office.db, bridge: nodeSide([hoa]).bridge, person: hoa });
    await user.upload(screen.getByLabelText('Nhập gói công việc hoặc kết quả…'), zipFile(result.bytes, result.fileName));
    const list = await screen.findByRole('region', { name: /1 chỗ khác nhau giữa máy này và kết quả/ });
    expect(within(list).getByText('Mục số 12: được sửa trên cả hai máy')).toBeTruthy();
    const row = within(list).getByRole('row', { name: /Họ và tên/ });
    expect(row.textContent).toContain('Lê Văn Anh');
    expect(row.textContent).toContain('Lê Văn Ân');
    expect((await office.db.entries.get(an!.id))?.fields['child.fullName']?.value).toBe('Lê Văn Anh');

    await user.click(within(list).getByRole('button', { name: 'Lấy bản trong kết quả' }));
    await waitFor(async () => expect((await office.db.entries.get(an!.id))?.fields['child.fullName']?.value).toBe('Lê Văn Ân'));
    await waitFor(() => expect(screen.queryByRole('region', { name: /chỗ khác nhau/ })).toBeNull());
  });
});
