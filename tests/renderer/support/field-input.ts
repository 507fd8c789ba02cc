import { screen, within } from '@testing-library/react';

/** A form field's input by its accessible name: a text box, or a combobox where the field offers suggestions. */
export function fieldInput(name: string, container?: HTMLElement): HTMLInputElement {
  const scope = container ? within(container) : screen;
  return scope.queryByRole<HTMLInputElement>('textbox', { name }) ?? scope.getByRole<HTMLInputElement>('combobox', { name });
}
