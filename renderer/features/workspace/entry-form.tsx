// IME-safe: inputs are plain controlled text boxes whose value is exactly what the user (or Unikey /
// EVKey) typed; nothing is reformatted while typing. NFC and trimming happen when the entry is saved.
// Findings are recomputed from committed text only, never mid-composition, and never block a save.
// Autosave: committed text is saved shortly after a change, even while typing goes on, and at once when
// the form goes away or the window is hidden (a reload, a closed laptop); saves run one after another.
// Suggestions follow committed text too, and no option is taken unless the clerk moves to it: Enter on
// a field with its list open still accepts what was typed.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { YearRange } from '../../../shared/domain/dates.ts';
import type { FieldValue } from '../../../shared/domain/entry.ts';
import { isUnchecked } from '../../../shared/domain/field-checks.ts';
import { suggestsFor, type FieldSuggestion, type SurnameIndex } from '../../../shared/domain/field-suggestions.ts';
import type { FieldMark } from '../../../shared/domain/typed-fields.ts';
import { recordFields, type FieldDefinition, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import { blocksVerification, contextFor, validateEntry, type Finding } from '../../../shared/domain/validate-entry.ts';
import { placeChoiceOf, resolvePlaceFields, type PlaceChoice as PlaceChoiceMade, type PlaceRecord } from '../../../shared/places/place-record.ts';
import type { PlaceResolver } from '../../../shared/places/place-resolver.ts';
import { PlaceChoice, type PlaceDecision } from '../places/place-choice.tsx';
import { PlaceNote } from '../places/place-note.tsx';
import { optionId, SuggestionList } from './suggestion-list.tsx';
import { useFieldSuggestions } from './use-field-suggestions.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useT, type Translate } from '../../i18n/use-t.ts';

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
  /** the surname list, for suggestions in name fields; null while it loads */
  surnames?: SurnameIndex | null;
  /** the entry the form edits; absent for a new one */
  entryId?: string;
  /** the saved entry's fields: where each value came from (OCR and how sure, corrected, typed) */
  provenance?: Record<string, FieldValue>;
  /**
   * Saves the entry the form edits (`entryId`: the prop, then whatever an earlier save answered) and
   * answers its id. `auto` when the form saves by itself (autosave), not because the clerk asked; `marks`
   * are the fields marked illegible or blank in the register (their text is empty); `confirmed` the fields
   * OCR was unsure of that the clerk accepted as read (Enter on them) or changed.
   */
  onSave: (typed: Record<string, string>, places: Record<string, PlaceRecord>, how: { auto: boolean; entryId: string | undefined; marks: Record<string, FieldMark>; confirmed: string[] }) => Promise<string | undefined>;
  /** committed changes are saved this long after the first one not yet saved; never by themselves when absent */
  autosaveMs?: number;
  /** when the entry was last saved, as shown ("10:42:07"); the form says "saving…" instead while a change waits */
  savedAt?: string | null;
  /** puts the focus on the first field to check (else the first field) when the form opens: the clerk opened an entry to key it */
  focusOnOpen?: boolean;
  /** the field the clerk is on (its input has the focus), for the page beside to show where it is */
  onFocusField?: (key: string) => void;
  /**
   * marks the entry verified, once what was typed is saved (the id is the saved entry's); `anyway`: the
   * clerk chose to verify although fields OCR was unsure of are unchecked
   */
  onVerify?: (entryId: string | undefined, how: { anyway: boolean }) => Promise<void>;
  /** findings only the whole book shows (a number used twice in a year, numbers missing before it), as of the last save: shown with the form's own */
  bookFindings?: readonly Finding[];
}

const noBookFindings: readonly Finding[] = [];

interface FieldEdit {
  key: string;
  before: string;
  after: string;
}

/** "OCR 42% · cần xem lại", "OCR 42% · đã xác nhận", "đã sửa", "gõ tay": where a saved value came from, as text. */
function sourceText(field: FieldValue, unchecked: boolean, t: Translate): string {
  if (field.source !== 'ocr') return t(`entry.source.${field.source}`);
  const read = t('entry.source.ocr', { confidence: Math.round(field.confidence ?? 0) });
  if (unchecked) return `${read} · ${t('entry.source.unsure')}`;
  return field.lowConfidence ? `${read} · ${t('entry.source.confirmed')}` : read;
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** The form's field inputs, in the order the clerk goes through them. */
function fieldInputs(form: HTMLFormElement | null): HTMLInputElement[] {
  return [...(form?.querySelectorAll<HTMLInputElement>('input[data-field]') ?? [])];
}

/** The choices people made about the saved places, which hold while their text does. */
function savedChoices(provenance: Record<string, FieldValue>): Record<string, PlaceChoiceMade> {
  return Object.fromEntries(Object.entries(provenance).flatMap(([key, field]) => {
    const choice = placeChoiceOf(field.source === 'ocr' ? field.value : field.raw, field.place);
    return choice ? [[key, choice]] : [];
  }));
}

export function EntryForm({ kind, edition, registerYears, heading, initial, entryId, provenance = {}, placeResolver, surnames = null, onSave, autosaveMs, savedAt = null, focusOnOpen = false, onFocusField, onVerify, bookFindings = noBookFindings }: EntryFormProps) {
  const { t, pick } = useT();
  const idPrefix = useId();
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [marks, setMarks] = useState<Record<string, FieldMark>>(() => Object.fromEntries(Object.entries(provenance).flatMap(([key, field]) => (field.mark ? [[key, field.mark]] : []))));
  const [checked, setChecked] = useState<Record<string, string>>(initial);
  // Doubtful readings the clerk has looked at in this form: accepted with Enter, changed or marked.
  const [looked, setLooked] = useState<ReadonlySet<string>>(() => new Set());
  const [choices, setChoices] = useState<Record<string, PlaceChoiceMade>>(() => savedChoices(provenance));
  const [saving, setSaving] = useState(false);
  // "Missing" is news only once the clerk has left the field or tried to save, not on a blank form.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set(Object.keys(initial)));
  const [saveTried, setSaveTried] = useState(false);
  // Composition events are the reliable signal; isComposing on input events is not set by every engine.
  const composing = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  const [notice, setNotice] = useState('');
  // A change not yet written: from the keystroke until every save asked for has finished.
  const [unsaved, setUnsaved] = useState(false);
  const inFlight = useRef(0);

  // Resolved from committed text only, like the findings: never mid-composition.
  const places = useMemo(() => {
    if (!placeResolver) return {};
    const placeKeys = recordFields[kind].filter((f) => f.type === 'place').map((f) => f.key);
    return resolvePlaceFields(placeResolver, kind, placeKeys, checked, contextFor(registerYears), choices);
  }, [checked, choices, kind, placeResolver, registerYears]);

  const { focused, setFocused, suggestions, active, onKey: onListKey, forgetPointer } = useFieldSuggestions({ kind, registerYears, committed: checked, shown: values, placeResolver, surnames });

  // Every finding, also those not shown yet (a required field the clerk has not reached): verifying judges them all.
  const allFindings = useMemo(() => {
    const marked = Object.fromEntries(Object.entries(marks).map(([key, mark]) => [key, { value: '', raw: '', source: 'typed' as const, mark }]));
    return validateEntry({ kind, ...(edition ? { edition } : {}), fields: { ...checked, ...marked }, places }, contextFor(registerYears));
  }, [checked, edition, kind, marks, places, registerYears]);

  const findings = useMemo(() => {
    const byField = new Map<string, Finding[]>();
    for (const finding of [...allFindings, ...bookFindings]) {
      if (finding.code === 'required.missing' && !saveTried && !visited.has(finding.field)) continue;
      byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding]);
    }
    return byField;
  }, [allFindings, bookFindings, saveTried, visited]);

  /** Whether the field holds a reading OCR was unsure of that the clerk has not looked at yet. */
  const unchecked = (key: string) => isUnchecked(provenance[key]) && !looked.has(key);

  /** The clerk looked at a doubtful reading; the next save records it as checked. */
  function look(key: string) {
    if (!isUnchecked(provenance[key]) || looked.has(key)) return;
    setLooked((l) => new Set(l).add(key));
    if (autosaveMs !== undefined) setUnsaved(true);
  }

  function setField(key: string, value: string, composing: boolean) {
    setValues((v) => ({ ...v, [key]: value }));
    if (!composing) {
      setChecked((c) => ({ ...c, [key]: value }));
      if (autosaveMs !== undefined) setUnsaved(true);
      look(key);
    }
    // Text typed into a marked field is the field read after all.
    if (value !== '') setMarks((m) => (Object.hasOwn(m, key) ? withoutKey(m, key) : m));
  }

  /** Marks a field illegible or blank in the register (its text goes), or unmarks it when it had that mark. */
  function toggleMark(key: string, mark: FieldMark) {
    if (marks[key] === mark) {
      setMarks(withoutKey(marks, key));
      if (autosaveMs !== undefined) setUnsaved(true);
      return;
    }
    // setField says the form has a change not yet saved, and that the field was looked at
    setField(key, '', false);
    setMarks({ ...marks, [key]: mark });
  }

  // What a save sends is read when it runs, not when it was asked for: a save queued behind another
  // sends the latest text, and its caller's latest state (the entry the first save created).
  const latest = useRef({ checked, places, marks, looked, onSave });
  useLayoutEffect(() => {
    latest.current = { checked, places, marks, looked, onSave };
  });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const savedId = useRef(entryId);
  const pendingAutosave = useRef<ReturnType<typeof setTimeout> | null>(null);

  function enqueueSave(auto: boolean): Promise<void> {
    if (pendingAutosave.current !== null) {
      clearTimeout(pendingAutosave.current);
      pendingAutosave.current = null;
    }
    inFlight.current += 1;
    queue.current = queue.current
      .then(async () => {
        const { checked: typed, places: resolved, marks: marked, looked: confirmed, onSave: save } = latest.current;
        savedId.current = (await save(typed, resolved, { auto, entryId: savedId.current, marks: marked, confirmed: [...confirmed] })) ?? savedId.current;
      })
      .catch(() => undefined)
      .finally(() => {
        inFlight.current -= 1;
        if (inFlight.current === 0 && pendingAutosave.current === null) setUnsaved(false);
      });
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
    // Not pushed back by later keystrokes: while the clerk types on, a save still runs every autosaveMs
    // (it sends the text as it is then), so a power cut loses at most that much typing.
    if (pendingAutosave.current === null) pendingAutosave.current = setTimeout(() => void enqueueSave(true), autosaveMs);
  }, [checked, marks, choices, looked, autosaveMs]);

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

  const opened = useRef({ focusOnOpen, provenance });
  useEffect(() => {
    if (!opened.current.focusOnOpen) return;
    const fields = fieldInputs(form.current);
    const { provenance: saved } = opened.current;
    (fields.find((input) => isUnchecked(saved[input.dataset.field ?? ''])) ?? fields[0])?.focus();
  }, []);

  const inputs = () => fieldInputs(form.current);
  const focusField = (key: string) => inputs().find((input) => input.dataset.field === key)?.focus();
  const labelsOf = (keys: readonly string[]) => keys.map((key) => pick(recordFields[kind].find((f) => f.key === key)!.label)).join(', ');

  // The doubtful readings still unchecked, in the form's order.
  const uncheckedKeys = recordFields[kind].map((f) => f.key).filter(unchecked);
  // Set when verifying was refused for unchecked fields; the very next Ctrl+Enter verifies anyway, any other key forgets it.
  const [anywayOffered, setAnywayOffered] = useState(false);

  // Verifying waits behind a save still running (Enter on the last field, then Ctrl+Enter at once).
  const verifying = useRef(false);
  async function verify(anyway: boolean) {
    if (verifying.current || !onVerify) return;
    verifying.current = true;
    setSaveTried(true);
    setAnywayOffered(false);
    setSaving(true);
    try {
      // saved first, whatever comes of the verification
      await enqueueSave(false);
      const errors = recordFields[kind].map((f) => f.key).filter((key) => blocksVerification(allFindings.filter((f) => f.field === key)));
      if (errors.length > 0) {
        focusField(errors[0]!);
        setNotice(t('entry.refused.errors', { count: errors.length, fields: labelsOf(errors) }));
        return;
      }
      if (uncheckedKeys.length > 0 && !anyway) {
        focusField(uncheckedKeys[0]!);
        setNotice(t('entry.refused.unchecked', { count: uncheckedKeys.length, fields: labelsOf(uncheckedKeys) }));
        setAnywayOffered(true);
        return;
      }
      setNotice('');
      await onVerify(savedId.current, { anyway: uncheckedKeys.length > 0 });
    } finally {
      verifying.current = false;
      setSaving(false);
    }
  }

  // Fields to check: those OCR was unsure of, and those with an error or a warning.
  const needsCheck = (key: string) => unchecked(key) || (findings.get(key)?.length ?? 0) > 0;

  /** The next field to check after `target` in the form's order (before it, backwards), round the form. */
  function jumpToAttention(target: HTMLElement, backwards: boolean) {
    const order = inputs();
    const here = order.indexOf(target as HTMLInputElement);
    const checks = order.filter((input) => needsCheck(input.dataset.field ?? ''));
    if (checks.length === 0) {
      setNotice(t('entry.noAttention'));
      return;
    }
    setNotice('');
    const candidates = backwards ? [...checks].reverse() : checks;
    (candidates.find((input) => (backwards ? order.indexOf(input) < here : order.indexOf(input) > here)) ?? candidates[0]!).focus();
  }

  // Undo and redo by field edit: an edit is what a field went from and to while it had the focus.
  const undoStack = useRef<FieldEdit[]>([]);
  const redoStack = useRef<FieldEdit[]>([]);
  const atFocus = useRef<{ key: string; value: string } | null>(null);

  /** The focused field's edit so far, if any, becomes a step of its own. */
  function closeEdit() {
    const open = atFocus.current;
    if (!open) return;
    // the input's own text: this can run before React has rendered the latest keystroke's state
    const now = inputs().find((input) => input.dataset.field === open.key)?.value ?? values[open.key] ?? '';
    if (now !== open.value) {
      undoStack.current.push({ key: open.key, before: open.value, after: now });
      redoStack.current = [];
      atFocus.current = { key: open.key, value: now };
    }
  }

  /** A person's decision about a place, for the text the field has now. */
  function choosePlace(key: string, decision: PlaceDecision, text = checked[key] ?? '') {
    const before = choices[key];
    setChoices({ ...choices, [key]: { ...(before && before.text === text ? before : {}), text, ...decision } });
    if (autosaveMs !== undefined) setUnsaved(true);
  }

  /** Puts a suggestion in the field; a complete one is accepted and the next field gets the focus. */
  function takeSuggestion(input: HTMLInputElement, suggestion: FieldSuggestion) {
    const key = input.dataset.field!;
    // rendered before the focus moves, so the field's edit (for undo) ends with the text taken
    flushSync(() => {
      setField(key, suggestion.value, false);
      if (suggestion.placeKey !== undefined) choosePlace(key, { versionKey: suggestion.placeKey }, suggestion.value);
      forgetPointer();
    });
    if (!suggestion.complete) return;
    const list = inputs();
    list[list.indexOf(input) + 1]?.focus();
  }

  /** The combobox keys of a field whose list is open; true when the key was theirs. */
  function onSuggestionKey(event: KeyboardEvent<HTMLFormElement>): boolean {
    const { handled, take } = onListKey(event);
    if (take) takeSuggestion(event.target as HTMLInputElement, take);
    if (handled) event.preventDefault();
    return handled;
  }

  function replay(from: typeof undoStack, to: typeof undoStack, value: (edit: FieldEdit) => string) {
    closeEdit();
    const edit = from.current.pop();
    if (!edit) return;
    to.current.push(edit);
    setField(edit.key, value(edit), false);
    inputs().find((input) => input.dataset.field === edit.key)?.focus();
    // after the focus, whose handler saw the text before the replay
    atFocus.current = { key: edit.key, value: value(edit) };
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // An input method uses keys while it composes; none of them is a shortcut then.
    if (event.nativeEvent.isComposing || composing.current) return;
    const verifyKey = (event.ctrlKey || event.metaKey) && event.key === 'Enter';
    // "Right after": only a Ctrl+Enter straight after the refusal verifies anyway (modifiers alone do not count).
    if (!verifyKey && !['Control', 'Meta', 'Shift', 'Alt'].includes(event.key)) setAnywayOffered(false);
    if (onSuggestionKey(event)) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      replay(undoStack, redoStack, (edit) => edit.before);
    } else if ((event.ctrlKey || event.metaKey) && (event.key.toLowerCase() === 'y' || (event.shiftKey && event.key.toLowerCase() === 'z'))) {
      event.preventDefault();
      replay(redoStack, undoStack, (edit) => edit.after);
    } else if (verifyKey) {
      event.preventDefault();
      void verify(anywayOffered);
    } else if ((event.key === 'F8' || event.key === 'F9') && (event.target as HTMLElement).matches('input[data-field]')) {
      event.preventDefault();
      toggleMark((event.target as HTMLInputElement).dataset.field!, event.key === 'F8' ? 'illegible' : 'blank');
    } else if (event.key === 'F2') {
      event.preventDefault();
      jumpToAttention(event.target as HTMLElement, event.shiftKey);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && (event.target as HTMLElement).matches('input[data-field]')) {
      event.preventDefault();
      // Enter accepts the field as it stands: a doubtful reading is then checked
      look((event.target as HTMLInputElement).dataset.field!);
      const list = inputs();
      const next = list[list.indexOf(event.target as HTMLInputElement) + 1];
      if (next) next.focus();
      else void save();
    }
  }

  return (
    <form ref={form} className="entry-form" aria-label={heading} onSubmit={(e) => void save(e)} onKeyDown={onKeyDown}>
      <h2>{heading}</h2>
      <p role="status" className="saved">{unsaved ? t('entry.saving') : savedAt ? t('entry.saved', { time: savedAt }) : ''}</p>
      <p role="status" className="muted">{notice}</p>
      {sections(kind).map(([role, fields]) => (
        <fieldset key={role}>
          <legend>{t(`section.${role}` as MessageKey)}</legend>
          {fields.map((field) => {
            const id = `${idPrefix}-${field.key}`;
            const own = findings.get(field.key) ?? [];
            const place = places[field.key];
            const saved = provenance[field.key];
            const mark = marks[field.key];
            const described = [saved ? `${id}-source` : '', mark ? `${id}-mark` : '', place ? `${id}-place` : '', own.length > 0 ? `${id}-findings` : ''].filter(Boolean).join(' ');
            const combobox = suggestsFor(field.type);
            const listId = `${id}-suggestions`;
            const listOpen = combobox && focused === field.key && suggestions.length > 0;
            return (
              <div key={field.key} className="form-row">
                <label htmlFor={id}>
                  {pick(field.label)}
                  {field.required && <span className="required-mark" aria-hidden="true"> *</span>}
                </label>
                {mark && <span id={`${id}-mark`} className="field-mark">{t(`entry.mark.${mark}`)}</span>}
                {saved && (
                  <span id={`${id}-source`} className={unchecked(field.key) ? 'field-source unsure' : 'field-source'}>
                    {sourceText(saved, unchecked(field.key), t)}
                  </span>
                )}
                <div className={combobox ? 'combobox' : undefined}>
                  <input
                    id={id}
                    data-field={field.key}
                    {...(combobox
                      ? {
                          role: 'combobox',
                          'aria-autocomplete': 'list' as const,
                          'aria-expanded': listOpen,
                          'aria-controls': listOpen ? listId : undefined,
                          'aria-activedescendant': listOpen && active >= 0 ? optionId(listId, active) : undefined,
                        }
                      : {})}
                    autoComplete="off"
                    spellCheck={false}
                    aria-required={field.required || undefined}
                    aria-invalid={own.some((f) => f.severity === 'error') || undefined}
                    aria-describedby={described || undefined}
                    value={values[field.key] ?? ''}
                    onChange={(e: ChangeEvent<HTMLInputElement>) => setField(field.key, e.target.value, composing.current || (e.nativeEvent as InputEvent).isComposing === true)}
                    onFocus={(event) => {
                      atFocus.current = { key: field.key, value: event.currentTarget.value };
                      setFocused(field.key);
                      onFocusField?.(field.key);
                    }}
                    onBlur={() => {
                      closeEdit();
                      atFocus.current = null;
                      setFocused((f) => (f === field.key ? null : f));
                      setVisited((v) => (v.has(field.key) ? v : new Set(v).add(field.key)));
                    }}
                    onCompositionStart={() => {
                      composing.current = true;
                    }}
                    onCompositionEnd={(e) => {
                      composing.current = false;
                      setField(field.key, e.currentTarget.value, false);
                    }}
                  />
                  {listOpen && (
                    <SuggestionList
                      id={listId}
                      label={t('suggest.list', { field: pick(field.label) })}
                      options={suggestions}
                      active={active}
                      onTake={(option) => {
                        const input = inputs().find((i) => i.dataset.field === field.key);
                        if (input) takeSuggestion(input, option);
                      }}
                    />
                  )}
                </div>
                {place && <PlaceNote id={`${id}-place`} record={place} />}
                {place && <PlaceChoice id={`${id}-choice`} field={pick(field.label)} record={place} onChoose={(decision) => choosePlace(field.key, decision)} />}
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
        {onVerify && <button type="button" disabled={saving} onClick={() => void verify(false)}>{t('entry.verify')}</button>}
        {onVerify && anywayOffered && uncheckedKeys.length > 0 && (
          <button type="button" disabled={saving} onClick={() => void verify(true)}>{t('entry.verifyAnyway', { count: uncheckedKeys.length })}</button>
        )}
      </div>
    </form>
  );
}
