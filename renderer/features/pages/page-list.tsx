import type { Page } from '../../../shared/domain/entry.ts';
import { useT } from '../../i18n/use-t.ts';

export function PageList({ pages, selectedId, onSelect }: { pages: Page[]; selectedId: string | null; onSelect: (page: Page) => void }) {
  const { t } = useT();
  if (pages.length === 0) return <p className="muted">{t('pages.empty')}</p>;
  return (
    <ol className="page-list">
      {pages.map((page) => (
        <li key={page.id}>
          <button
            type="button"
            className={page.id === selectedId ? 'page-item selected' : 'page-item'}
            aria-current={page.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(page)}
          >
            <span className="page-name">{t('pages.page', { sequence: page.sequence })}: {page.fileName}</span>
            <span className={`badge ocr-${page.ocrState}`}>{t(`ocr.state.${page.ocrState}`)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
