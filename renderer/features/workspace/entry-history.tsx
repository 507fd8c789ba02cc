// An entry's audit trail, newest first: who did what when, and for each field changed its value before
// and after (DESIGN.md: every change to an entry is kept with its history).
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditRow, FieldValue } from '../../../shared/domain/entry.ts';
import { fieldLabel, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import { useDatabase } from '../../app/database-context.ts';
import { entryHistory } from '../../db/entries-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { actorName } from '../../../shared/team/profile.ts';
import { useTeamStore } from '../../stores/team-store.ts';

const noRows: AuditRow[] = [];

export function EntryHistory({ entryId, kind }: { entryId: string; kind: RecordKind }) {
  const db = useDatabase();
  const { t, pick, language } = useT();
  const rows = useLiveQuery(() => entryHistory(db, entryId), [db, entryId]) ?? noRows;
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const shown = (value: FieldValue | null) => (value && value.value !== '' ? `“${value.value}”` : t('history.empty'));
  const label = (key: string) => pick(fieldLabel(kind, key));
  const keyedText = (keyed: { value: string; mark?: FieldValue['mark'] }) => (keyed.mark ? t(`history.mark.${keyed.mark}`) : keyed.value || t('history.empty'));
  // Accepting a doubtful reading as read changes no letter: say what it was.
  const change = (before: FieldValue | null, after: FieldValue | null) =>
    before && after && before.value === after.value && after.confirmed && !before.confirmed ? t('history.confirmed', { value: shown(after) }) : `${shown(before)} → ${shown(after)}`;

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
              <td>{actorName(row.actor, profiles)}</td>
              <td>{t(`history.action.${row.action}`)}</td>
              <td>
                <ul className="plain-list">
                  {row.changes.map((c) => (
                    <li key={c.field}>
                      {label(c.field)}: {change(c.before, c.after)}
                    </li>
                  ))}
                  {row.decision && (
                    <li className="history-decision">
                      {t('history.decision', {
                        field: label(row.decision.field),
                        a: keyedText(row.decision.a),
                        b: keyedText(row.decision.b),
                        choice: row.decision.choice === 'typed' ? t('history.decisionTyped') : t('batches.pass', { pass: row.decision.choice }),
                      })}
                    </li>
                  )}
                  {row.unchecked && row.unchecked.length > 0 && (
                    <li className="history-unchecked">{t('history.unchecked', { count: row.unchecked.length, fields: row.unchecked.map(label).join(', ') })}</li>
                  )}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
