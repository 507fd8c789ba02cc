// The book's OCR at a glance: pages done of all, the page being read and its stage, the time left, and
// the controls (OCR the whole book, pause or resume, cancel). The estimate is refreshed every few seconds
// so it counts down between pages.
import { useEffect, useState } from 'react';
import type { Page } from '../../../shared/domain/entry.ts';
import { etaText } from '../../../shared/ocr/ocr-eta.ts';
import { useT } from '../../i18n/use-t.ts';
import type { OcrQueueSnapshot } from './book-ocr-queue.ts';
import type { BookOcr } from './use-book-ocr.ts';

const refreshMs = 5_000;

function useTicking(active: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((n) => n + 1), refreshMs);
    return () => clearInterval(timer);
  }, [active]);
}

export function OcrQueueStatus({ pages, ocr, snapshot }: { pages: readonly Page[]; ocr: BookOcr; snapshot: OcrQueueSnapshot }) {
  const { t } = useT();
  const active = snapshot.waiting.length + snapshot.running.length > 0;
  useTicking(active && !snapshot.paused);

  let done = 0;
  let retryable = 0;
  for (const page of pages) {
    if (page.ocrState === 'done') done++;
    else if (page.ocrState === 'failed' || page.ocrState === 'cancelled') retryable++;
  }
  const waitingOutside = active ? 0 : pages.length - done - retryable;
  const current = snapshot.running.map((id) => ({ id, page: pages.find((p) => p.id === id) })).find((r) => r.page);
  const currentProgress = current && snapshot.progress.get(current.id);
  const remaining = active && !snapshot.paused ? ocr.remainingMs() : null;
  const eta = remaining === null ? null : etaText(remaining);

  return (
    <section className="ocr-queue" aria-label={t('queue.heading')}>
      <p className="ocr-queue-counts">{t('queue.counts', { done, total: pages.length })}</p>
      {pages.length > 0 && <progress max={pages.length} value={done} aria-label={t('queue.counts', { done, total: pages.length })} />}
      <div role="status" className="ocr-queue-live">
        {current?.page && (
          <p>
            {t('queue.current', {
              sequence: current.page.sequence,
              stage: t(`ocr.stage.${currentProgress?.stage ?? 'queued'}`),
              percent: currentProgress?.percent ?? 0,
            })}
          </p>
        )}
        {snapshot.waiting.length > 0 && <p>{t('queue.waiting', { count: snapshot.waiting.length })}</p>}
        {snapshot.paused && active && <p>{t('queue.paused')}</p>}
        {eta && <p className="ocr-eta">{eta.unit === 'lessThanMinute' ? t('queue.eta.lessThanMinute') : eta.unit === 'minutes' ? t('queue.eta.minutes', { minutes: eta.minutes }) : t('queue.eta.hours', { hours: eta.hours, minutes: eta.minutes })}</p>}
      </div>
      <div className="ocr-queue-actions">
        {(retryable > 0 || waitingOutside > 0 || (snapshot.paused && active)) && (
          <button type="button" onClick={() => void ocr.ocrWholeBook()}>{t('queue.wholeBook')}</button>
        )}
        {active && (snapshot.paused
          ? <button type="button" onClick={ocr.resume}>{t('queue.resume')}</button>
          : <button type="button" onClick={ocr.pause}>{t('queue.pause')}</button>)}
        {active && <button type="button" onClick={ocr.cancel}>{t('queue.cancel')}</button>}
      </div>
    </section>
  );
}
