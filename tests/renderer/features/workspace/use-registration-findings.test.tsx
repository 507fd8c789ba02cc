import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DatabaseContext } from '../../../../renderer/app/database-context.ts';
import type { SohoaDatabase } from '../../../../renderer/db/database.ts';
import { saveEntry } from '../../../../renderer/db/entries-repository.ts';
import { useEntryList } from '../../../../renderer/features/workspace/use-entry-list.ts';
import { useRegistrationFindings } from '../../../../renderer/features/workspace/use-registration-findings.ts';
import { addBook } from '../../support/books.ts';
import { freshDatabase } from '../../support/render-app.tsx';

const years = { from: 2003, to: 2003 };

function wrapperFor(db: SohoaDatabase) {
  return ({ children }: { children: ReactNode }) => <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

async function bookWith(numbers: string[]) {
  const db = freshDatabase();
  await addBook(db, 'book-1');
  const save = (no: string, name: string, id?: string) =>
    saveEntry(db, { ...(id ? { id } : {}), bookId: 'book-1', pageId: null, kind: 'birth', typed: { 'registration.number': no, 'child.fullName': name } }, 'clerk');
  const entries = [];
  for (const [i, no] of numbers.entries()) entries.push(await save(no, `Người ${i + 1}`));
  return { db, entries, save };
}

const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe('useRegistrationFindings', () => {
  it('gives the entry’s book-level findings, and finds them again as entries of the book change', async () => {
    const { db, entries, save } = await bookWith(['1', '2', '2']);
    const { result } = renderHook(() => useRegistrationFindings('book-1', years, entries[2]!.id), { wrapper: wrapperFor(db) });
    await waitFor(() => expect(codes(result.current.findings)).toEqual(['registration.numberDuplicate']));
    expect(result.current.findings[0]!.message.vi).toContain('Người 2');

    // renumbered, it is no duplicate any more, but 3 is missing before it… until another entry has it
    await save('4', 'Người 3', entries[2]!.id);
    await waitFor(() => expect(codes(result.current.findings)).toEqual(['registration.numberGap']));
    await save('3', 'Người 4');
    await waitFor(() => expect(result.current.findings).toEqual([]));
  });

  it('answers nothing for an entry not saved yet, or before the book’s years are known', async () => {
    const { db, entries } = await bookWith(['1', '1']);
    const unsaved = renderHook(() => useRegistrationFindings('book-1', years, undefined), { wrapper: wrapperFor(db) });
    const noYears = renderHook(() => useRegistrationFindings('book-1', undefined, entries[1]!.id), { wrapper: wrapperFor(db) });
    const saved = renderHook(() => useRegistrationFindings('book-1', years, entries[1]!.id), { wrapper: wrapperFor(db) });
    await waitFor(() => expect(saved.result.current.findings).toHaveLength(1));
    expect(unsaved.result.current.findings).toEqual([]);
    expect(noYears.result.current.findings).toEqual([]);
  });

  it('judges verification on the book as it stands now, the last save included, with errors only', async () => {
    const { db, entries, save } = await bookWith(['1', '2', '3']);
    const { result } = renderHook(() => useRegistrationFindings('book-1', years, entries[2]!.id), { wrapper: wrapperFor(db) });
    await waitFor(() => expect(result.current.findings).toEqual([]));
    await save('2', 'Người 3', entries[2]!.id);
    expect(codes(await result.current.blockersNow(entries[2]!.id))).toEqual(['registration.numberDuplicate']);
    await save('5', 'Người 3', entries[2]!.id);
    // a gap is a warning: it does not hold verification back
    expect(await result.current.blockersNow(entries[2]!.id)).toEqual([]);
  });
});

describe('useEntryList', () => {
  it('holds one list per book, however many parts of the screen read it', async () => {
    const { db } = await bookWith(['1']);
    const { result } = renderHook(() => [useEntryList('book-1'), useEntryList('book-1')] as const, { wrapper: wrapperFor(db) });
    await waitFor(() => expect(result.current[0].index).not.toBeNull());
    expect(result.current[1].index).toBe(result.current[0].index);
  });
});
