// "Đổi người" while a clerk is typing in the workspace: what they typed and the form has not saved yet is
// saved on the way out (the form's last autosave), as theirs, whoever works next.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/app.tsx';
import { createBook } from '../../../renderer/db/books-repository.ts';
import { useRouteStore } from '../../../renderer/stores/route-store.ts';
import { useTeamStore } from '../../../renderer/stores/team-store.ts';
import type { Profile } from '../../../shared/team/profile.ts';
import { fieldInput } from '../support/field-input.ts';
import { freshDatabase, renderWith, scriptedBridge, testPerson } from '../support/render-app.tsx';

const lan: Profile = { id: '0193a1b2-0000-7000-8000-00000000000a', fullName: 'Bùi Thị Lan', role: 'operator', hasPin: false, createdAt: '2026-12-01T08:00:00.000Z' };

describe('switching person in the header', () => {
  afterEach(() => {
    sessionStorage.clear();
    useRouteStore.getState().navigate({ name: 'books' });
  });

  it('saves what the clerk was typing as theirs before the next person is asked for', async () => {
    const db = freshDatabase();
    const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 2003, yearTo: 2003 });
    const { bridge } = scriptedBridge({ 'team:getProfiles': () => ({ ok: true, value: { profiles: [testPerson, lan] } }) });
    useRouteStore.getState().navigate({ name: 'book', bookId: book.id });
    renderWith(<App />, { db, bridge, person: lan });
    const user = userEvent.setup();
    await user.type(await waitFor(() => fieldInput('Họ và tên')), 'Lê Văn An');
    await user.click(screen.getByRole('button', { name: 'Đổi người' }));
    // the next person at once, while the last keystrokes may still be on their way to the database
    await user.click(await screen.findByRole('button', { name: /^Nguyễn Thị Hoa/ }));
    expect(useTeamStore.getState().personId).toBe(testPerson.id);

    await waitFor(async () => expect((await db.entries.toArray()).map((entry) => entry.fields['child.fullName']?.value)).toEqual(['Lê Văn An']));
    const [entry] = await db.entries.toArray();
    expect(entry!.updatedBy).toBe(lan.id);
    expect(new Set((await db.audit.where('entityId').equals(entry!.id).toArray()).map((row) => row.actor))).toEqual(new Set([lan.id]));
  });
});
