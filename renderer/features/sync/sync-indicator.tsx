// Always in the header: where sync stands and how many entries wait, in words (a live region, so a screen
// reader hears it change), a warning when this PC's clock is far from the server's, and the way to the
// outbox.
import { useLiveQuery } from 'dexie-react-hooks';
import { clockSkewWarning } from '../../../shared/sync/sync-health.ts';
import { useDatabase } from '../../app/database-context.ts';
import { outboxCounts } from '../../db/outbox-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { useSyncStore } from '../../stores/sync-store.ts';
import { syncStateText } from './sync-state-text.ts';

export function SyncIndicator() {
  const db = useDatabase();
  const { t } = useT();
  const status = useSyncStore((s) => s.status);
  const navigate = useRouteStore((s) => s.navigate);
  const counts = useLiveQuery(() => outboxCounts(db), [db]);
  const waiting = (counts?.pending ?? 0) + (counts?.sending ?? 0);
  const skew = clockSkewWarning(status.clockSkewMs);
  return (
    <div className="sync-indicator">
      <p role="status" className={`sync-state sync-${status.phase}`}>
        {syncStateText(status, t)}
        {counts && ` · ${t('sync.counts', { waiting, attention: counts.attention, done: counts.done })}`}
      </p>
      {skew && <p className="sync-warning">{t(skew.ahead ? 'sync.clockAhead' : 'sync.clockBehind', { minutes: skew.minutes })}</p>}
      <button type="button" className="link-button sync-open" onClick={() => navigate({ name: 'outbox' })}>{t('sync.open')}</button>
    </div>
  );
}
