import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Book } from '../../../../shared/domain/entry.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { CreateBookForm } from '../../../../renderer/features/books/create-book-form.tsx';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

describe('CreateBookForm', () => {
  it('creates a book in IndexedDB with the commune as written, NFC', async () => {
    const db = freshDatabase();
    const onCreated = vi.fn((_book: Book) => undefined);
    renderWith(<CreateBookForm onCreated={onCreated} onOpen={vi.fn()} />, { db, bridge: scriptedBridge({}).bridge });
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
    renderWith(<CreateBookForm onCreated={onCreated} onOpen={vi.fn()} />, { db, bridge: scriptedBridge({}).bridge });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Từ năm'), '1990');
    await user.type(screen.getByLabelText('Đến năm'), '85');
    await user.click(screen.getByRole('button', { name: 'Tạo sổ mới' }));
    const commune = screen.getByLabelText('Xã/phường (như ghi trên bìa)');
    expect(commune.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Hãy nhập tên xã/phường như ghi trên bìa sổ.')).toBeTruthy();
    expect(screen.getByLabelText('Đến năm').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('"85" không phải một năm: hãy nhập 4 chữ số (ví dụ 1987).')).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
    expect(await db.books.count()).toBe(0);
  });

  it('says an empty year in words a clerk understands', async () => {
    renderWith(<CreateBookForm onCreated={vi.fn()} onOpen={vi.fn()} />, { db: freshDatabase(), bridge: scriptedBridge({}).bridge });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tạo sổ mới' }));
    expect(screen.getByText('Hãy nhập năm đầu tiên sổ ghi, bằng 4 chữ số (ví dụ 1987).')).toBeTruthy();
    expect(document.body.textContent).not.toContain('""');
  });

  it('creates a table book: the edition chosen from a plain description of each', async () => {
    const db = freshDatabase();
    const onCreated = vi.fn((_book: Book) => undefined);
    renderWith(<CreateBookForm onCreated={onCreated} onOpen={vi.fn()} />, { db, bridge: scriptedBridge({}).bridge });
    const user = userEvent.setup();
    const editions = screen.getByRole('group', { name: 'Mẫu sổ' });
    expect(within(editions).getByRole('radio', { name: /Sổ đăng ký khai sinh \(mỗi trang một mục\)/ })).toHaveProperty('checked', true);
    expect(editions.textContent).toContain('Bảng kẻ ô, mỗi trang nhiều mục');
    await user.click(within(editions).getByRole('radio', { name: /dạng bảng/ }));
    await user.type(screen.getByLabelText('Xã/phường (như ghi trên bìa)'), 'xã Bình Lập');
    await user.type(screen.getByLabelText('Quyển số'), '1');
    await user.type(screen.getByLabelText('Từ năm'), '1998');
    await user.type(screen.getByLabelText('Đến năm'), '1998');
    await user.click(screen.getByRole('button', { name: 'Tạo sổ mới' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect((await db.books.toArray())[0]).toMatchObject({ kind: 'birth', templateId: 'birth-table' });
    // a death book offers death editions only
    await user.selectOptions(screen.getByLabelText('Loại sổ'), 'death');
    expect(within(screen.getByRole('group', { name: 'Mẫu sổ' })).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['death-form']);
  });

  it('warns of a book with the same kind, commune, volume and years, and asks before making a second', async () => {
    const db = freshDatabase();
    await createBook(db, { kind: 'birth', communeAsWritten: 'Xã Bình Lập', volume: '01', yearFrom: 1998, yearTo: 1999 });
    const onCreated = vi.fn((_book: Book) => undefined);
    const onOpen = vi.fn((_book: Book) => undefined);
    renderWith(<CreateBookForm onCreated={onCreated} onOpen={onOpen} />, { db, bridge: scriptedBridge({}).bridge });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Xã/phường (như ghi trên bìa)'), 'xa binh lap');
    await user.type(screen.getByLabelText('Quyển số'), '1');
    await user.type(screen.getByLabelText('Từ năm'), '1998');
    await user.type(screen.getByLabelText('Đến năm'), '1999');
    await user.click(screen.getByRole('button', { name: 'Tạo sổ mới' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Đã có sổ cùng loại, cùng xã/phường, quyển và năm: “Xã Bình Lập”, quyển 01, 1998–1999');
    expect(await db.books.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Mở sổ đã có' }));
    expect(onOpen.mock.calls[0]![0]).toMatchObject({ communeAsWritten: 'Xã Bình Lập' });
    await user.click(screen.getByRole('button', { name: 'Vẫn tạo sổ mới' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(await db.books.count()).toBe(2);
  });
});
