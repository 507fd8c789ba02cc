// A page's OCR state in words (never by colour alone): waiting, reading x%, done with what was found,
// failed and why, cancelled; then what the page as a whole needs a look for.
import type { Page } from '../../../shared/domain/entry.ts';
import { useT } from '../../i18n/use-t.ts';
import type { PageProgress } from './book-ocr-queue.ts';

function useStateText(page: Page, progress: PageProgress | undefined): string {
  const { t, pick } = useT();
  switch (page.ocrState) {
    case 'running':
      return progress ? t('ocr.running', { percent: progress.percent }) : t('ocr.state.running');
    case 'done':
      return t('ocr.doneSummary', { count: page.entryCount ?? 0, confidence: Math.round(page.ocrConfidence ?? 0) });
    case 'failed':
      return page.ocrError ? t('ocr.failedWith', { message: pick(page.ocrError) }) : t('ocr.state.failed');
    default:
      return t(`ocr.state.${page.ocrState}`);
  }
}

/** `compact`: the grid's card, issues by short name; otherwise the panel, issues in full. */
export function PageOcrState({ page, progress, compact = false }: { page: Page; progress: PageProgress | undefined; compact?: boolean }) {
  const { t, pick } = useT();
  const text = useStateText(page, progress);
  const issues = page.issues ?? [];
  const lowConfidence = page.ocrState === 'done' ? (page.lowConfidenceCount ?? 0) : 0;
  return (
    <span className="page-ocr-state">
      <span className={`badge ocr-${page.ocrState}`}>{text}</span>
      {lowConfidence > 0 && <span className="page-low-confidence">{t('pages.lowConfidence', { count: lowConfidence })}</span>}
      {issues.map((issue) => (
        <span key={issue.code} className="page-issue">{compact ? t(`issue.${issue.code}`) : pick(issue.message)}</span>
      ))}
    </span>
  );
}
