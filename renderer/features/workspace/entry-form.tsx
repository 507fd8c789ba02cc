// IME-safe: inputs are plain controlled text boxes whose value is exactly what the user (or Unikey /
// EVKey) typed; nothing is reformatted while typing. NFC and trimming happen when the entry is saved.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { recordFields, type FieldDefinition, type RecordKind } from '../../../shared/domain/record-kinds.ts';
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
  heading: string;
  initial: Record<string, string>;
  onSave: (typed: Record<string, string>) => Promise<void>;
}

export function EntryForm({ kind, heading, initial, onSave }: EntryFormProps) {
  const { t, pick } = useT();
  const idPrefix = useId();
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [saving, setSaving] = useState(false);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      await onSave(values);
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
            return (
              <div key={field.key} className="form-row">
                <label htmlFor={id}>{pick(field.label)}</label>
                <input
                  id={id}
                  data-field={field.key}
                  autoComplete="off"
                  spellCheck={false}
                  value={values[field.key] ?? ''}
                  onChange={(e) => setValues((v) => ({ ...v, [field.key]: e.target.value }))}
                />
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
