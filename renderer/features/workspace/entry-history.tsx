// An entry's audit trail, newest first: who did what when, and for each field changed its value before
// and after (DESIGN.md: every change to an entry is kept with its history).
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditRow, FieldValue } from '../../../shared/domain/entry.ts';
import { fieldDefinition, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import { useDatabase } from '../../app/database-context.ts';
import { entryHistory } from '../../db/entries-repository.ts';
import { useT } from '../../i18n/use-t.ts';

const noRows: AuditRow[] = [];

export function EntryHistory({ entryId, kind }: { entryId: string; kind: RecordKind }) {
  const db = useDatabase();
  const { t, pick, language } = useT();
  const rows = useLiveQuery(() => entryHistory(db, entryId), [db, entryId]) ?? noRows;
  const shown = (value: FieldValue | null) => (value && value.value !== '' ? `“${value.value}”` : t('history.empty'));

  return (
    <details className="entry-history">
      <summary>{t('history.heading', { count: rows.length })}</summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('history.who')}</th>
            <th scope="col">{t('history.what')}</th>
            <th scope="col">{t('history.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((row) => (
            <tr key={row.id}>
              <td>{new Date(row.at).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')}</td>
              <td>{row.actor}</td>
              <td>{t(`history.action.${row.action}`)}</td>
              <td>
                <ul className="plain-list">
                  {row.changes.map((change) => {
                    const definition = fieldDefinition(kind, change.field);
                    return (
                      <li key={change.field}>
                        {definition ? pick(definition.label) : change.field}: {shown(change.before)} → {shown(change.after)}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
