// What the book's numbering says of the entry being edited (its number used again that year, numbers
// missing before it), from the book's list in memory: found again whenever an entry of the book changes,
// this one's saves included, without reading the book's entries.
import { useCallback, useEffect, useState } from 'react';
import type { YearRange } from '../../../shared/domain/dates.ts';
import type { Book } from '../../../shared/domain/entry.ts';
import { blockingFindings, registerYearsOf, type Finding } from '../../../shared/domain/validate-entry.ts';
import { useDatabase } from '../../app/database-context.ts';
import type { SohoaDatabase } from '../../db/database.ts';
import { registrationNumberFindings } from '../../db/entry-rows-repository.ts';
import { currentEntryList, useEntryList } from './use-entry-list.ts';

const none: readonly Finding[] = [];

/** The errors the book's numbering finds in an entry as the book stands now, its last save included: with its own, what keeps it from being verified. */
export async function numberingErrorsNow(db: SohoaDatabase, bookId: string, registerYears: YearRange, entryId: string): Promise<Finding[]> {
  return blockingFindings(await registrationNumberFindings(db, await currentEntryList(db, bookId), registerYears, entryId));
}

/** numberingErrorsNow of an entry of a book, as settling an entry (verifySettled) and merging a result read it. */
export function bookNumberingErrors(db: SohoaDatabase): (book: Book, entryId: string) => Promise<Finding[]> {
  return (book, entryId) => numberingErrorsNow(db, book.id, registerYearsOf(book), entryId);
}

export interface RegistrationFindings {
  /** the findings of the entry being edited, as of its last save */
  findings: readonly Finding[];
  /** the errors of an entry as its book stands now, its last save included: what keeps it from being verified */
  blockersNow: (entryId: string) => Promise<Finding[]>;
}

/** `registerYears`: the book's years, undefined while the book loads; `entryId`: undefined for an entry not saved yet. */
export function useRegistrationFindings(bookId: string, registerYears: YearRange | undefined, entryId: string | undefined): RegistrationFindings {
  const db = useDatabase();
  const list = useEntryList(bookId);
  const [found, setFound] = useState<{ entryId: string; findings: readonly Finding[] } | null>(null);

  useEffect(() => {
    const { index } = list;
    if (index === null || registerYears === undefined || entryId === undefined) return;
    let current = true;
    void registrationNumberFindings(db, index, registerYears, entryId).then((findings) => {
      if (current) setFound({ entryId, findings: findings.length === 0 ? none : findings });
    });
    return () => {
      current = false;
    };
  }, [db, list, registerYears, entryId]);

  const blockersNow = useCallback(async (id: string) => (registerYears === undefined ? [] : numberingErrorsNow(db, bookId, registerYears, id)), [db, bookId, registerYears]);

  return { findings: found !== null && found.entryId === entryId ? found.findings : none, blockersNow };
}
