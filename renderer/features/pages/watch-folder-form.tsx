// The scanner's folder, typed by the operator: while it is watched, every scan that lands there is imported
// into the open book (the pages arrive as pages:watchImported events, see use-page-import). Watching stops
// when the book is closed, so a scan never lands in a book nobody has open.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useAppClient } from '../../platform/app-client.ts';

export function WatchFolderForm() {
  const { t } = useT();
  const client = useAppClient();
  const id = useId();
  const [path, setPath] = useState('');
  const [watching, setWatching] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);

  useEffect(() => () => {
    if (started.current) void client.call('pages:watchFolder', { path: null }).catch(() => undefined);
  }, [client]);

  async function watch(next: string | null) {
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('pages:watchFolder', { path: next });
      started.current = result.path !== null;
      setWatching(result.path);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = path.trim();
    if (watching !== null) void watch(null);
    else if (trimmed !== '') void watch(trimmed);
  }

  return (
    <form className="watch-folder" onSubmit={onSubmit}>
      <label htmlFor={id}>{t('watch.label')}</label>
      <div className="watch-folder-row">
        <input id={id} value={path} onChange={(e) => setPath(e.target.value)} disabled={watching !== null} autoComplete="off" spellCheck={false} />
        <button type="submit" disabled={busy || (watching === null && path.trim() === '')}>{watching === null ? t('watch.start') : t('watch.stop')}</button>
      </div>
      {watching !== null && <p role="status" className="muted">{t('watch.active', { path: watching })}</p>}
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </form>
  );
}
