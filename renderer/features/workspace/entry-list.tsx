import type { Entry } from '../../../shared/domain/entry.ts';
import { useT } from '../../i18n/use-t.ts';

const nameFields = ['child.fullName', 'husband.fullName', 'deceased.fullName'];

export function entryDisplayName(entry: Entry): string {
  const key = nameFields.find((k) => entry.fields[k]);
  return key ? entry.fields[key]!.value : '';
}

export function EntryList({ entries, selectedId, onSelect }: { entries: Entry[]; selectedId: string | null; onSelect: (entry: Entry) => void }) {
  const { t, language } = useT();
  if (entries.length === 0) return <p className="muted">{t('entries.empty')}</p>;
  return (
    <table className="data-table" aria-label={t('entries.heading')}>
      <thead>
        <tr>
          <th scope="col">{t('entries.no')}</th>
          <th scope="col">{t('entries.name')}</th>
          <th scope="col">{t('entries.status')}</th>
          <th scope="col">{t('entries.revision')}</th>
          <th scope="col">{t('entries.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} aria-selected={entry.id === selectedId} className={entry.id === selectedId ? 'selected' : undefined}>
            <td>{entry.entryNo}</td>
            <td>
              <button type="button" className="link-button" onClick={() => onSelect(entry)}>
                {entryDisplayName(entry) || '—'}
              </button>
            </td>
            <td>{t(`status.${entry.status}`)}</td>
            <td>{entry.revision}</td>
            <td>{new Date(entry.updatedAt).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
