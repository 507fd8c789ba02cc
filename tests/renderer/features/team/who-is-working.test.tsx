// "Ai đang làm việc?" and the team screen against the real Node services (profiles kept in a temporary
// data folder, payloads validated as over IPC): the first person becomes the supervisor, others are chosen,
// a PIN is asked for and checked, and what the screen says is what the data folder holds.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppApi } from '../../../../shared/api/app-api.ts';
import { App } from '../../../../renderer/app/app.tsx';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { dispatch } from '../../../../electron/services/dispatch.ts';
import { EventHub } from '../../../../electron/services/event-hub.ts';
import { ProfileStore } from '../../../../electron/services/profile-store.ts';
import { useTeamStore } from '../../../../renderer/stores/team-store.ts';
import { useRouteStore } from '../../../../renderer/stores/route-store.ts';
import { freshDatabase, renderWith } from '../../support/render-app.tsx';
import { useTempDir } from '../../../support/temp-dir.ts';

describe('who is working', () => {
  const tempDir = useTempDir();
  const running: AppServices[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.dispose()));
    sessionStorage.clear();
    useRouteStore.getState().navigate({ name: 'books' });
  });

  async function start(dataDir?: string) {
    const dir = dataDir ?? (await tempDir());
    const services = createAppServices({ dataDir: dir, host: 'web', version: 'test', events: new EventHub() });
    running.push(services);
    const bridge: AppApi = { invoke: (channel, input) => dispatch(services.handlers, channel, input) as never, on: () => () => undefined };
    useTeamStore.setState({ profiles: null, personId: null });
    renderWith(<App />, { db: freshDatabase(), bridge, person: null });
    return dir;
  }

  it('makes the first person on a PC its supervisor, and records them in the data folder', async () => {
    const user = userEvent.setup();
    const dir = await start();
    expect(await screen.findByRole('heading', { name: 'Ai đang làm việc?' })).toBeTruthy();
    await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Thị Hoa');
    await user.click(screen.getByRole('button', { name: 'Bắt đầu làm việc' }));
    expect(await screen.findByText('Người làm: Nguyễn Thị Hoa (Giám sát)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sổ hộ tịch' })).toBeTruthy();
    expect((await new ProfileStore(dir).list()).map((p) => [p.fullName, p.role])).toEqual([['Nguyễn Thị Hoa', 'supervisor']]);
  });

  it('refuses a first name too short with a message, and goes on from the same form', async () => {
    const user = userEvent.setup();
    await start();
    await user.type(await screen.findByLabelText('Họ và tên'), 'H');
    await user.click(screen.getByRole('button', { name: 'Bắt đầu làm việc' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Họ tên cần từ 2 đến 80 ký tự');
    await user.type(screen.getByLabelText('Họ và tên'), 'oa Lê');
    await user.click(screen.getByRole('button', { name: 'Bắt đầu làm việc' }));
    expect(await screen.findByText('Người làm: Hoa Lê (Giám sát)')).toBeTruthy();
  });

  it('offers the team by name, asks a PIN of whoever has one, and says so when it is wrong', async () => {
    const user = userEvent.setup();
    const dir = await tempDir();
    const store = new ProfileStore(dir);
    await store.save({ fullName: 'Nguyễn Thị Hoa', role: 'supervisor' });
    await store.save({ fullName: 'Bùi Thị Lan', role: 'operator', pin: '4821' });
    await store.retire((await store.save({ fullName: 'Âu Văn Cũ', role: 'operator' })).id);
    await start(dir);
    const choices = await screen.findAllByRole('button', { name: /Giám sát|Nhập liệu/ });
    expect(choices.map((c) => c.textContent)).toEqual(['Bùi Thị Lan Nhập liệu', 'Nguyễn Thị Hoa Giám sát']);
    await user.click(choices[0]!);
    await user.type(screen.getByLabelText('Mã PIN của Bùi Thị Lan'), '1111');
    await user.click(screen.getByRole('button', { name: 'Vào' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Mã PIN của Bùi Thị Lan không đúng');
    await user.type(screen.getByLabelText('Mã PIN của Bùi Thị Lan'), '4821');
    await user.click(screen.getByRole('button', { name: 'Vào' }));
    expect(await screen.findByText('Người làm: Bùi Thị Lan (Nhập liệu)')).toBeTruthy();
    // an operator manages no team
    expect(screen.queryByRole('button', { name: 'Nhóm làm việc' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Đổi người' }));
    expect(await screen.findByRole('heading', { name: 'Ai đang làm việc?' })).toBeTruthy();
  });

  it('lets a supervisor add a person, change a role, set a PIN and retire someone, as the data folder then holds', async () => {
    const user = userEvent.setup();
    const dir = await tempDir();
    await new ProfileStore(dir).save({ fullName: 'Nguyễn Thị Hoa', role: 'supervisor' });
    await start(dir);
    await user.click(await screen.findByRole('button', { name: /^Nguyễn Thị Hoa/ }));
    await user.click(await screen.findByRole('button', { name: 'Nhóm làm việc' }));
    const add = await screen.findByRole('form', { name: 'Thêm người làm' });
    await user.type(within(add).getByLabelText('Họ và tên'), 'Trần Văn Bình');
    await user.click(within(add).getByRole('button', { name: 'Thêm' }));
    await user.selectOptions(await screen.findByLabelText('Vai trò của Trần Văn Bình'), 'checker');
    // the list is read again from the data folder after each change
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Vai trò của Trần Văn Bình').value).toBe('checker'));
    await user.type(screen.getByLabelText('Mã PIN mới của Trần Văn Bình'), '12');
    await user.click(within(screen.getByRole('row', { name: /Trần Văn Bình/ })).getByRole('button', { name: 'Đặt mã PIN' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Mã PIN gồm 4 đến 8 chữ số');
    await user.type(screen.getByLabelText('Mã PIN mới của Trần Văn Bình'), '3456');
    await user.click(within(screen.getByRole('row', { name: /Trần Văn Bình/ })).getByRole('button', { name: 'Đặt mã PIN' }));
    await waitFor(async () => expect((await new ProfileStore(dir).list()).find((p) => p.fullName === 'Trần Văn Bình')).toMatchObject({ role: 'checker', hasPin: true }));
    await user.click(within(screen.getByRole('row', { name: /Trần Văn Bình/ })).getByRole('button', { name: 'Cho thôi làm việc' }));
    await waitFor(async () => expect((await new ProfileStore(dir).list()).find((p) => p.fullName === 'Trần Văn Bình')?.retiredAt).toBeDefined());
    // the supervisor cannot retire themselves or give up managing
    const me = screen.getByRole('row', { name: /Nguyễn Thị Hoa/ });
    expect(within(me).queryByRole('button', { name: 'Cho thôi làm việc' })).toBeNull();
    expect(within(me).getByLabelText<HTMLSelectElement>('Vai trò của Nguyễn Thị Hoa').disabled).toBe(true);
  });
});
