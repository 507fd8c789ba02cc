import type { Page } from '../../../shared/domain/entry.ts';
import { useT } from '../../i18n/use-t.ts';

export function OcrPanel({ page, progress, onRetry }: { page: Page; progress: number | undefined; onRetry: () => void }) {
  const { t } = useT();
  return (
    <section className="ocr-panel" aria-labelledby="ocr-heading">
      <h3 id="ocr-heading">{t('ocr.text')}</h3>
      <p role="status" className="muted">
        {page.ocrState === 'running'
          ? t('ocr.progress', { percent: Math.round((progress ?? 0) * 100) })
          : page.ocrState === 'done' && page.ocrConfidence !== undefined
            ? t('ocr.confidence', { value: Math.round(page.ocrConfidence) })
            : t(`ocr.state.${page.ocrState}`)}
      </p>
      {page.ocrState === 'running' && <progress max={1} value={progress ?? 0} aria-label={t('ocr.state.running')} />}
      {page.ocrText !== undefined && (
        <pre className="ocr-text" aria-label={t('ocr.text')} tabIndex={0}>{page.ocrText}</pre>
      )}
      {(page.ocrState === 'failed' || page.ocrState === 'done') && (
        <button type="button" onClick={onRetry}>{t('ocr.retry')}</button>
      )}
    </section>
  );
}
