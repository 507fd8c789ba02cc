// Removing a page from its book, after a question that says what goes with it (its draft entries). A page
// holding entries already verified or sent is not removed: the dialog says to delete those first.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Page } from '../../../shared/domain/entry.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ConfirmDialog } from '../../app/confirm-dialog.tsx';
import { pageRemoval, removePage } from '../../db/pages-repository.ts';
import { useT } from '../../i18n/use-t.ts';

export function RemovePageDialog({ page, actor, onRemoved, onClose }: { page: Page; actor: string; onRemoved: (pageId: string) => void; onClose: () => void }) {
  const db = useDatabase();
  const { t } = useT();
  const counts = useLiveQuery(() => pageRemoval(db, page.id), [db, page.id]);
  const blocked = counts !== undefined && counts.blocking > 0;

  return (
    <ConfirmDialog
      title={t('delete.page.title', { sequence: page.sequence })}
      confirmLabel={t('delete.page.confirm')}
      canConfirm={counts !== undefined}
      onConfirm={
        blocked
          ? null
          : async () => {
              await removePage(db, page.id, actor);
              onRemoved(page.id);
            }
      }
      onClose={onClose}
    >
      {counts && (
        <p>
          {blocked
            ? t('delete.page.blocked', { count: counts.blocking })
            : t('delete.page.question', { file: page.fileName, drafts: counts.drafts })}
        </p>
      )}
    </ConfirmDialog>
  );
}
