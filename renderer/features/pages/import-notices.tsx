import { ErrorNotice } from '../../app/error-notice.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { ImportNotice } from './use-page-import.ts';

/** What an import had to say: refused files (both languages), scans already there, files skipped. */
export function ImportNotices({ notices, onDismiss }: { notices: readonly ImportNotice[]; onDismiss: (index: number) => void }) {
  const { t } = useT();
  return notices.map((notice, index) => {
    if (notice.kind === 'error') return <ErrorNotice key={index} error={notice.error} onDismiss={() => onDismiss(index)} />;
    const text = notice.kind === 'skipped'
      ? t('pages.skipped', { count: notice.count })
      : notice.otherBook
        ? t('pages.duplicateOtherBook', { file: notice.fileName, pages: notice.pages, book: notice.otherBook })
        : t('pages.duplicate', { file: notice.fileName, pages: notice.pages });
    return (
      <div key={index} className="notice" role="status">
        <p>{text}</p>
        <button type="button" className="link-button" onClick={() => onDismiss(index)}>Đóng / Dismiss</button>
      </div>
    );
  });
}
