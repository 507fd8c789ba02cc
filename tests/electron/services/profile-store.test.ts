// The team's profiles in a real data folder: kept across restarts, names checked, PINs hashed and checked,
// a damaged file set aside rather than written over.
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../../../electron/services/profile-store.ts';
import { rejection } from '../../support/app-errors.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('ProfileStore', () => {
  const tempDir = useTempDir();

  it('keeps people across a restart, owner-only, with their role, and retires them without forgetting them', async () => {
    const dataDir = await tempDir();
    const store = new ProfileStore(dataDir);
    const hoa = await store.save({ fullName: ' Nguyễn  Thị Hoa ', role: 'supervisor' });
    const lan = await store.save({ fullName: 'Bùi Thị Lan', role: 'operator' });
    expect(hoa).toMatchObject({ fullName: 'Nguyễn Thị Hoa', role: 'supervisor', hasPin: false });
    await store.save({ id: lan.id, fullName: 'Bùi Thị Lan', role: 'checker' });
    await store.retire(hoa.id);

    const again = await new ProfileStore(dataDir).list();
    expect(again.map((p) => [p.fullName, p.role, p.retiredAt !== undefined])).toEqual([['Nguyễn Thị Hoa', 'supervisor', true], ['Bùi Thị Lan', 'checker', false]]);
    expect((await stat(path.join(dataDir, 'team', 'profiles.json'))).mode & 0o777).toBe(0o600);
  });

  it('adopts the people a package names under their own ids, and leaves people known here as they are', async () => {
    const dataDir = await tempDir();
    const store = new ProfileStore(dataDir);
    const lan = await store.save({ fullName: 'Bùi Thị Lan', role: 'checker', pin: '4821' });
    const minh = { id: '6f1c2a9e-0000-4000-8000-000000000001', fullName: 'Trần Văn Minh', role: 'operator' as const };
    await store.adopt([minh, { id: lan.id, fullName: 'Lan (máy giám sát)', role: 'operator' }]);
    await store.adopt([minh]);

    const again = await new ProfileStore(dataDir).list();
    expect(again.map((p) => [p.id, p.fullName, p.role, p.hasPin])).toEqual([[lan.id, 'Bùi Thị Lan', 'checker', true], [minh.id, 'Trần Văn Minh', 'operator', false]]);
  });

  it('keeps a PIN only as a salted hash, checks it, and can remove it', async () => {
    const dataDir = await tempDir();
    const store = new ProfileStore(dataDir);
    const lan = await store.save({ fullName: 'Bùi Thị Lan', role: 'operator', pin: '4821' });
    expect(lan.hasPin).toBe(true);
    expect(await readFile(path.join(dataDir, 'team', 'profiles.json'), 'utf8')).not.toContain('4821');
    await store.checkPin(lan.id, '4821');
    const wrong = await rejection(store.checkPin(lan.id, '1111'));
    expect(wrong.code).toBe('profile-pin-wrong');
    expect(wrong.vi).toContain('Bùi Thị Lan');
    // a change that says nothing of the PIN keeps it, one that says nothing of the role keeps that
    expect((await store.save({ id: lan.id, fullName: 'Bùi Thị Lan', role: 'checker' })).hasPin).toBe(true);
    expect((await store.save({ id: lan.id, fullName: 'Bùi Thị Lan', pin: '9999' })).role).toBe('checker');
    await store.checkPin(lan.id, '9999');
    expect((await rejection(new ProfileStore(dataDir).checkPin(lan.id, '1111'))).code).toBe('profile-pin-wrong');
    expect((await store.save({ id: lan.id, fullName: 'Bùi Thị Lan', pin: null })).hasPin).toBe(false);
    await store.checkPin(lan.id, 'anything');
  });

  it('refuses a bad name, a taken one, a PIN that is not 4 to 8 digits, and an unknown person, saving nothing', async () => {
    const dataDir = await tempDir();
    const store = new ProfileStore(dataDir);
    await store.save({ fullName: 'Trần Thị Thúy', role: 'operator' });
    expect((await rejection(store.save({ fullName: ' ', role: 'operator' }))).code).toBe('profile-name');
    expect((await rejection(store.save({ fullName: 'trần thị thuý', role: 'checker' }))).code).toBe('profile-name-taken');
    expect((await rejection(store.save({ fullName: 'Lê Văn Nam', role: 'operator', pin: '12a4' }))).code).toBe('profile-pin-format');
    expect((await rejection(store.save({ id: 'nobody', fullName: 'Lê Văn Nam', role: 'operator' }))).code).toBe('profile-unknown');
    expect((await rejection(store.checkPin('nobody', '1234'))).code).toBe('profile-unknown');
    expect((await rejection(store.save({ fullName: 'Lê Văn Nam' }))).code).toBe('invalid-payload');
    expect((await new ProfileStore(dataDir).list()).map((p) => p.fullName)).toEqual(['Trần Thị Thúy']);
  });

  it('sets a damaged file aside, says so, and starts the team empty without writing over it', async () => {
    const dataDir = await tempDir();
    await mkdir(path.join(dataDir, 'team'), { recursive: true });
    await writeFile(path.join(dataDir, 'team', 'profiles.json'), '{"v":1,"profiles":[{"id":"x","fullNa');
    const store = new ProfileStore(dataDir);
    expect(await store.list()).toEqual([]);
    await store.save({ fullName: 'Lê Văn Nam', role: 'supervisor' });
    const names = await readdir(path.join(dataDir, 'team'));
    const aside = names.find((name) => name.startsWith('profiles.json.damaged-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(dataDir, 'team', aside!), 'utf8')).toContain('"fullNa');
  });

  it('applies changes made at once one after another, losing none', async () => {
    const store = new ProfileStore(await tempDir());
    await Promise.all(['Lê Văn Một', 'Lê Văn Hai', 'Lê Văn Ba', 'Lê Văn Bốn'].map((fullName) => store.save({ fullName, role: 'operator' })));
    expect((await store.list()).length).toBe(4);
  });
});
