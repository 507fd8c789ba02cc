// The outbox: the civil-status API's address and sign-in, where sync stands (last success, the clock),
// and every entry waiting to be sent or needing attention, with the server's reasons and a retry.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { SyncSettings } from '../../../shared/api/app-api.ts';
import { entryName } from '../../../shared/domain/entry-rows.ts';
import type { OutboxRow } from '../../../shared/sync/outbox.ts';
import { isWithdrawal } from '../../../shared/sync/protocol.ts';
import { clockSkewWarning } from '../../../shared/sync/sync-health.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { retryRow } from '../../db/outbox-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppClient } from '../../platform/app-client.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { useSyncStore } from '../../stores/sync-store.ts';
import { signInText, syncStateText } from './sync-state-text.ts';

const noRows: OutboxRow[] = [];

/** The book an entry waiting to be sent is in, as its cover says: commune, volume, years. */
function bookText(book: { communeAsWritten: string; volume: string; yearFrom: number; yearTo: number }): string {
  return `${book.communeAsWritten} · ${book.volume} · ${book.yearFrom}–${book.yearTo}`;
}

function SyncSettingsForm() {
  const { t } = useT();
  const client = useAppClient();
  const kick = useSyncStore((s) => s.kick);
  const status = useSyncStore((s) => s.status);
  const addressId = useId();
  const tokenId = useId();
  const [settings, setSettings] = useState<SyncSettings | null>(null);
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    client.call('sync:getSettings', {}).then((s) => {
      setSettings(s);
      setAddress(s.apiUrl ?? '');
    }, setError);
  }, [client]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      const next = await client.call('sync:configure', { apiUrl: address.trim() === '' ? null : address, ...(token !== '' ? { token } : {}) });
      setSettings(next);
      setToken('');
      setSaved(true);
      kick();
    } catch (e) {
      setError(e);
    }
  }

  async function signOut() {
    setError(null);
    try {
      setSettings(await client.call('sync:configure', { apiUrl: settings?.apiUrl ?? null, token: null }));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="card form-grid" aria-label={t('sync.settings')} onSubmit={(e) => void save(e)}>
      <h3>{t('sync.settings')}</h3>
      <div className="form-row">
        <label htmlFor={addressId}>{t('sync.address')}</label>
        {/* text, not url: a bad address gets our message in both languages, not the browser's own */}
        <input id={addressId} type="text" inputMode="url" value={address} placeholder="https://…" autoComplete="off" spellCheck={false} onChange={(e) => setAddress(e.target.value)} />
      </div>
      <div className="form-row">
        <label htmlFor={tokenId}>{t('sync.token')}</label>
        <input id={tokenId} type="password" value={token} autoComplete="off" onChange={(e) => setToken(e.target.value)} />
      </div>
      {settings && (
        <p className="muted">{signInText(status, settings, t)}</p>
      )}
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      {saved && <p role="status" className="saved">{t('sync.saved')}</p>}
      <div className="form-actions">
        <button type="submit" className="primary">{t('sync.save')}</button>
        {settings?.signedIn && <button type="button" onClick={() => void signOut()}>{t('sync.signOut')}</button>}
      </div>
    </form>
  );
}

export function OutboxScreen() {
  const db = useDatabase();
  const { t, pick, language } = useT();
  const navigate = useRouteStore((s) => s.navigate);
  const status = useSyncStore((s) => s.status);
  const kick = useSyncStore((s) => s.kick);
  const rows = useLiveQuery(() => db.outbox.where('state').anyOf('pending', 'sending', 'attention').toArray(), [db]) ?? noRows;
  const when = (iso: string) => new Date(iso).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  const skew = clockSkewWarning(status.clockSkewMs);
  // "try now" says what came of it, even when nothing could be tried
  const [tried, setTried] = useState(false);
  const [retryError, setRetryError] = useState<unknown>(null);
  const shown = [...rows].sort((a, b) => (a.state === 'attention' ? 0 : 1) - (b.state === 'attention' ? 0 : 1) || a.nextAttemptAt.localeCompare(b.nextAttemptAt));

  return (
    <div className="outbox-screen">
      <section className="card">
        <button type="button" className="link-button" onClick={() => navigate({ name: 'books' })}>{t('book.back')}</button>
        <h2>{t('sync.outbox')}</h2>
        <p>
          {syncStateText(status, t)} · {status.lastSyncAt ? t('sync.lastSync', { time: when(status.lastSyncAt) }) : t('sync.neverSynced')}{' '}
          <button type="button" onClick={() => {
            setTried(true);
            kick();
          }}
          >
            {t('sync.now')}
          </button>
        </p>
        {retryError !== null && <ErrorNotice error={retryError} onDismiss={() => setRetryError(null)} />}
        {tried && <p role="status" className="muted">{status.phase === 'unconfigured' ? t('sync.nowUnconfigured') : syncStateText(status, t)}</p>}
        {skew && <p className="sync-warning">{t(skew.ahead ? 'sync.clockAhead' : 'sync.clockBehind', { minutes: skew.minutes })}</p>}
        {shown.length === 0 ? (
          <p className="muted">{t('sync.empty')}</p>
        ) : (
          <table className="data-table" aria-label={t('sync.outbox')}>
            <thead>
              <tr>
                <th scope="col">{t('sync.book')}</th>
                <th scope="col">{t('entries.no')}</th>
                <th scope="col">{t('entries.name')}</th>
                <th scope="col">{t('sync.state')}</th>
                <th scope="col">{t('sync.why')}</th>
                <th scope="col"><span className="visually-hidden">{t('sync.retry')}</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.opId}>
                  <td>{isWithdrawal(row.payload) ? '' : bookText(row.payload.book)}</td>
                  <td>{isWithdrawal(row.payload) ? '' : (row.payload.fields['registration.number']?.value ?? '')}</td>
                  <td>{isWithdrawal(row.payload) ? t('sync.withdrawal') : entryName({ kind: row.payload.kind, fields: row.payload.fields }) || '—'}</td>
                  <td>
                    {t(`sync.row.${row.state}`)}
                    {row.state === 'pending' && row.attempts > 0 && ` · ${t('sync.nextTry', { time: when(row.nextAttemptAt), attempts: row.attempts })}`}
                  </td>
                  <td>{(row.reasons ?? (row.lastError ? [row.lastError] : [])).map((reason) => pick(reason)).join(' ')}</td>
                  <td>
                    {row.state === 'attention' && (
                      <button
                        type="button"
                        onClick={() => {
                          setRetryError(null);
                          void retryRow(db, row.opId, new Date()).then(kick, setRetryError);
                        }}
                      >
                        {t('sync.retry')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <SyncSettingsForm />
    </div>
  );
}
