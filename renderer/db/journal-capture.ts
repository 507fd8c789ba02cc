// Every write to books, pages, entries or audit, whichever repository makes it, leaves a row in the
// journal outbox in the SAME transaction (DESIGN.md, The data folder is the second copy): a change the
// clerk saw saved is either in the data folder already or waiting in that table to be sent there, through
// a reload, a crash or a Node side that was briefly away. A row names the record, not its value: what is
// sent is the record as it stands then, so saving stays one small write more.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { journalStores, type JournalStoreName } from '../../shared/journal/journal-record.ts';
import { newId } from './ids.ts';

export const journalOutboxTable = 'journalOutbox';

export interface JournalOutboxRow {
  /** time-ordered: rows are sent in the order they were written */
  seq: string;
  store: JournalStoreName;
  key: string;
  bookId: string;
}

type Stored = Record<string, unknown>;

const tracked: ReadonlySet<string> = new Set(journalStores);

/** Which book each entry a transaction wrote or deleted is in: an audit row names only its entry. */
const entryBooks = new WeakMap<DBCoreTransaction, Map<string, string>>();

function entryBooksOf(trans: DBCoreTransaction): Map<string, string> {
  let books = entryBooks.get(trans);
  if (!books) entryBooks.set(trans, (books = new Map<string, string>()));
  return books;
}

/** An upgrade from before the outbox existed runs without it: those writes are journaled by version 7's upgrade. */
function hasOutbox(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(journalOutboxTable);
}

async function bookIdsOf(down: DBCore, trans: DBCoreTransaction, store: JournalStoreName, values: readonly Stored[]): Promise<(string | null)[]> {
  if (store === 'books') return values.map((value) => String(value.id));
  if (store !== 'audit') {
    if (store === 'entries') for (const value of values) entryBooksOf(trans).set(String(value.id), String(value.bookId));
    return values.map((value) => String(value.bookId));
  }
  const known = entryBooksOf(trans);
  const unknown = [...new Set(values.map((value) => String(value.entityId)).filter((id) => !known.has(id)))];
  if (unknown.length > 0 && (trans as unknown as IDBTransaction).objectStoreNames.contains('entries')) {
    const entries = (await down.table('entries').getMany({ trans, keys: unknown })) as (Stored | undefined)[];
    entries.forEach((entry) => entry && known.set(String(entry.id), String(entry.bookId)));
  }
  return values.map((value) => known.get(String(value.entityId)) ?? null);
}

/** The records a deletion is about to remove, read in its transaction before it runs. */
async function deletedValues(table: DBCoreTable, req: Extract<DBCoreMutateRequest, { type: 'delete' | 'deleteRange' }>): Promise<Stored[]> {
  const found = req.type === 'delete'
    ? await table.getMany({ trans: req.trans, keys: req.keys })
    : (await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })).result;
  return (found as (Stored | undefined)[]).filter((value): value is Stored => value !== undefined);
}

async function mutateAndCapture(down: DBCore, table: DBCoreTable, store: JournalStoreName, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (!hasOutbox(req.trans)) return table.mutate(req);
  const isDeletion = req.type === 'delete' || req.type === 'deleteRange';
  const values = isDeletion ? await deletedValues(table, req) : [];
  const response = await table.mutate(req);
  if (!isDeletion) {
    const failed = new Set(Object.keys(response.failures).map(Number));
    values.push(...(req.values as Stored[]).filter((_, i) => !failed.has(i)));
  }
  const bookIds = await bookIdsOf(down, req.trans, store, values);
  const rows = values.flatMap((value, i): JournalOutboxRow[] => {
    const bookId = bookIds[i];
    // an audit row of an entry no longer anywhere belongs to no book that could be restored
    return bookId ? [{ seq: newId(), store, key: String(value.id), bookId }] : [];
  });
  if (rows.length > 0) await down.table(journalOutboxTable).mutate({ type: 'add', trans: req.trans, values: rows });
  return response;
}

export const journalCapture: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'journal-capture',
  create(down) {
    return {
      ...down,
      // Any transaction that may write a journaled table may write the outbox too.
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.some((name) => tracked.has(name)) && !stores.includes(journalOutboxTable);
        return down.transaction(widened ? [...stores, journalOutboxTable] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!tracked.has(name)) return table;
        return { ...table, mutate: (req) => mutateAndCapture(down, table, name as JournalStoreName, req) };
      },
    };
  },
};
