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
    useSyncStore.setState({ status: { phase: 'offline', lastSyncAt: null, clockSkewMs: -12 * 60_000 } });
    renderWith(<SyncIndicator />, { db, bridge: scriptedBridge({}).bridge });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Đồng bộ: mất kết nối · chờ gửi 1 · cần xử lý 1 · đã gửi 1'));
    expect(screen.getByText('Đồng hồ máy này nhanh 12 phút so với máy chủ: hãy chỉnh giờ máy.')).toBeTruthy();
  });
});

describe('OutboxScreen', () => {
  it('lists what waits and what needs attention with the server’s reasons, and sends a refused one again', async () => {
    const db = await outboxWith();
    let kicked = 0;
    useSyncStore.setState({ status: { phase: 'online', lastSyncAt: null, clockSkewMs: 0 }, kick: () => kicked++ });
    renderWith(<OutboxScreen />, { db, bridge: scriptedBridge({ 'sync:getSettings': () => ({ ok: true, value: { apiUrl: null, signedIn: false, tokenKept: 'none' } }) }).bridge });
    const table = await screen.findByRole('table', { name: 'Hộp thư đi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['2Phạm Thị HoaCần xử lýHọ và tên: bắt buộc.Gửi lại', '1Lê Văn AnChờ gửi']);
    await userEvent.setup().click(within(rows[0]!).getByRole('button', { name: 'Gửi lại' }));
    await waitFor(() => expect(kicked).toBe(1));
    expect((await db.outbox.get('2'))?.state).toBe('pending');
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
    expect(await screen.findByText('Đã đăng nhập; mã được mã hóa bằng kho khóa của hệ điều hành.')).toBeTruthy();
    expect(scripted.callsTo('sync:configure').at(-1)?.input).toEqual({ apiUrl: 'https://hotich.example.gov.vn', token: 'bí mật' });
  });
});
