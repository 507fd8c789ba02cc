// What OCR made of the page on screen: its state, what the page as a whole needs a look for, and each
// entry read with its fields, their confidence and a mark on those still to check. Beside each reading,
// what the clerk made of it since (changed to, cleared, marked, confirmed), so the panel never shows an
// old reading as the entry's word. Each entry's draft opens in the entry form for correction.
import type { Entry, FieldValue, Page } from '../../../shared/domain/entry.ts';
import { editionName } from '../../../shared/domain/editions.ts';
import { isUnchecked } from '../../../shared/domain/field-checks.ts';
import { fieldDefinition, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import type { ExtractedEntry } from '../../../shared/ocr/ocr-types.ts';
import type { StoredExtraction } from '../../db/database.ts';
import { useT, type Translate } from '../../i18n/use-t.ts';
import { PageOcrState } from './page-ocr-state.tsx';
import { useOcrSnapshot, type BookOcr } from './use-book-ocr.ts';

export interface OcrPanelProps {
  page: Page;
  kind: RecordKind;
  /** the book's edition, which pages are read as unless the clerk chose another for one */
  bookEdition: string;
  ocr: BookOcr;
  stored: StoredExtraction | null;
  /** the drafts (or entries made from them) still there, by id */
  entries: ReadonlyMap<string, Entry>;
  onRetry: () => void;
  onOpenEntry: (entry: Entry) => void;
}

/** What the clerk made of a reading, in words; '' while the entry still holds it unchecked or as read. */
function sinceRead(field: FieldValue | undefined, t: Translate): string {
  if (field === undefined) return t('ocr.since.cleared');
  if (field.mark) return t(`entry.mark.${field.mark}`);
  if (field.source !== 'ocr') return t('ocr.since.changed', { value: field.value });
  return field.confirmed ? t('entry.source.confirmed') : '';
}

function ExtractedEntryView({ entry, kind, draft, onOpenEntry }: { entry: ExtractedEntry; kind: RecordKind; draft: Entry | undefined; onOpenEntry: (entry: Entry) => void }) {
  const { t, pick } = useT();
  const number = entry.fields['registration.number']?.value;
  const heading = number ? t('ocr.entryNo', { n: entry.index + 1, no: number }) : t('ocr.entry', { n: entry.index + 1 });
  const keys = Object.keys(entry.fields).filter((key) => fieldDefinition(kind, key));
  return (
    <section className="ocr-entry" aria-label={heading}>
      <div className="ocr-entry-bar">
        <h4>{heading}</h4>
        {draft && <span className="muted">{t(`status.${draft.status}`)}</span>}
        {draft && <button type="button" onClick={() => onOpenEntry(draft)}>{t('ocr.openDraft')}</button>}
      </div>
      <table className="data-table ocr-fields">
        <thead>
          <tr>
            <th scope="col">{t('ocr.field')}</th>
            <th scope="col">{t('ocr.value')}</th>
            <th scope="col">{t('ocr.confidenceColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const field = entry.fields[key]!;
            // Without a draft (a person's entries kept, or the draft replaced), the reading is all there is.
            const now = draft?.fields[key];
            const since = draft && field.value !== '' ? sinceRead(now, t) : '';
            const toCheck = draft ? isUnchecked(now) : field.lowConfidence;
            return (
              <tr key={key} data-field={key} className={toCheck ? 'low-confidence' : undefined}>
                <th scope="row">{pick(fieldDefinition(kind, key)!.label)}</th>
                <td>
                  {field.value === '' ? <span className="muted">{t('ocr.notRead')}</span> : field.value}
                  {since !== '' && <span className="field-since">{since}</span>}
                  {toCheck && field.flags.map((flag, i) => <span key={`${flag.code}-${i}`} className="field-flag">{pick(flag.message)}</span>)}
                </td>
                <td>
                  {Math.round(field.confidence)}%
                  {toCheck && <strong className="low-confidence-mark"> ⚠ {t('ocr.lowConfidence')}</strong>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function OcrPanel({ page, kind, bookEdition, ocr, stored, entries, onRetry, onOpenEntry }: OcrPanelProps) {
  const { t, pick } = useT();
  const fits = page.ocrState === 'done' ? page.issues?.find((issue) => issue.code === 'other-edition')?.edition : undefined;
  const readAs = (edition: string | null) => void ocr.readAs(page.id, edition);
  const progress = useOcrSnapshot(ocr).progress.get(page.id);
  const extraction = page.ocrState === 'done' ? stored?.extraction : undefined;
  return (
    <section className="ocr-panel" aria-labelledby="ocr-heading">
      <div className="ocr-entry-bar">
        <h3 id="ocr-heading">{t('ocr.heading')}</h3>
        {(page.ocrState === 'done' || page.ocrState === 'failed' || page.ocrState === 'cancelled') && (
          <button type="button" onClick={onRetry}>{t('ocr.retry')}</button>
        )}
      </div>
      <p role="status" className="ocr-panel-state">
        <PageOcrState page={page} progress={progress} />
      </p>
      {page.ocrState === 'running' && progress && <progress max={100} value={progress.percent} aria-label={t('ocr.state.running')} />}
      {page.templateId !== undefined && page.templateId !== bookEdition && (
        <p className="notice">
          {t('ocr.readingAs', { edition: pick(editionName(page.templateId)) })}{' '}
          <button type="button" onClick={() => readAs(null)}>{t('ocr.readAsBook', { edition: pick(editionName(bookEdition)) })}</button>
        </p>
      )}
      {fits !== undefined && fits !== page.templateId && (
        <button type="button" className="primary" onClick={() => readAs(fits === bookEdition ? null : fits)}>{t('ocr.readAs', { edition: pick(editionName(fits)) })}</button>
      )}
      {stored?.keptPersonEntries && extraction && <p className="notice">{t('ocr.keptPersonEntries')}</p>}
      {extraction && extraction.entries.length === 0 && <p className="muted">{t('ocr.noEntries')}</p>}
      {extraction?.entries.map((entry, i) => {
        const id = stored?.draftIds[i];
        return <ExtractedEntryView key={entry.index} entry={entry} kind={kind} draft={id ? entries.get(id) : undefined} onOpenEntry={onOpenEntry} />;
      })}
    </section>
  );
}
