import { useCallback, useEffect, useState } from 'react';
import { AuditScreen } from '../features/audit/audit-screen.tsx';
import { BookLotsScreen } from '../features/audit/book-lots-screen.tsx';
import { BooksScreen } from '../features/books/books-screen.tsx';
import { JournalProvider } from '../features/journal/journal-provider.tsx';
import { OutboxScreen } from '../features/sync/outbox-screen.tsx';
import { StorageWarning } from '../features/sync/storage-warning.tsx';
import { SyncIndicator } from '../features/sync/sync-indicator.tsx';
import { SyncProvider } from '../features/sync/sync-provider.tsx';
import { BookWorkspace } from '../features/workspace/book-workspace.tsx';
import { ArbitrationScreen } from '../features/team/arbitration-screen.tsx';
import { BlindKeyingScreen } from '../features/team/blind-keying-screen.tsx';
import { BookTeamScreen } from '../features/team/book-team-screen.tsx';
import { TeamScreen } from '../features/team/team-screen.tsx';
import { useLoadTeam } from '../features/team/use-team-profiles.ts';
import { WhoIsWorking } from '../features/team/who-is-working.tsx';
import { may, roleLabels } from '../../shared/team/roles.ts';
import { useCurrentPerson, useTeamStore } from '../stores/team-store.ts';
import { useT } from '../i18n/use-t.ts';
import { useRouteStore } from '../stores/route-store.ts';
import { useSettingsStore } from '../stores/settings-store.ts';
import { ErrorNotice } from './error-notice.tsx';
import { useAppInfo } from './use-app-info.ts';

export function App() {
  const { t, language, pick } = useT();
  const route = useRouteStore((s) => s.route);
  const navigate = useRouteStore((s) => s.navigate);
  const profiles = useTeamStore((s) => s.profiles);
  const leave = useTeamStore((s) => s.leave);
  const person = useCurrentPerson();
  const [teamError, setTeamError] = useState<unknown>(null);
  useLoadTeam(useCallback((error: unknown) => setTeamError(error), []));
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  const { value: info, error: infoError } = useAppInfo();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

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
        {person && (
          <span className="person-chip">
            {t('team.current', { name: person.fullName, role: pick(roleLabels[person.role]) })}
            {may(person.role, 'manage-team') && (
              <button type="button" className="link-button" onClick={() => navigate({ name: 'team' })}>{t('team.open')}</button>
            )}
            {/* the next person starts from the books and their own work, not from where the last one was */}
            <button type="button" className="link-button" onClick={() => { leave(); navigate({ name: 'books' }); }}>{t('team.switch')}</button>
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
      {teamError !== null && <ErrorNotice error={teamError} />}
      <StorageWarning />
      <main className="app-main">
        {profiles === null ? null : !person ? (
          <WhoIsWorking profiles={profiles} />
        ) : route.name === 'books' ? (
          <BooksScreen />
        ) : route.name === 'outbox' ? (
          <OutboxScreen />
        ) : route.name === 'team' ? (
          <TeamScreen />
        ) : route.name === 'bookTeam' ? (
          <BookTeamScreen bookId={route.bookId} />
        ) : route.name === 'keying' ? (
          <BlindKeyingScreen key={route.batchId} batchId={route.batchId} />
        ) : route.name === 'arbitrate' ? (
          <ArbitrationScreen key={route.batchId} batchId={route.batchId} />
        ) : route.name === 'bookAudit' ? (
          <BookLotsScreen bookId={route.bookId} />
        ) : route.name === 'audit' ? (
          <AuditScreen key={route.auditId} auditId={route.auditId} />
        ) : (
          <BookWorkspace key={route.bookId} bookId={route.bookId} focusImport={route.focus === 'import'} openEntryId={route.entryId} />
        )}
      </main>
      {info && <footer className="app-footer">{t('app.dataDir', { dir: info.dataDir })}</footer>}
    </div>
  );
}
