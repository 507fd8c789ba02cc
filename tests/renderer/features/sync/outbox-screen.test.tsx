import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appErrorPayload } from '../../../../shared/api/app-error.ts';
import { newOutboxRow } from '../../../../shared/sync/outbox.ts';
import type { BatchItem } from '../../../../shared/sync/protocol.ts';
import { OutboxScreen } from '../../../../renderer/features/sync/outbox-screen.tsx';
import { SyncIndicator } from '../../../../renderer/features/sync/sync-indicator.tsx';
import { useSyncStore } from '../../../../renderer/stores/sync-store.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

const payload = (opId: string, name: string): BatchItem => ({
  opId, entryId: `e-${opId}`, revision: 2, kind: 'birth', pageSha256: null,
  fields: { 'registration.number': { value: opId, raw: opId, source: 'typed' }, 'child.fullName': { value: name, raw: name, source: 'typed' } },
  book: { id: 'b', kind: 'birth', communeAsWritten: 'x', volume: '1', yearFrom: 2003, yearTo: 2003 },
});

async function outboxWith() {
  const db = freshDatabase();
  const now = new Date();
  await db.outbox.bulkAdd([
    newOutboxRow(payload('1', 'Lê Văn An'), now),
    { ...newOutboxRow(payload('2', 'Phạm Thị Hoa'), now), state: 'attention', attempts: 1, reasons: [{ vi: 'Họ và tên: bắt buộc.', en: 'Full name: required.' }] },
    { ...newOutboxRow(payload('3', 'Võ Văn C'), now), state: 'done' },
  ]);
  return db;
}

describe('SyncIndicator', () => {
  it('says in a live region where sync stands and how many entries wait, and warns of a clock far off', async () => {
    const db = await outboxWith();
    useSyncStore.setState({ status: { phase: 'offline', signIn: null, lastSyncAt: null, clockSkewMs: -12 * 60_000 } });
    renderWith(<SyncIndicator />, { db, bridge: scriptedBridge({}).bridge });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Đồng bộ: mất kết nối · chờ gửi 1 · cần xử lý 1 · đã gửi 1'));
    expect(screen.getByText('Đồng hồ máy này nhanh 12 phút so với máy chủ: hãy chỉnh giờ máy.')).toBeTruthy();
  });
});

describe('OutboxScreen', () => {
  it('lists what waits and what needs attention with the server’s reasons, and sends a refused one again', async () => {
    const db = await outboxWith();
    let kicked = 0;
    useSyncStore.setState({ status: { phase: 'online', signIn: 'accepted', lastSyncAt: null, clockSkewMs: 0 }, kick: () => kicked++ });
    renderWith(<OutboxScreen />, { db, bridge: scriptedBridge({ 'sync:getSettings': () => ({ ok: true, value: { apiUrl: null, signedIn: false, tokenKept: 'none' } }) }).bridge });
    const table = await screen.findByRole('table', { name: 'Hộp thư đi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['x · 1 · 2003–20032Phạm Thị HoaCần xử lýHọ và tên: bắt buộc.Gửi lại', 'x · 1 · 2003–20031Lê Văn AnChờ gửi']);
    await userEvent.setup().click(within(rows[0]!).getByRole('button', { name: 'Gửi lại' }));
    await waitFor(() => expect(kicked).toBe(1));
    expect((await db.outbox.get('2'))?.state).toBe('pending');
  });

  it('lists a withdrawal waiting to be sent as the withdrawal of a deleted entry', async () => {
    const db = freshDatabase();
    await db.outbox.add(newOutboxRow({ opId: 'w1', action: 'withdraw', entryId: 'e-1', revision: 3, reason: 'Trùng' }, new Date()));
    useSyncStore.setState({ status: { phase: 'online', signIn: 'accepted', lastSyncAt: null, clockSkewMs: 0 } });
    renderWith(<OutboxScreen />, { db, bridge: scriptedBridge({ 'sync:getSettings': () => ({ ok: true, value: { apiUrl: null, signedIn: false, tokenKept: 'none' } }) }).bridge });
    const table = await screen.findByRole('table', { name: 'Hộp thư đi' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Rút lại mục đã xóaChờ gửi']);
  });

  it('saves the address and token, and says why an address is refused without losing the form', async () => {
    const db = freshDatabase();
    const scripted = scriptedBridge({
      'sync:getSettings': () => ({ ok: true, value: { apiUrl: null, signedIn: false, tokenKept: 'none' } }),
      'sync:configure': ({ apiUrl }) =>
        apiUrl === 'hotich'
          ? { ok: false, error: appErrorPayload('sync-bad-address', { address: 'hotich' }) }
          : { ok: true, value: { apiUrl, signedIn: true, tokenKept: 'os-keystore' } },
    });
    renderWith(<OutboxScreen />, { db, bridge: scripted.bridge });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Địa chỉ máy chủ'), 'hotich');
    await user.type(screen.getByLabelText(/^Mã đăng nhập/), 'bí mật');
    await user.click(screen.getByRole('button', { name: 'Lưu và kết nối' }));
    expect((await screen.findByRole('alert')).textContent).toContain('không hợp lệ');
    expect(screen.getByLabelText('Địa chỉ máy chủ')).toHaveProperty('value', 'hotich');
    await user.clear(screen.getByLabelText('Địa chỉ máy chủ'));
    await user.type(screen.getByLabelText('Địa chỉ máy chủ'), 'https://hotich.example.gov.vn');
    await user.click(screen.getByRole('button', { name: 'Lưu và kết nối' }));
    expect(await screen.findByText('Đã đăng nhập: máy chủ nhận mã. Mã được mã hóa bằng kho khóa của hệ điều hành.')).toBeTruthy();
    expect(scripted.callsTo('sync:configure').at(-1)?.input).toEqual({ apiUrl: 'https://hotich.example.gov.vn', token: 'bí mật' });
  });

  it('says the same as the header: a kept token is not "signed in" while the server cannot be asked, nor when it refuses it', async () => {
    const settings = () => ({ ok: true as const, value: { apiUrl: 'https://hotich.example.gov.vn', signedIn: true, tokenKept: 'user-file' as const } });
    useSyncStore.setState({ status: { phase: 'offline', signIn: null, lastSyncAt: null, clockSkewMs: null } });
    const { unmount } = renderWith(<><SyncIndicator /><OutboxScreen /></>, { db: freshDatabase(), bridge: scriptedBridge({ 'sync:getSettings': settings }).bridge });
    expect(await screen.findByText('Đã lưu mã đăng nhập, nhưng chưa kiểm tra được vì chưa kết nối được máy chủ. Mã lưu trong tệp chỉ người dùng này đọc được.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Đã đăng nhập');
    unmount();

    useSyncStore.setState({ status: { phase: 'paused', signIn: 'refused', lastSyncAt: null, clockSkewMs: 0 } });
    renderWith(<><SyncIndicator /><OutboxScreen /></>, { db: freshDatabase(), bridge: scriptedBridge({ 'sync:getSettings': settings }).bridge });
    expect(await screen.findByText('Máy chủ từ chối mã đăng nhập: hãy nhập mã mới rồi bấm Lưu.')).toBeTruthy();
    expect(screen.getAllByText(/Đồng bộ: tạm dừng, cần đăng nhập lại/).length).toBe(2);
    expect(document.body.textContent).not.toContain('Đã đăng nhập');
  });

  it('says why "try now" does nothing when no server is set', async () => {
    useSyncStore.setState({ status: { phase: 'unconfigured', signIn: null, lastSyncAt: null, clockSkewMs: null }, kick: () => undefined });
    renderWith(<OutboxScreen />, { db: freshDatabase(), bridge: scriptedBridge({ 'sync:getSettings': () => ({ ok: true, value: { apiUrl: null, signedIn: false, tokenKept: 'none' } }) }).bridge });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Thử gửi ngay' }));
    expect(await screen.findByText('Chưa gửi được: chưa đặt địa chỉ máy chủ. Hãy nhập địa chỉ và mã đăng nhập ở phần Cài đặt bên dưới.')).toBeTruthy();
  });

  it('says in the header when SoHoa’s own Node side does not answer', async () => {
    useSyncStore.setState({ status: { phase: 'local-down', signIn: null, lastSyncAt: null, clockSkewMs: null } });
    renderWith(<SyncIndicator />, { db: freshDatabase(), bridge: scriptedBridge({}).bridge });
    expect((await screen.findByRole('status')).textContent).toMatch(/^Đồng bộ: mất liên lạc với SoHoa trên máy này/);
  });
});
