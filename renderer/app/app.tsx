import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api/app-api.ts';
import { BooksScreen } from '../features/books/books-screen.tsx';
import { JournalProvider } from '../features/journal/journal-provider.tsx';
import { OutboxScreen } from '../features/sync/outbox-screen.tsx';
import { StorageWarning } from '../features/sync/storage-warning.tsx';
import { SyncIndicator } from '../features/sync/sync-indicator.tsx';
import { SyncProvider } from '../features/sync/sync-provider.tsx';
import { BookWorkspace } from '../features/workspace/book-workspace.tsx';
import { useT } from '../i18n/use-t.ts';
import { useAppClient } from '../platform/app-client.ts';
import { useRouteStore } from '../stores/route-store.ts';
import { useSettingsStore } from '../stores/settings-store.ts';
import { ErrorNotice } from './error-notice.tsx';

export function App() {
  const { t, language } = useT();
  const client = useAppClient();
  const route = useRouteStore((s) => s.route);
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<unknown>(null);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  useEffect(() => {
    client.call('app:getInfo', undefined).then(setInfo, setInfoError);
  }, [client]);

  return (
    <div className="app">
      <SyncProvider />
      <JournalProvider />
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <SyncIndicator />
        {info && (
          <span className="app-host" title={t('app.runtime', { runtime: info.runtime })}>
            {t(info.host === 'electron' ? 'app.host.electron' : 'app.host.web')} · v{info.version}
          </span>
        )}
        <button
          type="button"
          className="language-switch"
          lang={language === 'vi' ? 'en' : 'vi'}
          title={t('app.switchLanguageLabel')}
          onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
        >
          {t('app.switchLanguage')}
        </button>
      </header>
      {infoError !== null && <ErrorNotice error={infoError} />}
      <StorageWarning />
      <main className="app-main">
        {route.name === 'books' ? <BooksScreen /> : route.name === 'outbox' ? <OutboxScreen /> : <BookWorkspace key={route.bookId} bookId={route.bookId} focusImport={route.focus === 'import'} />}
      </main>
      {info && <footer className="app-footer">{t('app.dataDir', { dir: info.dataDir })}</footer>}
    </div>
  );
}
