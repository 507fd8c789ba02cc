// A book's list in memory, kept up to date: loaded once, then every row change written since (by this
// window or another) is applied as it is committed. The answer is a new object at each change applied.
// Whatever reads a book's list (the entries under the form, the checks of its numbering) shares one: a
// book of 100,000 entries is loaded, held and followed once.
import { liveQuery } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';
import type { EntryListIndex } from '../../../shared/domain/entry-list-index.ts';
import type { EntryRow } from '../../../shared/domain/entry-rows.ts';
import { useDatabase } from '../../app/database-context.ts';
import type { SohoaDatabase } from '../../db/database.ts';
import { entryRowsChangedSince, loadEntryList } from '../../db/entry-rows-repository.ts';

export interface EntryListState {
  index: EntryListIndex | null;
  version: number;
}

interface OpenList {
  state: EntryListState;
  readers: Set<() => void>;
  /** resolves once the list holds every row committed before the call */
  catchUp: () => Promise<EntryListIndex>;
  close: () => void;
}

const notLoaded: EntryListState = { index: null, version: 0 };
const openLists = new WeakMap<SohoaDatabase, Map<string, OpenList>>();

function openList(db: SohoaDatabase, bookId: string): OpenList {
  const books = openLists.get(db) ?? new Map<string, OpenList>();
  openLists.set(db, books);
  const already = books.get(bookId);
  if (already) return already;

  let closed = false;
  let subscription: { unsubscribe: () => void } | undefined;
  const loaded = loadEntryList(db, bookId);
  // Changes are applied one after another. A read's rows at or before the list's last change are older
  // versions of rows a later read already brought.
  let applied: Promise<unknown> = loaded;
  const applyNew = (index: EntryListIndex, rows: readonly EntryRow[]) => {
    const fresh = rows.filter((row) => row.seq > index.upTo);
    if (fresh.length === 0 || closed) return;
    index.apply(fresh);
    publish({ index, version: list.state.version + 1 });
  };
  const publish = (state: EntryListState) => {
    list.state = state;
    for (const reader of list.readers) reader();
  };
  const list: OpenList = {
    state: notLoaded,
    readers: new Set(),
    catchUp: () => {
      const done = applied.then(async () => {
        const index = await loaded;
        applyNew(index, await entryRowsChangedSince(db, bookId, index.upTo));
        return index;
      });
      applied = done;
      return done;
    },
    close: () => {
      closed = true;
      subscription?.unsubscribe();
      books.delete(bookId);
    },
  };
  books.set(bookId, list);
  void loaded.then((index) => {
    if (closed) return;
    publish({ index, version: 0 });
    // The query reads the index's upTo each time it runs: each run brings only what is new.
    subscription = liveQuery(() => entryRowsChangedSince(db, bookId, index.upTo)).subscribe({
      next: (rows) => {
        applied = applied.then(() => applyNew(index, rows));
      },
    });
  });
  return list;
}

export function useEntryList(bookId: string): EntryListState {
  const db = useDatabase();
  const subscribe = useCallback((onChange: () => void) => {
    const list = openList(db, bookId);
    list.readers.add(onChange);
    return () => {
      list.readers.delete(onChange);
      if (list.readers.size === 0) list.close();
    };
  }, [db, bookId]);
  return useSyncExternalStore(subscribe, () => openLists.get(db)?.get(bookId)?.state ?? notLoaded);
}

/** The book's list with every row committed so far applied: the open one brought up to date, else one loaded now. */
export function currentEntryList(db: SohoaDatabase, bookId: string): Promise<EntryListIndex> {
  return openLists.get(db)?.get(bookId)?.catchUp() ?? loadEntryList(db, bookId);
}
