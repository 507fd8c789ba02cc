// The page as OCR saw it (the display image, straightened and cropped, which field boxes refer to), with
// zoom and fit, panned by dragging it with the mouse or a pen, or by the pane's own scrollbars, arrow
// keys or the wheel. The field being keyed has
// its box outlined on the page, brought into view and, when its writing would be too small to read,
// zoomed to a readable size.
import { useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import type { Box } from '../../../shared/domain/entry.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { useT } from '../../i18n/use-t.ts';
import { usePageImageUrl } from './use-page-image-url.ts';

const zoomSteps = [1, 1.25, 1.5, 2, 2.5, 3, 4];
/** Height on screen, in CSS pixels, of a field's box (a line of writing) that is comfortable to read. */
const readableHeight = 24;

export interface PageHighlight {
  box: Box;
  /** the field's name, said in words beside the page */
  label: string;
}

export interface PageImageProps {
  sha256: string;
  alt: string;
  /** the display image's size in pixels, which boxes are measured in; without it nothing is outlined */
  size?: { width: number; height: number } | null;
  highlight?: PageHighlight | null;
}

export function PageImage({ sha256, alt, size = null, highlight = null }: PageImageProps) {
  const { t } = useT();
  const { url, error } = usePageImageUrl(sha256, 'display');
  // 1 fits the page to the pane's width; more enlarges it.
  const [zoom, setZoom] = useState(1);
  const viewport = useRef<HTMLDivElement>(null);
  const outline = useRef<HTMLDivElement>(null);

  const box = highlight && size ? highlight.box : null;
  useLayoutEffect(() => {
    if (!box || !size) return;
    const width = viewport.current?.clientWidth ?? 0;
    if (width === 0) return;
    // the zoom at which the box is `readableHeight` tall on screen, kept within the steps
    const needed = (readableHeight * size.width) / (box.height * width);
    setZoom((current) => (current >= needed ? current : zoomSteps.find((step) => step >= needed) ?? zoomSteps.at(-1)!));
  }, [box, size]);
  // Once laid out at its new zoom, the box is brought to the middle of the page's pane, and the viewer,
  // toolbar first, into view (the form beside does not move).
  const viewer = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const pane = viewport.current;
    const marked = outline.current;
    if (!box || !pane || !marked) return;
    pane.scrollLeft = marked.offsetLeft + marked.offsetWidth / 2 - pane.clientWidth / 2;
    pane.scrollTop = marked.offsetTop + marked.offsetHeight / 2 - pane.clientHeight / 2;
    viewer.current?.scrollIntoView?.({ block: 'start', inline: 'nearest' });
  }, [box, zoom]);

  // Dragging the page pans it: the point grabbed stays under the pointer.
  const drag = useRef<{ pointer: number; x: number; y: number; left: number; top: number } | null>(null);
  function startDrag(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0 || event.pointerType === 'touch') return;
    const pane = event.currentTarget;
    drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY, left: pane.scrollLeft, top: pane.scrollTop };
    pane.setPointerCapture?.(event.pointerId);
    pane.classList.add('dragging');
  }
  function moveDrag(event: PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (!start || start.pointer !== event.pointerId) return;
    event.currentTarget.scrollLeft = start.left - (event.clientX - start.x);
    event.currentTarget.scrollTop = start.top - (event.clientY - start.y);
  }
  function endDrag(event: PointerEvent<HTMLDivElement>) {
    if (drag.current?.pointer !== event.pointerId) return;
    drag.current = null;
    event.currentTarget.classList.remove('dragging');
  }

  if (error !== null) return <ErrorNotice error={error} />;
  const step = (direction: 1 | -1) => {
    const index = zoomSteps.findIndex((z) => z >= zoom);
    setZoom(zoomSteps[Math.min(zoomSteps.length - 1, Math.max(0, (index === -1 ? zoomSteps.length - 1 : index) + direction))]!);
  };
  const percent = (part: number, whole: number) => `${(100 * part) / whole}%`;

  return (
    <div ref={viewer} className="page-viewer">
      <div className="page-viewer-bar" role="toolbar" aria-label={t('viewer.tools')}>
        <button type="button" onClick={() => step(-1)} disabled={zoom <= zoomSteps[0]!}>{t('viewer.zoomOut')}</button>
        <button type="button" onClick={() => setZoom(1)} disabled={zoom === 1}>{t('viewer.fit')}</button>
        <button type="button" onClick={() => step(1)} disabled={zoom >= zoomSteps.at(-1)!}>{t('viewer.zoomIn')}</button>
        <span className="muted">{Math.round(zoom * 100)}%</span>
        {box && <span className="page-viewer-field">{t('viewer.field', { field: highlight!.label })}</span>}
      </div>
      <div
        ref={viewport}
        className="page-viewer-viewport"
        tabIndex={0}
        aria-label={t('viewer.pane', { page: alt })}
        onPointerDown={startDrag}
        onPointerMove={moveDrag}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div className="page-viewer-sheet" style={{ width: `${zoom * 100}%` }}>
          {url ? <img className="page-image" src={url} alt={alt} draggable={false} /> : <div className="page-image placeholder" aria-busy="true" />}
          {box && size && (
            <div
              ref={outline}
              className="page-viewer-outline"
              aria-hidden="true"
              style={{ left: percent(box.x, size.width), top: percent(box.y, size.height), width: percent(box.width, size.width), height: percent(box.height, size.height) }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
