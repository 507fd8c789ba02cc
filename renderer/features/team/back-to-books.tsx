// The way back from a team screen to the list of books, as the workspace's bar has it.
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';

export function BackToBooks() {
  const { t } = useT();
  const navigate = useRouteStore((s) => s.navigate);
  return <button type="button" className="link-button back-to-books" onClick={() => navigate({ name: 'books' })}>{t('book.back')}</button>;
}
