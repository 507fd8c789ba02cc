// What imports had to say, one notice per batch, newest first: a summary ("5 tệp: 3 đã nhập, 1 trùng,
// 1 lỗi") that opens to what the clerk may need to act on, and one action to dismiss them all. Unlike
// other errors, these are told in the UI's language only: the summary and its details read as one text.
import { describeError } from '../../app/error-notice.tsx';
import type { Translate } from '../../i18n/use-t.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ImportBatch, ImportDetail } from './use-page-import.ts';

/** "5 tệp: 3 đã nhập, 1 trùng, 1 lỗi", only the counts that are not zero. */
export function batchSummary(batch: ImportBatch, t: Translate): string {
  const files = batch.imported + batch.duplicate + batch.failed;
  const parts = [
    batch.imported > 0 && t('pages.batchImported', { count: batch.imported }),
    batch.duplicate > 0 && t('pages.batchDuplicate', { count: batch.duplicate }),
    batch.failed > 0 && t('pages.batchFailed', { count: batch.failed }),
    batch.skipped > 0 && t('pages.batchSkipped', { count: batch.skipped }),
  ].filter((part) => part !== false);
  const summary = t(files === 1 ? 'pages.batchFile' : 'pages.batchFiles', { count: files, parts: parts.join(', ') });
  return batch.watched ? t('pages.batchWatched', { summary }) : summary;
}

function DetailText({ detail }: { detail: ImportDetail }) {
  const { t, language } = useT();
  if (detail.kind === 'error') return describeError(detail.error)[language];
  if (detail.kind === 'skipped') return t('pages.skipped', { count: detail.count });
  return detail.otherBook
    ? t('pages.duplicateOtherBook', { file: detail.fileName, pages: detail.pages, book: detail.otherBook })
    : t('pages.duplicate', { file: detail.fileName, pages: detail.pages });
}

export function ImportNotices({ batches, onDismissAll }: { batches: readonly ImportBatch[]; onDismissAll: () => void }) {
  const { t } = useT();
  if (batches.length === 0) return null;
  return (
    <section className="import-notices" aria-label={t('pages.notices')}>
      <ul role="status">
        {batches.map((batch) => (
          <li key={batch.id} className={batch.details.some((d) => d.kind === 'error') ? 'notice notice-error' : 'notice'}>
            {batch.details.length === 0 ? (
              <p>{batchSummary(batch, t)}</p>
            ) : (
              <details>
                <summary>{batchSummary(batch, t)}</summary>
                <ul>
                  {batch.details.map((detail, index) => <li key={index}><DetailText detail={detail} /></li>)}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onDismissAll}>{t('pages.dismissAll')}</button>
    </section>
  );
}
