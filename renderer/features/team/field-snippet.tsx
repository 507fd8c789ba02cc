// The part of a page where a field was read (its OCR box), enlarged until the writing is readable: what a
// blind keyer and a checker read from. A field with no box shows the whole page.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Box, Entry } from '../../../shared/domain/entry.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { usePageImageUrl } from '../pages/use-page-image-url.ts';

/** How tall a line of writing is shown, in CSS pixels, and how wide the snippet may be. */
const lineHeight = 56;
const maxWidth = 760;

function region(box: Box, size: { width: number; height: number }): Box {
  // some of the line around the box: a name often runs past where OCR cut it
  const x = Math.max(0, box.x - box.height * 2);
  const y = Math.max(0, box.y - box.height * 0.6);
  const right = Math.min(size.width, box.x + box.width + box.height * 2);
  const bottom = Math.min(size.height, box.y + box.height * 1.6);
  return { x, y, width: right - x, height: bottom - y };
}

/** The snippet of a field of an entry: where OCR read it, which stays with the field through corrections. */
export function FieldSnippet({ entry, field, label }: { entry: Entry; field: string; label: string }) {
  const db = useDatabase();
  const pageId = entry.pageId ?? '';
  const box = entry.read?.[field]?.box ?? entry.fields[field]?.box;
  const { url, error } = usePageImageUrl(pageId, 'display');
  const size = useLiveQuery(async () => {
    const stored = await db.extractions.get(pageId);
    return stored ? { width: stored.extraction.width, height: stored.extraction.height } : null;
  }, [db, pageId]);
  if (error !== null) return <ErrorNotice error={error} />;
  if (!url || size === undefined) return <div className="field-snippet loading" role="img" aria-label={label} />;
  if (!box || !size) {
    return <div className="field-snippet whole-page" role="img" aria-label={label}><img src={url} alt="" /></div>;
  }
  const shown = region(box, size);
  const scale = Math.min(lineHeight / box.height, maxWidth / shown.width);
  return (
    <div className="field-snippet" role="img" aria-label={label} style={{ width: shown.width * scale, height: shown.height * scale }}>
      <img src={url} alt="" style={{ width: size.width * scale, left: -shown.x * scale, top: -shown.y * scale }} />
    </div>
  );
}
