import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Book } from '../../../../shared/domain/entry.ts';
import { CreateBookForm } from '../../../../renderer/features/books/create-book-form.tsx';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

describe('CreateBookForm', () => {
  it('creates a book in IndexedDB with the commune as written, NFC', async () => {
    const db = freshDatabase();
    const onCreated = vi.fn((_book: Book) => undefined);
    renderWith(<CreateBookForm onCreated={onCreated} />, { db, bridge: scriptedBridge({}).bridge });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Loại sổ'), 'death');
    await user.type(screen.getByLabelText('Xã/phường (như ghi trên bìa)'), 'xã  Triêm Đức'.normalize('NFD'));
    await user.type(screen.getByLabelText('Quyển số'), '02');
    await user.type(screen.getByLabelText('Từ năm'), '1985');
    await user.type(screen.getByLabelText('Đến năm'), '1986');
    await user.click(screen.getByRole('button', { name: 'Tạo sổ mới' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const [book] = await db.books.toArray();
    expect(book).toMatchObject({ kind: 'death', templateId: 'death-form', communeAsWritten: 'xã Triêm Đức'.normalize('NFC'), volume: '02', yearFrom: 1985, yearTo: 1986 });
  });

  it('shows each problem beside its field and creates nothing', async () => {
    const db = freshDatabase();
    const onCreated = vi.fn();
    renderWith(<CreateBookForm onCreated={onCreated} />, { db, bridge: scriptedBridge({}).bridge });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Từ năm'), '1990');
    await user.type(screen.getByLabelText('Đến năm'), '85');
    await user.click(screen.getByRole('button', { name: 'Tạo sổ mới' }));
    const commune = screen.getByLabelText('Xã/phường (như ghi trên bìa)');
    expect(commune.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Hãy nhập tên xã/phường như ghi trên bìa sổ.')).toBeTruthy();
    expect(screen.getByLabelText('Đến năm').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('"85" không phải năm có 4 chữ số.')).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
    expect(await db.books.count()).toBe(0);
  });
});
