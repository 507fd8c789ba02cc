// A page's OCR state in words (never by colour alone): waiting, reading x%, done with what was found,
// failed and why, cancelled; then where its entries stand (to check, keyed, verified, synced) and what
// the page as a whole needs a look for.
import type { Page } from '../../../shared/domain/entry.ts';
import { editionName } from '../../../shared/domain/editions.ts';
import { pageKeyingStatus } from '../../../shared/domain/page-keying.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { useT } from '../../i18n/use-t.ts';
import type { PageProgress } from './book-ocr-queue.ts';

function useStateText(page: Page, progress: PageProgress | undefined, compact: boolean): string {
  const { t, pick } = useT();
  switch (page.ocrState) {
    case 'running':
      return progress ? t('ocr.running', { percent: progress.percent }) : t('ocr.state.running');
    case 'done': {
      // A page of another edition was cut by the wrong template: what was read there is not done work.
      const other = page.issues?.find((issue) => issue.code === 'other-edition' || issue.code === 'no-table-found');
      if (other && compact) return t(`issue.${other.code}`);
      if (other) return t(other.code === 'other-edition' && other.edition ? 'ocr.otherEditionNamed' : 'ocr.otherEdition', { edition: other.edition ? pick(editionName(other.edition)) : '' });
      return t(compact ? 'ocr.doneShort' : 'ocr.doneSummary', { count: page.entryCount ?? 0, confidence: Math.round(page.ocrConfidence ?? 0) });
    }
    case 'failed':
      return page.ocrError ? t('ocr.failedWith', { message: pick(page.ocrError) }) : t('ocr.state.failed');
    default:
      return t(`ocr.state.${page.ocrState}`);
  }
}

/** Read as an edition it does not fit: not done, whatever was read. */
export function wrongEdition(page: Page): boolean {
  return page.ocrState === 'done' && (page.issues ?? []).some((issue) => issue.code === 'other-edition' || issue.code === 'no-table-found');
}

/** Where the page's entries stand, in words; '' for a page with none. */
export function keyingText(page: Page, t: Translate): string {
  if (page.keying === undefined) return '';
  const status = pageKeyingStatus(page.keying);
  switch (status) {
    case 'empty':
      return '';
    case 'to-check':
      return t('pages.lowConfidence', { count: page.keying.unchecked });
    default:
      return t(`pages.keying.${status}`);
  }
}

/** `compact`: the grid's card, issues by short name; otherwise the panel, issues in full. */
export function PageOcrState({ page, progress, compact = false }: { page: Page; progress: PageProgress | undefined; compact?: boolean }) {
  const { t, pick } = useT();
  const text = useStateText(page, progress, compact);
  // on a card, an edition issue is the state itself: said once
  const issues = (page.issues ?? []).filter((issue) => !(compact && wrongEdition(page) && (issue.code === 'other-edition' || issue.code === 'no-table-found')));
  const keying = keyingText(page, t);
  const status = page.keying ? pageKeyingStatus(page.keying) : 'empty';
  return (
    <span className="page-ocr-state">
      <span className={`badge ocr-${page.ocrState}${wrongEdition(page) ? ' ocr-other-edition' : ''}`}>{text}</span>
      {keying !== '' && <span className={`page-keying keying-${status}`}>{keying}</span>}
      {issues.map((issue) => (
        <span key={issue.code} className="page-issue">{compact ? t(`issue.${issue.code}`) : pick(issue.message)}</span>
      ))}
    </span>
  );
}
