// IME-safe: inputs are plain controlled text boxes whose value is exactly what the user (or Unikey /
// EVKey) typed; nothing is reformatted while typing. NFC and trimming happen when the entry is saved.
// Findings are recomputed from committed text only, never mid-composition, and never block a save.
// Autosave: committed text is saved shortly after the last change, and at once when the form goes away
// or the window is hidden (a reload, a closed laptop); saves run one after another, never side by side.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { todayIso, type YearRange } from '../../../shared/domain/dates.ts';
import { recordFields, type FieldDefinition, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import { validateEntry, type Finding } from '../../../shared/domain/validate-entry.ts';
import { resolvePlaceFields, type PlaceRecord } from '../../../shared/places/place-record.ts';
import type { PlaceResolver } from '../../../shared/places/place-resolver.ts';
import { PlaceNote } from '../places/place-note.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { MessageKey } from '../../i18n/messages.ts';

function sections(kind: RecordKind): [string, FieldDefinition[]][] {
  const grouped = new Map<string, FieldDefinition[]>();
  for (const field of recordFields[kind]) {
    const role = field.key.split('.')[0]!;
    grouped.set(role, [...(grouped.get(role) ?? []), field]);
  }
  return [...grouped];
}

export interface EntryFormProps {
  kind: RecordKind;
  /** the book's edition: a field it does not record is never required */
  edition?: string;
  registerYears?: YearRange;
  heading: string;
  initial: Record<string, string>;
  /** the place table; null while it loads (places are then kept as written) */
  placeResolver?: PlaceResolver | null;
  /** the entry the form edits; absent for a new one */
  entryId?: string;
  /**
   * Saves the entry the form edits (`entryId`: the prop, then whatever an earlier save answered) and
   * answers its id. `auto` when the form saves by itself (autosave), not because the clerk asked.
   */
  onSave: (typed: Record<string, string>, places: Record<string, PlaceRecord>, how: { auto: boolean; entryId: string | undefined }) => Promise<string | undefined>;
  /** committed changes are saved this long after the last one; never by themselves when absent */
  autosaveMs?: number;
}

export function EntryForm({ kind, edition, registerYears, heading, initial, entryId, placeResolver, onSave, autosaveMs }: EntryFormProps) {
  const { t, pick } = useT();
  const idPrefix = useId();
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [checked, setChecked] = useState<Record<string, string>>(initial);
  const [saving, setSaving] = useState(false);
  // "Missing" is news only once the clerk has left the field or tried to save, not on a blank form.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set(Object.keys(initial)));
  const [saveTried, setSaveTried] = useState(false);
  // Composition events are the reliable signal; isComposing on input events is not set by every engine.
  const composing = useRef(false);

  // Resolved from committed text only, like the findings: never mid-composition.
  const places = useMemo(() => {
    if (!placeResolver) return {};
    const placeKeys = recordFields[kind].filter((f) => f.type === 'place').map((f) => f.key);
    return resolvePlaceFields(placeResolver, kind, placeKeys, checked, { today: todayIso(), ...(registerYears ? { registerYears } : {}) });
  }, [checked, kind, placeResolver, registerYears]);

  const findings = useMemo(() => {
    const byField = new Map<string, Finding[]>();
    const context = { today: todayIso(), ...(registerYears ? { registerYears } : {}) };
    for (const finding of validateEntry({ kind, ...(edition ? { edition } : {}), fields: checked, places }, context)) {
      if (finding.code === 'required.missing' && !saveTried && !visited.has(finding.field)) continue;
      byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding]);
    }
    return byField;
  }, [checked, edition, kind, places, registerYears, saveTried, visited]);

  function setField(key: string, value: string, composing: boolean) {
    setValues((v) => ({ ...v, [key]: value }));
    if (!composing) setChecked((c) => ({ ...c, [key]: value }));
  }

  // What a save sends is read when it runs, not when it was asked for: a save queued behind another
  // sends the latest text, and its caller's latest state (the entry the first save created).
  const latest = useRef({ checked, places, onSave });
  useLayoutEffect(() => {
    latest.current = { checked, places, onSave };
  });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const savedId = useRef(entryId);
  const pendingAutosave = useRef<ReturnType<typeof setTimeout> | null>(null);

  function enqueueSave(auto: boolean): Promise<void> {
    if (pendingAutosave.current !== null) {
      clearTimeout(pendingAutosave.current);
      pendingAutosave.current = null;
    }
    queue.current = queue.current
      .then(async () => {
        savedId.current = (await latest.current.onSave(latest.current.checked, latest.current.places, { auto, entryId: savedId.current })) ?? savedId.current;
      })
      .catch(() => undefined);
    return queue.current;
  }

  const flushAutosave = useRef(() => {
    if (pendingAutosave.current !== null) void enqueueSave(true);
  });

  const typedOnce = useRef(false);
  useEffect(() => {
    if (autosaveMs === undefined) return;
    // The form's first text is what was loaded, not a change.
    if (!typedOnce.current) {
      typedOnce.current = true;
      return;
    }
    if (pendingAutosave.current !== null) clearTimeout(pendingAutosave.current);
    pendingAutosave.current = setTimeout(() => void enqueueSave(true), autosaveMs);
  }, [checked, autosaveMs]);

  useEffect(() => {
    const flush = flushAutosave.current;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, []);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    setSaveTried(true);
    setSaving(true);
    try {
      await enqueueSave(false);
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <form className="entry-form" aria-label={heading} onSubmit={(e) => void save(e)} onKeyDown={onKeyDown}>
      <h2>{heading}</h2>
      {sections(kind).map(([role, fields]) => (
        <fieldset key={role}>
          <legend>{t(`section.${role}` as MessageKey)}</legend>
          {fields.map((field) => {
            const id = `${idPrefix}-${field.key}`;
            const own = findings.get(field.key) ?? [];
            const place = places[field.key];
            const described = [place ? `${id}-place` : '', own.length > 0 ? `${id}-findings` : ''].filter(Boolean).join(' ');
            return (
              <div key={field.key} className="form-row">
                <label htmlFor={id}>
                  {pick(field.label)}
                  {field.required && <span className="required-mark" aria-hidden="true"> *</span>}
                </label>
                <input
                  id={id}
                  data-field={field.key}
                  autoComplete="off"
                  spellCheck={false}
                  aria-required={field.required || undefined}
                  aria-invalid={own.some((f) => f.severity === 'error') || undefined}
                  aria-describedby={described || undefined}
                  value={values[field.key] ?? ''}
                  onChange={(e: ChangeEvent<HTMLInputElement>) => setField(field.key, e.target.value, composing.current || (e.nativeEvent as InputEvent).isComposing === true)}
                  onBlur={() => setVisited((v) => (v.has(field.key) ? v : new Set(v).add(field.key)))}
                  onCompositionStart={() => {
                    composing.current = true;
                  }}
                  onCompositionEnd={(e) => {
                    composing.current = false;
                    setField(field.key, e.currentTarget.value, false);
                  }}
                />
                {place && <PlaceNote id={`${id}-place`} record={place} />}
                {own.length > 0 && (
                  <ul id={`${id}-findings`} className="findings">
                    {own.map((finding) => (
                      <li key={finding.code} className={`finding finding-${finding.severity}`}>
                        <strong>{t(finding.severity === 'error' ? 'finding.error' : 'finding.warning')}:</strong> {pick(finding.message)}
                        {finding.suggestion !== undefined && (
                          <button type="button" className="link-button" onClick={() => setField(field.key, finding.suggestion!, false)}>
                            {t('finding.accept', { value: finding.suggestion })}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>{t('entry.save')}</button>
      </div>
    </form>
  );
}
