// A clear warning before the disk or the browser's quota runs out, while there is still room to sync and
// free space: an entry that cannot be saved is typing lost.
import { useEffect, useState } from 'react';
import { storageWarning } from '../../../shared/sync/sync-health.ts';
import { useT } from '../../i18n/use-t.ts';

const everyMs = 5 * 60 * 1000;

export function StorageWarning() {
  const { t } = useT();
  const [warning, setWarning] = useState<{ freeBytes: number } | null>(null);
  useEffect(() => {
    let live = true;
    const check = () => {
      void navigator.storage?.estimate?.().then((estimate) => live && setWarning(storageWarning(estimate)));
    };
    check();
    const timer = setInterval(check, everyMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!warning) return null;
  return <p role="alert" className="storage-warning">{t('storage.low', { free: `${Math.round(warning.freeBytes / (1024 * 1024))} MB` })}</p>;
}
