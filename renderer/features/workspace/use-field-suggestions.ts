// The suggestion list of the field with the focus (the ARIA combobox pattern): what it offers for the
// field's committed text (nothing mid-composition, nothing once Esc closed it for that text), which
// option the arrow keys are on, and what a key does to the list.
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { YearRange } from '../../../shared/domain/dates.ts';
import { fieldSuggestions, suggestsFor, type FieldSuggestion, type SurnameIndex } from '../../../shared/domain/field-suggestions.ts';
import { fieldDefinition, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import { contextFor } from '../../../shared/domain/validate-entry.ts';
import { placeDateOf } from '../../../shared/places/place-record.ts';
import type { PlaceResolver } from '../../../shared/places/place-resolver.ts';

export interface FieldSuggestionsOptions {
  kind: RecordKind;
  registerYears: YearRange | undefined;
  /** the fields' committed text, and what the inputs show (they differ while an input method composes) */
  committed: Record<string, string>;
  shown: Record<string, string>;
  placeResolver: PlaceResolver | null | undefined;
  surnames: SurnameIndex | null;
}

export function useFieldSuggestions({ kind, registerYears, committed, shown, placeResolver, surnames }: FieldSuggestionsOptions) {
  const [focused, setFocused] = useState<string | null>(null);
  const [closedAt, setClosedAt] = useState<{ key: string; text: string } | null>(null);
  const [pointer, setPointer] = useState<{ key: string; text: string; index: number } | null>(null);
  const placeDate = useMemo(() => placeDateOf(kind, committed, contextFor(registerYears)), [committed, kind, registerYears]);
  const suggestions = useMemo(() => {
    const type = focused === null ? undefined : fieldDefinition(kind, focused)?.type;
    if (focused === null || type === undefined || !suggestsFor(type)) return [];
    const text = committed[focused] ?? '';
    if ((shown[focused] ?? '') !== text || (closedAt?.key === focused && closedAt.text === text)) return [];
    return fieldSuggestions(type, text, { places: placeResolver && placeDate ? { resolver: placeResolver, date: placeDate } : null, surnames });
  }, [committed, closedAt, focused, kind, placeDate, placeResolver, surnames, shown]);
  // the option moved to holds only for the text it was moved to on
  const active = focused !== null && pointer?.key === focused && pointer.text === committed[focused] ? pointer.index : -1;

  /**
   * A key on the focused field while its list is open: Down/Up move, Esc closes, Enter on an option
   * answers it to take. `handled` is false for a key that is not the list's (Enter with no option moved to).
   */
  function onKey(event: KeyboardEvent): { handled: boolean; take?: FieldSuggestion } {
    const input = event.target as HTMLInputElement;
    if (suggestions.length === 0 || focused === null || input.dataset.field !== focused || event.ctrlKey || event.metaKey || event.altKey) return { handled: false };
    const text = committed[focused] ?? '';
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setPointer({ key: focused, text, index: Math.min(suggestions.length - 1, Math.max(-1, active + step)) });
      return { handled: true };
    }
    if (event.key === 'Escape') {
      setClosedAt({ key: focused, text });
      return { handled: true };
    }
    if (event.key === 'Enter' && !event.shiftKey && active >= 0) return { handled: true, take: suggestions[active]! };
    return { handled: false };
  }

  return { focused, setFocused, suggestions, active, onKey, forgetPointer: () => setPointer(null) };
}
