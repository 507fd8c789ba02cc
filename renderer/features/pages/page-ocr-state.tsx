// A page's OCR state in words (never by colour alone): waiting, reading x%, done with what was found,
// failed and why, cancelled; then where its entries stand (to check, keyed, verified, synced) and what
// the page as a whole needs a look for.
import type { Page } from '../../../shared/domain/entry.ts';
import type { PageIssue } from '../../../shared/ocr/ocr-types.ts';
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
      const other = editionIssue(page);
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

/**
 * The issue that says a read page was cut by a template it does not fit (another edition, no table):
 * what was read there is not done work, whatever it holds.
 */
function editionIssue(page: Page): PageIssue | undefined {
  if (page.ocrState !== 'done') return undefined;
  return page.issues?.find((issue) => issue.code === 'other-edition' || issue.code === 'no-table-found');
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
  const wrongEdition = editionIssue(page);
  // on a card, an edition issue is the state itself: said once
  const issues = (page.issues ?? []).filter((issue) => !(compact && issue === wrongEdition));
  const keying = keyingText(page, t);
  const status = page.keying ? pageKeyingStatus(page.keying) : 'empty';
  return (
    <span className="page-ocr-state">
      <span className={`badge ocr-${page.ocrState}${wrongEdition ? ' ocr-other-edition' : ''}`}>{text}</span>
      {keying !== '' && <span className={`page-keying keying-${status}`}>{keying}</span>}
      {issues.map((issue) => (
        <span key={issue.code} className="page-issue">{compact ? t(`issue.${issue.code}`) : pick(issue.message)}</span>
      ))}
    </span>
  );
}
