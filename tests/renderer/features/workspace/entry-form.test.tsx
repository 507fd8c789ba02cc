import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { recordFields } from '../../../../shared/domain/record-kinds.ts';
import { EntryForm } from '../../../../renderer/features/workspace/entry-form.tsx';

function renderForm(initial: Record<string, string> = {}) {
  const onSave = vi.fn((_typed: Record<string, string>) => Promise.resolve());
  render(<EntryForm kind="birth" heading="Mục mới" initial={initial} onSave={onSave} />);
  return { onSave };
}

describe('EntryForm', () => {
  it('gives every field of the kind an input named by its label and tagged with its key', () => {
    renderForm();
    for (const field of recordFields.birth) {
      const input = screen.getByRole('textbox', { name: field.label.vi });
      expect(input.getAttribute('data-field')).toBe(field.key);
    }
  });

  it('saves what was typed with Ctrl+S, by field key', async () => {
    const { onSave } = renderForm({ 'registration.number': '390' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Hoàng Văn Sỹ Thực');
    await user.keyboard('{Control>}s{/Control}');
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toEqual({ 'registration.number': '390', 'child.fullName': 'Hoàng Văn Sỹ Thực' });
  });

  it('leaves composition text alone while an IME composes, and does not save on Ctrl+S mid-composition', () => {
    const { onSave } = renderForm();
    const input = screen.getByRole('textbox', { name: 'Họ và tên' });
    // Telex: "Hoa" then "af" composes to "Hoà"; the input shows each intermediate state unchanged.
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'Hoa' } });
    fireEvent.change(input, { target: { value: 'Hoà'.normalize('NFD') } });
    expect((input as HTMLInputElement).value).toBe('Hoà'.normalize('NFD'));
    fireEvent.keyDown(input, { key: 's', ctrlKey: true, isComposing: true });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.compositionEnd(input);
    fireEvent.keyDown(input, { key: 's', ctrlKey: true });
    expect(onSave.mock.calls[0]![0]).toEqual({ 'child.fullName': 'Hoà'.normalize('NFD') });
  });

  it('groups the fields by person, with legends', () => {
    renderForm();
    for (const legend of ['Người được khai sinh', 'Cha', 'Mẹ', 'Người đi khai', 'Đăng ký']) {
      expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    }
  });
});
