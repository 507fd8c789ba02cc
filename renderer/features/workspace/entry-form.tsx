// IME-safe: inputs are plain controlled text boxes whose value is exactly what the user (or Unikey /
// EVKey) typed; nothing is reformatted while typing. NFC and trimming happen when the entry is saved.
// Findings are recomputed from committed text only, never mid-composition, and never block a save.
import { useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
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
  onSave: (typed: Record<string, string>, places: Record<string, PlaceRecord>) => Promise<void>;
}

export function EntryForm({ kind, edition, registerYears, heading, initial, placeResolver, onSave }: EntryFormProps) {
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

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    setSaveTried(true);
    setSaving(true);
    try {
      await onSave(values, places);
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
