// A book's list in memory, kept up to date: loaded once, then every row change written since (by this
// window or another) is applied as it is committed. The answer is a new object at each change applied.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { EntryListIndex } from '../../../shared/domain/entry-list-index.ts';
import { useDatabase } from '../../app/database-context.ts';
import { entryRowsChangedSince, loadEntryList } from '../../db/entry-rows-repository.ts';

export function useEntryList(bookId: string): { index: EntryListIndex | null; version: number } {
  const db = useDatabase();
  const [state, setState] = useState<{ index: EntryListIndex | null; version: number }>({ index: null, version: 0 });
  useEffect(() => {
    let live = true;
    let subscription: { unsubscribe: () => void } | undefined;
    void loadEntryList(db, bookId).then((index) => {
      if (!live) return;
      setState({ index, version: 0 });
      // The query reads the index's upTo each time it runs: each run brings only what is new.
      subscription = liveQuery(() => entryRowsChangedSince(db, bookId, index.upTo)).subscribe({
        next: (rows) => {
          if (rows.length === 0) return;
          index.apply(rows);
          setState((s) => ({ index, version: s.version + 1 }));
        },
      });
    });
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, [db, bookId]);
  // another book's list, until this one's is loaded
  return state.index?.bookId === bookId ? state : { index: null, version: 0 };
}
