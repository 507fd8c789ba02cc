// A supervisor audits a lot on a real IndexedDB (fake-indexeddb), keyboard only: field after field of each
// sampled entry, a wrong one recorded with what the register says, the entry corrected as the supervisor's
// change and verified again; the lot decided as its plan says, rejected once Re is reached, accepted after
// the whole sample; nobody but a supervisor audits, and a key pressed while composing does nothing.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditSetup } from '../../../../shared/audit/lot-audit.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { beginAudit, createLot } from '../../../../renderer/db/lots-repository.ts';
import { addPage } from '../../../../renderer/db/pages-repository.ts';
import { AuditScreen } from '../../../../renderer/features/audit/audit-screen.tsx';
import { completeBirth } from '../../support/books.ts';
import { pageInfo, shaOf } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge, testPerson } from '../../support/render-app.tsx';

const image = { 'pages:getImage': () => ({ ok: true as const, value: { mimeType: 'image/png', bytes: new Uint8Array([1]) } }) };
const supervisor = testPerson.id;

/** A book of `count` verified birth entries, entry i numbered i on page i, formed into a lot and audited as `setup` says. */
async function auditOf(count: number, setup: AuditSetup) {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  for (let i = 1; i <= count; i++) {
    await addPage(db, book.id, pageInfo(shaOf(i), `p${i}.jpg`));
    const entry = await saveEntry(db, { bookId: book.id, pageId: shaOf(i), kind: 'birth', typed: completeBirth(1985, { 'registration.number': String(i) }) }, 'lan');
    await verifyEntry(db, entry.id, 'lan', () => []);
  }
  const lot = await createLot(db, book.id, { kind: 'book' }, 'contract', supervisor);
  const audit = await beginAudit(db, lot.id, setup, '0badc0de', supervisor);
  // the sampled entries' numbers, in sample order: what the screen names them by
  const nos = await Promise.all(audit.sample.map(async (id) => (await db.entries.get(id))!.entryNo));
  return { db, audit, nos };
}

const input = () => screen.getByLabelText<HTMLInputElement>('Giá trị đúng theo sổ (để trống nếu đã đúng)');
const where = (no: number, entryNo: string, field: number) => `Mục ${no}/3 của mẫu · số ${entryNo} · trang ${entryNo} · trường ${field}/6`;

describe('the audit of a lot', () => {
  it('records wrong fields with their right values, corrects and verifies the entries again, and rejects the lot once Re is reached', async () => {
    const user = userEvent.setup();
    // 5 entries at AQL 15: code letter A, whose arrow leads to B's plan, n 3, Ac 1, Re 2; wrong fields are counted
    const { db, audit, nos } = await auditOf(5, { aql: 15, level: 'II', severity: 'normal', counting: 'nonconformities' });
    renderWith(<AuditScreen auditId={audit.id} />, { db, bridge: scriptedBridge(image).bridge });
    expect(await screen.findByRole('heading', { name: 'Kiểm tra chọn mẫu: Lô kiểm tra 1' })).toBeTruthy();
    expect(screen.getByText('Lô gồm 5 mục: Cả sổ · Khai sinh · xã Bình Lập · Quyển số 01')).toBeTruthy();
    expect(screen.getByText('Phương án lấy mẫu một lần theo ISO 2859-1: mức kiểm tra II · AQL 15 · Kiểm tra thường · chữ mã cỡ mẫu A (theo mũi tên: phương án của chữ B) · n = 3 · Ac = 1 · Re = 2')).toBeTruthy();
    expect(screen.getByText(/^Đếm lỗi theo: Số trường sai .* · Seed rút mẫu: 0badc0de/)).toBeTruthy();
    expect(screen.getByText('Đã xem 0/3 mục · 0 lỗi · 0 trường sai trên 100 trường đã xem')).toBeTruthy();
    expect(screen.getByText(/^Chưa kết luận được: còn 3 mục trong mẫu\./)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Kết luận lô (Ctrl+Enter)' }).disabled).toBe(true);

    // the first sampled entry: its name is wrong, the rest right
    expect(screen.getByText(where(1, nos[0]!, 1))).toBeTruthy();
    expect(screen.getByRole('img', { name: `Ảnh Họ và tên, trang ${nos[0]}` })).toBeTruthy();
    expect(document.querySelector('[data-found]')!.textContent).toBe('Lê Văn An');
    await waitFor(() => expect(document.activeElement).toBe(input()));
    await user.keyboard('Lê Văn Ân{Enter}{Enter}');
    expect(screen.getByText(where(1, nos[0]!, 3))).toBeTruthy();
    // back to the name with Page Up: recorded wrong, its right value ready for Enter to keep; on again with Page Down
    await user.keyboard('{PageUp}{PageUp}');
    expect(screen.getByText(where(1, nos[0]!, 1))).toBeTruthy();
    expect(input().value).toBe('Lê Văn Ân');
    expect(screen.getByText('Đã ghi lỗi; sổ ghi:')).toBeTruthy();
    await user.keyboard('{PageDown}{PageDown}');
    expect(screen.getByText(where(1, nos[0]!, 3))).toBeTruthy();
    expect(input().value).toBe('');
    await user.keyboard('{Enter}{Enter}{Enter}{Enter}');
    // the next entry at once; then its date of birth is wrong: two wrong fields reach Re
    expect(await screen.findByText('Đã xem 1/3 mục · 1 lỗi · 16,7 trường sai trên 100 trường đã xem')).toBeTruthy();
    expect(screen.getByText(where(2, nos[1]!, 1))).toBeTruthy();
    await user.keyboard('{Enter}{Enter}07/06/1985{Enter}{Enter}{Enter}{Enter}');
    expect(await screen.findByText('Đã xem 2/3 mục · 2 lỗi · 16,7 trường sai trên 100 trường đã xem')).toBeTruthy();
    expect(screen.getByText('Đã tới số bác bỏ Re = 2 (2 lỗi): theo phương án, lô không đạt. Có thể kết luận lô ngay. 1 mục còn lại của mẫu không thay đổi được kết luận; vẫn có thể xem tiếp để tìm thêm lỗi cho người nhập liệu.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Kết luận lô (Ctrl+Enter)' }).disabled).toBe(false);

    const looked = ['child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'registration.number', 'registration.date'];
    await waitFor(async () => expect(await db.lotAudits.get(audit.id)).toMatchObject({
      reviewed: [{ entryId: audit.sample[0], fields: looked }, { entryId: audit.sample[1], fields: looked }],
      findings: [
        { entryId: audit.sample[0], field: 'child.fullName', found: { value: 'Lê Văn An' }, right: { value: 'Lê Văn Ân' } },
        { entryId: audit.sample[1], field: 'child.birthDate', found: { value: '06/06/1985' }, right: { value: '07/06/1985' } },
      ],
    }));
    // each corrected as the supervisor's change and verified again by them; held by the lot, nothing is sent
    await waitFor(async () => expect(await db.entries.get(audit.sample[1]!)).toMatchObject({ status: 'verified', updatedBy: supervisor, fields: { 'child.birthDate': { value: '07/06/1985' } } }));
    expect(await db.entries.get(audit.sample[0]!)).toMatchObject({ status: 'verified', updatedBy: supervisor, fields: { 'child.fullName': { value: 'Lê Văn Ân', source: 'typed' } } });
    const history = (await db.audit.where('entityId').equals(audit.sample[0]!).sortBy('at')).filter((row) => row.actor === supervisor);
    expect(history.map((row) => [row.action, row.changes.map((change) => `${change.field}: ${change.before?.value} → ${change.after?.value}`)])).toEqual([
      ['update', ['child.fullName: Lê Văn An → Lê Văn Ân']],
      ['verify', []],
    ]);
    expect(await db.audit.where('entityId').equals(audit.sample[2]!).filter((row) => row.actor === supervisor).count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);

    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Đã kết luận: lô KHÔNG ĐẠT, 2 lỗi (Re = 2). Các mục của lô vẫn bị giữ lại, không được gửi. Người nhập liệu cần soát lại toàn bộ các mục của lô; sau đó lô được kiểm tra chọn mẫu lại.')).toBeTruthy();
    expect((await db.lotAudits.get(audit.id))!.decision).toMatchObject({ outcome: 'rejected', defects: 2, by: supervisor });
    const errors = within(screen.getByRole('table', { name: 'Lỗi đã tìm thấy (2)' })).getAllByRole('row').slice(1);
    expect(errors.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      [nos[0], nos[0], 'Họ và tên', 'Lê Văn An → Lê Văn Ân'],
      [nos[1], nos[1], 'Ngày, tháng, năm sinh', '06/06/1985 → 07/06/1985'],
    ]);
    expect(screen.queryByLabelText('Giá trị đúng theo sổ (để trống nếu đã đúng)')).toBeNull();
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps what was found in an entry gone through in part when the lot is decided on Re', async () => {
    const user = userEvent.setup();
    const { db, audit } = await auditOf(5, { aql: 15, level: 'II', severity: 'normal', counting: 'nonconformities' });
    renderWith(<AuditScreen auditId={audit.id} />, { db, bridge: scriptedBridge(image).bridge });
    await waitFor(() => expect(document.activeElement).toBe(input()));
    // two wrong fields in the first entry reach Re = 2; the second entry's name is found wrong before deciding
    await user.keyboard('Lê Văn Ân{Enter}{Enter}07/06/1985{Enter}{Enter}{Enter}{Enter}');
    expect(await screen.findByText(/^Đã xem 1\/3 mục · 2 lỗi/)).toBeTruthy();
    await user.keyboard('Lê Văn Ẩn{Enter}{Control>}{Enter}{/Control}');
    await waitFor(async () => expect((await db.lotAudits.get(audit.id))!.decision).toMatchObject({ outcome: 'rejected', defects: 3 }));
    expect((await db.lotAudits.get(audit.id))!.reviewed.at(-1)).toEqual({ entryId: audit.sample[1], fields: ['child.fullName'] });
    await waitFor(async () => expect(await db.entries.get(audit.sample[1]!)).toMatchObject({ updatedBy: supervisor, fields: { 'child.fullName': { value: 'Lê Văn Ẩn' } } }));
  });

  it('inspects every entry of a small lot, accepts it within Ac, and releases its entries to be sent', async () => {
    const user = userEvent.setup();
    // 3 entries at AQL 10: C's plan, n 5 ≥ 3, so 100 % inspection with Ac 1, Re 2; wrong entries are counted
    const { db, audit, nos } = await auditOf(3, { aql: 10, level: 'II', severity: 'normal', counting: 'nonconforming-entries' });
    renderWith(<AuditScreen auditId={audit.id} />, { db, bridge: scriptedBridge(image).bridge });
    expect(await screen.findByText('Kiểm tra 100 %: cỡ mẫu của phương án (5) không nhỏ hơn cỡ lô (3), nên xem mọi mục của lô.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(input()));
    await user.keyboard('{Enter}'.repeat(12));
    expect(await screen.findByText('Đã xem 2/3 mục · 0 lỗi')).toBeTruthy();
    // the last entry: the register leaves its place of birth blank (F9)
    await user.keyboard('{Enter}{Enter}{Enter}{F9}{Enter}{Enter}');
    expect(await screen.findByText('Đã xem 3/3 mục · 1 lỗi')).toBeTruthy();
    expect(screen.getByText('Đã xem hết mẫu với 1 lỗi, không quá Ac = 1: theo phương án, lô đạt. Có thể kết luận lô.')).toBeTruthy();
    const decide = screen.getByRole('button', { name: 'Kết luận lô (Ctrl+Enter)' });
    await waitFor(() => expect(document.activeElement).toBe(decide));
    await waitFor(async () => expect(await db.entries.get(audit.sample[2]!)).toMatchObject({ status: 'verified', updatedBy: supervisor, fields: { 'child.birthPlace': { value: '', mark: 'blank' } } }));
    expect(await db.outbox.count()).toBe(0);

    await user.keyboard('{Enter}');
    expect(await screen.findByText('Đã kết luận: lô ĐẠT, 1 lỗi (Ac = 1). Các mục đã kiểm tra của lô không còn bị giữ lại và được đưa vào hàng chờ gửi.')).toBeTruthy();
    expect((await db.lotAudits.get(audit.id))!.decision).toMatchObject({ outcome: 'accepted', defects: 1 });
    const entries = await db.entries.bulkGet(audit.sample);
    expect((await db.outbox.toArray()).map((row) => `${row.entryId}@${row.revision}`).sort()).toEqual(entries.map((entry) => `${entry!.id}@${entry!.revision}`).sort());
    const [row] = within(screen.getByRole('table', { name: 'Lỗi đã tìm thấy (1)' })).getAllByRole('row').slice(1);
    expect([...row!.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([nos[2], nos[2], 'Nơi sinh', 'xã Bình Lập → sổ để trống']);
  });

  it('says so when the right value makes the entry one that verifying refuses: it stays a draft for its operator', async () => {
    const user = userEvent.setup();
    const { db, audit, nos } = await auditOf(3, { aql: 10, level: 'II', severity: 'normal', counting: 'nonconforming-entries' });
    renderWith(<AuditScreen auditId={audit.id} />, { db, bridge: scriptedBridge(image).bridge });
    await waitFor(() => expect(document.activeElement).toBe(input()));
    // the register says the 31st of February
    await user.keyboard('{Enter}{Enter}31/02/1985{Enter}{Enter}{Enter}{Enter}');
    const alert = await screen.findByText(`Mục số ${nos[0]} đã được sửa theo giá trị đúng của người giám sát nhưng không đánh dấu đã kiểm tra lại được, nên nay là bản nháp: người nhập liệu cần sửa mục trong màn hình nhập liệu của sổ rồi đánh dấu đã kiểm tra.`);
    expect(alert.parentElement!.textContent).toContain('Chưa thể đánh dấu đã kiểm tra: còn 1 lỗi (Ngày, tháng, năm sinh)');
    expect(await db.entries.get(audit.sample[0]!)).toMatchObject({ status: 'draft', updatedBy: supervisor, fields: { 'child.birthDate': { value: '31/02/1985' } } });
    expect((await db.lotAudits.get(audit.id))!.findings).toMatchObject([{ field: 'child.birthDate', found: { value: '06/06/1985' }, right: { value: '31/02/1985' } }]);
    expect(screen.getByText(where(2, nos[1]!, 1))).toBeTruthy();
  });

  it('does nothing on Enter while a Vietnamese input method is composing', async () => {
    const { db, audit, nos } = await auditOf(3, { aql: 10, level: 'II', severity: 'normal', counting: 'nonconforming-entries' });
    renderWith(<AuditScreen auditId={audit.id} />, { db, bridge: scriptedBridge(image).bridge });
    await waitFor(() => expect(document.activeElement).toBe(input()));
    fireEvent.change(input(), { target: { value: 'Lê Văn Â' } });
    fireEvent.keyDown(input(), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input(), { key: 'F9', isComposing: true });
    fireEvent.keyDown(input(), { key: 'PageDown', isComposing: true });
    expect(screen.getByText(where(1, nos[0]!, 1))).toBeTruthy();
    expect(input().value).toBe('Lê Văn Â');
    fireEvent.change(input(), { target: { value: 'Lê Văn Ân' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(await screen.findByText(where(1, nos[0]!, 2))).toBeTruthy();
    fireEvent.keyDown(input(), { key: 'PageUp' });
    expect(input().value).toBe('Lê Văn Ân');
  });

  it('lets no one but a supervisor audit', async () => {
    const { db, audit } = await auditOf(3, { aql: 10, level: 'II', severity: 'normal', counting: 'nonconforming-entries' });
    renderWith(<AuditScreen auditId={audit.id} />, { db, bridge: scriptedBridge(image).bridge, person: { ...testPerson, role: 'checker' } });
    expect(await screen.findByText('Chỉ người giám sát kiểm tra chọn mẫu một lô và kết luận lô.')).toBeTruthy();
    expect(screen.queryByLabelText('Giá trị đúng theo sổ (để trống nếu đã đúng)')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kết luận lô (Ctrl+Enter)' })).toBeNull();
  });
});
