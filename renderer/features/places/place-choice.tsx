// Under a place field, when the table cannot decide alone: the units an ambiguous name fits, or the
// units of today a split one may lie in. A native select: Tab reaches it, the arrow keys and typing
// choose, and a screen reader names it.
import type { PlaceRecord } from '../../../shared/places/place-record.ts';
import { useT } from '../../i18n/use-t.ts';

export type PlaceDecision = { versionKey: string } | { successorKey: string };

export function PlaceChoice({ id, field, record, onChoose }: { id: string; field: string; record: PlaceRecord; onChoose: (decision: PlaceDecision) => void }) {
  const { t } = useT();
  const meant = record.status === 'ambiguous' ? (record.candidates ?? []) : [];
  const split = record.status !== 'ambiguous' && record.needsChoice ? record.successors : [];
  if (meant.length < 2 && split.length < 2) return null;
  const units = meant.length >= 2 ? meant : split;
  const chosen = meant.length >= 2 ? '' : (record.chosenSuccessor ?? '');
  return (
    <p className="place-choice">
      <label htmlFor={id}>{t(meant.length >= 2 ? 'place.chooseMeant' : 'place.chooseToday', { field })}</label>{' '}
      <select
        id={id}
        value={chosen}
        onChange={(event) => {
          const key = event.currentTarget.value;
          if (key !== '') onChoose(meant.length >= 2 ? { versionKey: key } : { successorKey: key });
        }}
      >
        <option value="">{t('place.choose')}</option>
        {units.map((unit) => (
          <option key={unit.key} value={unit.key}>{unit.path}</option>
        ))}
      </select>
    </p>
  );
}
