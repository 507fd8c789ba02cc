// Under a place field: what the text resolved to on the entry's date and where that lies today, in
// words (not colour alone). Ambiguous and unresolved places are shown as findings by the form.
import type { PlaceRecord } from '../../../shared/places/place-record.ts';
import { useT } from '../../i18n/use-t.ts';

export function PlaceNote({ id, record }: { id: string; record: PlaceRecord }) {
  const { t } = useT();
  if (record.status !== 'auto' && record.status !== 'manual') return null;
  const chosen = record.successors.find((s) => s.key === record.chosenSuccessor);
  const today = (chosen ? [chosen] : record.successors).map((s) => s.path).join('; ');
  return (
    <p id={id} className="place-note" data-place-status={record.status}>
      {t('place.resolved', { path: record.path ?? '', date: record.date })}
      {today !== '' && today !== record.path && <> · {t(record.needsChoice && !chosen ? 'place.todayChoice' : 'place.today', { today })}</>}
    </p>
  );
}
