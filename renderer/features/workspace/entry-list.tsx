// The book's entries, in reading order, searchable by number, name or registration date without
// marks ("nguyen van an", "390", "1987"). Only the rows in view are read and rendered.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import type { EntryRow } from '../../../shared/domain/entry-rows.ts';
import { useDatabase } from '../../app/database-context.ts';
import { SearchBox } from '../../app/search-box.tsx';
import { VirtualTable, type VisibleRange } from '../../app/virtual-table.tsx';
import { entryRowsByKeys } from '../../db/entry-rows-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEntryList } from './use-entry-list.ts';

export function EntryList({ bookId, selectedId, onOpen }: { bookId: string; selectedId: string | null; onOpen: (entryId: string) => void }) {
  const db = useDatabase();
  const { t, language } = useT();
  const [query, setQuery] = useState('');
  const [range, setRange] = useState<VisibleRange>({ first: 0, end: 0 });
  const onRange = useCallback((next: VisibleRange) => setRange((r) => (r.first === next.first && r.end === next.end ? r : next)), []);

  // a new object at every change applied: searched again then, as a saved entry may now match or no longer
  const list = useEntryList(bookId);
  const { index } = list;
  const found = useMemo(() => list.index?.search(query) ?? null, [list, query]);
  const total = found === null ? (index?.size ?? 0) : found.length;
  const keys = useMemo(() => (found ?? list.index)?.slice(range.first, range.end) ?? [], [found, list, range.first, range.end]);
  // Each answer says where its rows start: an answer for an earlier range is never shown at the new one.
  const from = range.first;
  const window = useLiveQuery(async () => ({ from, rows: await entryRowsByKeys(db, keys) }), [db, keys, from]);

  if (index === null) return <p className="muted">{t('entries.loading')}</p>;
  if (index.size === 0) return <p className="muted">{t('entries.empty')}</p>;
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const today = new Date().toDateString();
  // today's changes by their time, older ones by their day: one short line
  const when = (row: EntryRow) => {
    const at = new Date(row.updatedAt);
    return at.toDateString() === today ? at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) : at.toLocaleDateString(locale);
  };
  return (
    <div className="entry-list">
      <SearchBox label={t('entries.search')} onSearch={setQuery} />
      <p role="status" className="muted">{found === null ? t('entries.count', { count: total }) : t('entries.found', { count: total })}</p>
      <VirtualTable
        label={t('entries.heading')}
        columns={[
          { header: t('entries.no'), width: '3.5rem' },
          { header: t('entries.name'), width: 'minmax(8rem, 1fr)' },
          { header: t('entries.status'), width: '6.5rem' },
          { header: t('entries.updated'), width: '5.5rem' },
        ]}
        total={total}
        rows={window?.rows ?? []}
        rowsFrom={window?.from ?? 0}
        onRange={onRange}
        rowKey={(row) => row.key}
        isSelected={(row) => row.id === selectedId}
        loadingText={t('entries.loading')}
        cells={(row) => [
          row.entryNo,
          <button key="open" type="button" className="link-button" onClick={() => onOpen(row.id)}>{row.name || '—'}</button>,
          t(`status.${row.status}`),
          when(row),
        ]}
      />
    </div>
  );
}
