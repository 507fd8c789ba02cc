// The list under a field with suggestions (the ARIA combobox pattern): the input keeps the focus, the
// option the arrow keys reach is its active descendant, and a click takes an option without taking
// the focus from the input.
import type { FieldSuggestion } from '../../../shared/domain/field-suggestions.ts';

export const optionId = (listId: string, index: number) => `${listId}-${index}`;

export function SuggestionList({ id, label, options, active, onTake }: { id: string; label: string; options: readonly FieldSuggestion[]; active: number; onTake: (option: FieldSuggestion) => void }) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="suggestions" onMouseDown={(event) => event.preventDefault()}>
      {options.map((option, index) => (
        <li key={option.value} id={optionId(id, index)} role="option" aria-selected={index === active} className={index === active ? 'suggestion active' : 'suggestion'} onClick={() => onTake(option)}>
          <span>{option.value.trim()}</span>
          {option.detail !== undefined && <span className="suggestion-detail">{option.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
