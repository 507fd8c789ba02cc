import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FieldValue } from '../../../../shared/domain/entry.ts';
import { createSurnameIndex, suggestsFor } from '../../../../shared/domain/field-suggestions.ts';
import { recordFields } from '../../../../shared/domain/record-kinds.ts';
import { EntryForm, type EntryFormProps } from '../../../../renderer/features/workspace/entry-form.tsx';
import { decodePlacePack } from '../../../../shared/places/place-pack.ts';
import type { PlaceRecord } from '../../../../shared/places/place-record.ts';
import { createPlaceResolver } from '../../../../shared/places/place-resolver.ts';
import packText from '../../../../assets/places/places-pack.json?raw';
import { fieldInput } from '../../support/field-input.ts';

function renderForm(initial: Record<string, string> = {}) {
  const onSave = vi.fn((_typed: Record<string, string>) => Promise.resolve<string | undefined>(undefined));
  render(<EntryForm kind="birth" heading="Mục mới" initial={initial} onSave={onSave} />);
  return { onSave };
}

describe('EntryForm', () => {
  it('gives every field of the kind an input named by its label and tagged with its key', () => {
    renderForm();
    for (const field of recordFields.birth) {
      const input = screen.getByRole(suggestsFor(field.type) ? 'combobox' : 'textbox', { name: field.label.vi });
      expect(input.getAttribute('data-field')).toBe(field.key);
    }
  });

  it('saves what was typed with Ctrl+S, by field key', async () => {
    const { onSave } = renderForm({ 'registration.number': '390' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Họ và tên' }), 'Hoàng Văn Sỹ Thực');
    await user.keyboard('{Control>}s{/Control}');
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toEqual({ 'registration.number': '390', 'child.fullName': 'Hoàng Văn Sỹ Thực' });
  });

  it('leaves composition text alone while an IME composes, and does not save on Ctrl+S mid-composition', async () => {
    const { onSave } = renderForm();
    const input = screen.getByRole('combobox', { name: 'Họ và tên' });
    // Telex: "Hoa" then "af" composes to "Hoà"; the input shows each intermediate state unchanged.
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'Hoa' } });
    fireEvent.change(input, { target: { value: 'Hoà'.normalize('NFD') } });
    expect((input as HTMLInputElement).value).toBe('Hoà'.normalize('NFD'));
    fireEvent.keyDown(input, { key: 's', ctrlKey: true, isComposing: true });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.compositionEnd(input);
    fireEvent.keyDown(input, { key: 's', ctrlKey: true });
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({ 'child.fullName': 'Hoà'.normalize('NFD') });
  });

  it('groups the fields by person, with legends', () => {
    renderForm();
    for (const legend of ['Người được khai sinh', 'Cha', 'Mẹ', 'Người đi khai', 'Đăng ký']) {
      expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    }
  });

  it('shows each finding under its field as text, and saving still works', async () => {
    const { onSave } = renderForm();
    const user = userEvent.setup();
    const birthDate = screen.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' });
    await user.type(birthDate, '31/02/2003');
    expect(birthDate.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(birthDate.getAttribute('aria-describedby')!)!;
    expect(described.textContent).toContain('Lỗi: Ngày, tháng, năm sinh: Ngày 31/2/2003 không tồn tại');
    await user.keyboard('{Control>}s{/Control}');
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('offers a normalized name as a one-click correction', async () => {
    renderForm();
    const user = userEvent.setup();
    const name = screen.getByRole('combobox', { name: 'Họ và tên' });
    await user.type(name, 'hoàng  văn an');
    const described = () => document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(described()).toContain('Lưu ý: Họ và tên có dấu cách thừa.');
    await user.click(screen.getAllByRole('button', { name: 'Sửa thành "Hoàng Văn An"' })[0]!);
    expect((name as HTMLInputElement).value).toBe('Hoàng Văn An');
    expect(name.getAttribute('aria-describedby')).toBeNull();
  });

  it('says a required field is missing only once it was left or a save was tried', async () => {
    renderForm();
    const user = userEvent.setup();
    const name = screen.getByRole('combobox', { name: 'Họ và tên' });
    expect(name.getAttribute('aria-invalid')).toBeNull();
    await user.click(name);
    await user.tab();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toContain('Chưa nhập họ và tên (bắt buộc)');
    const birthPlace = screen.getByRole('combobox', { name: 'Nơi sinh' });
    expect(birthPlace.getAttribute('aria-invalid')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    expect(birthPlace.getAttribute('aria-invalid')).toBe('true');
  });

  it('does not judge a field while an input method is still composing', () => {
    renderForm();
    const birthDate = screen.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' });
    fireEvent.compositionStart(birthDate);
    fireEvent.change(birthDate, { target: { value: 'ngà' } });
    fireEvent.change(birthDate, { target: { value: 'ngày' } });
    expect((birthDate as HTMLInputElement).value).toBe('ngày');
    expect(birthDate.getAttribute('aria-invalid')).toBeNull();
    fireEvent.compositionEnd(birthDate);
    expect(birthDate.getAttribute('aria-invalid')).toBe('true');
  });
});

const resolver = createPlaceResolver(decodePlacePack(JSON.parse(packText)));
// What a screen reader announces after the field's name: the texts its aria-describedby points at.
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('EntryForm: places', () => {
  function renderWithPlaces() {
    const onSave = vi.fn((_typed: Record<string, string>, _places: Record<string, PlaceRecord>) => Promise.resolve<string | undefined>(undefined));
    render(<EntryForm kind="birth" heading="Mục mới" initial={{ 'registration.date': '12/03/1987' }} placeResolver={resolver} onSave={onSave} />);
    return { onSave };
  }

  it('shows what a place resolved to on the entry’s date and where it lies today, and saves it with the pack version', async () => {
    const { onSave } = renderWithPlaces();
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Nơi sinh' });
    await user.type(input, 'xã Bình Chánh, huyện Bình Chánh, TP. Hồ Chí Minh');
    await user.tab();
    expect(description(input)).toBe(
      'Địa danh (1987-03-12): Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh · Nay: Xã Bình Chánh, Thành phố Hồ Chí Minh',
    );
    await user.keyboard('{Control>}s{/Control}');
    const places = onSave.mock.calls[0]![1];
    expect(places['child.birthPlace']).toMatchObject({ status: 'auto', packVersion: resolver.packVersion, date: '1987-03-12' });
  });

  it('accepts a place the table does not know, with a warning, and still saves it', async () => {
    const { onSave } = renderWithPlaces();
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Quê quán' });
    await user.type(input, 'xã Bình Lập, huyện Châu Thành, tỉnh Long An');
    await user.tab();
    expect(description(input)).toMatch(/Lưu ý: Quê quán: không tìm thấy trong bảng địa danh/);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    await user.keyboard('{Control>}s{/Control}');
    expect(onSave.mock.calls[0]![0]['child.hometown']).toBe('xã Bình Lập, huyện Châu Thành, tỉnh Long An');
    expect(onSave.mock.calls[0]![1]['child.hometown']?.status).toBe('unresolved');
  });

  it('asks for a choice when the unit of then is split today', async () => {
    renderWithPlaces();
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Nơi sinh' });
    await user.type(input, 'Phường Cống Vị, Quận Ba Đình, Hà Nội');
    await user.tab();
    expect(description(input)).toMatch(/Nay thuộc một trong: .*Phường (Ngọc Hà|Giảng Võ).*cần chọn một/);
  });
});

describe('EntryForm: suggestions', () => {
  const surnames = createSurnameIndex(['Nguyễn', 'Trần', 'Lê', 'Ngô']);
  function renderSuggesting(initial: Record<string, string> = { 'registration.date': '12/03/1987' }, provenance?: Record<string, FieldValue>) {
    const onSave = vi.fn((_typed: Record<string, string>, _places: Record<string, PlaceRecord>) => Promise.resolve<string | undefined>(undefined));
    render(<EntryForm kind="birth" heading="Mục mới" initial={initial} provenance={provenance} placeResolver={resolver} surnames={surnames} onSave={onSave} />);
    return { onSave, user: userEvent.setup() };
  }
  const options = () => screen.queryAllByRole('option').map((o) => o.firstChild?.textContent);

  it('offers surnames as the name is typed without marks, and Down then Enter takes one, leaving the given name to type', async () => {
    const { onSave, user } = renderSuggesting();
    const name = screen.getByRole('combobox', { name: 'Họ và tên' });
    await user.type(name, 'ng');
    expect(screen.getByRole('listbox', { name: 'Gợi ý cho Họ và tên' })).toBeTruthy();
    expect(options()).toEqual(['Nguyễn', 'Ngô']);
    expect(name.getAttribute('aria-expanded')).toBe('true');
    expect(name.getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(document.getElementById(name.getAttribute('aria-activedescendant')!)?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(name).toHaveProperty('value', 'Nguyễn ');
    expect(document.activeElement).toBe(name);
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('Văn An{Control>}s{/Control}');
    expect(onSave.mock.calls[0]![0]['child.fullName']).toBe('Nguyễn Văn An');
  });

  it('leaves Enter to accept what was typed while no option is chosen, and Escape closes the list', async () => {
    const { user } = renderSuggesting();
    const name = screen.getByRole('combobox', { name: 'Họ và tên' });
    await user.type(name, 'Ng');
    expect(options()).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(name.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('u');
    expect(options()).toEqual(['Nguyễn']);
    await user.keyboard('{Enter}');
    expect(name).toHaveProperty('value', 'Ngu');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Giới tính' }));
  });

  it('offers the units of the entry’s date for a place; the one taken is the unit chosen, and the next field gets the focus', async () => {
    const { onSave, user } = renderSuggesting();
    const place = screen.getByRole('combobox', { name: 'Nơi sinh' });
    await user.type(place, 'binh chanh, ho chi');
    const path = 'Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh';
    expect(options()).toContain(path);
    await user.keyboard('{ArrowDown}'.repeat(options().indexOf(path) + 1) + '{Enter}');
    expect(place).toHaveProperty('value', path);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Quê quán' }));
    await user.keyboard('{Control>}s{/Control}');
    expect(onSave.mock.calls[0]![1]['child.birthPlace']).toMatchObject({ status: 'manual', path, date: '1987-03-12' });
  });

  it('takes an ethnic group or a state with the mouse, and offers nothing while an input method composes', async () => {
    const { user } = renderSuggesting();
    const ethnicity = screen.getByRole('combobox', { name: 'Dân tộc' });
    await user.type(ethnicity, 'viet');
    await user.click(screen.getByRole('option', { name: /^Kinh/ }));
    expect(ethnicity).toHaveProperty('value', 'Kinh');
    const nationality = screen.getByRole('combobox', { name: 'Quốc tịch' });
    await user.click(nationality);
    fireEvent.compositionStart(nationality);
    fireEvent.change(nationality, { target: { value: 'Vieetj' } });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.change(nationality, { target: { value: 'Việt' } });
    fireEvent.compositionEnd(nationality);
    expect(options()[0]).toBe('Việt Nam');
  });

  it('asks which unit an ambiguous name means, and where a split one lies today; the choices are saved and shown again', async () => {
    const { onSave, user } = renderSuggesting({ 'registration.date': '12/03/2020' });
    const birthPlace = screen.getByRole('combobox', { name: 'Nơi sinh' });
    await user.type(birthPlace, 'xã Bình Chánh');
    await user.keyboard('{Escape}');
    const meant = screen.getByRole('combobox', { name: 'Nơi sinh: đơn vị đúng là' });
    const chosenPath = within(meant).getAllByRole('option')[2]!.textContent;
    await user.selectOptions(meant, within(meant).getAllByRole('option')[2]!);
    expect(description(birthPlace)).toContain(`Địa danh (2020-03-12): ${chosenPath}`);
    expect(description(birthPlace)).not.toContain('nhiều đơn vị cùng tên');

    const hometown = screen.getByRole('combobox', { name: 'Quê quán' });
    await user.type(hometown, 'Phường Cống Vị, Quận Ba Đình, Hà Nội');
    await user.keyboard('{Escape}');
    expect(description(hometown)).toContain('cần chọn một');
    const today = screen.getByRole('combobox', { name: 'Quê quán: nay thuộc' });
    await user.selectOptions(today, within(today).getByRole('option', { name: /^Phường Ngọc Hà/ }));
    expect(description(hometown)).toMatch(/Nay: Phường Ngọc Hà, Thành phố Hà Nội$/);

    await user.keyboard('{Control>}s{/Control}');
    const [typed, places] = onSave.mock.calls[0]!;
    expect(places['child.birthPlace']).toMatchObject({ status: 'manual', path: chosenPath });
    expect(places['child.hometown']?.successors.find((s) => s.key === places['child.hometown']?.chosenSuccessor)?.path).toBe('Phường Ngọc Hà, Thành phố Hà Nội');

    cleanup();
    const saved = (key: string): FieldValue => ({ value: typed[key]!, raw: typed[key]!, source: 'typed', place: places[key]! });
    renderSuggesting(typed, { 'child.birthPlace': saved('child.birthPlace'), 'child.hometown': saved('child.hometown') });
    expect(description(screen.getByRole('combobox', { name: 'Nơi sinh' }))).toContain(chosenPath);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Quê quán: nay thuộc' }).selectedOptions[0]?.textContent).toMatch(/^Phường Ngọc Hà/);
  });
});

describe('EntryForm autosave', () => {
  function renderAutosaving(onSave: EntryFormProps['onSave'], initial: Record<string, string> = {}) {
    return render(<EntryForm kind="birth" heading="Mục mới" initial={initial} onSave={onSave} autosaveMs={50} />);
  }

  it('saves committed text by itself shortly after the last change, once, not for what was loaded', async () => {
    const onSave = vi.fn<EntryFormProps['onSave']>(() => Promise.resolve('e1'));
    renderAutosaving(onSave, { 'registration.number': '390' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(onSave).not.toHaveBeenCalled();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Họ và tên' }), 'An');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({ 'registration.number': '390', 'child.fullName': 'An' });
    expect(onSave.mock.calls[0]![2]).toEqual({ auto: true, entryId: undefined, marks: {}, confirmed: [] });
  });

  it('keeps saving while the clerk types on, so that no more than the autosave delay of typing is ever unsaved', async () => {
    const onSave = vi.fn<EntryFormProps['onSave']>(() => Promise.resolve('e1'));
    renderAutosaving(onSave);
    const user = userEvent.setup({ delay: 15 });
    // about 20 keystrokes, 15 ms apart: a timer pushed back by each would not fire until the end
    await user.type(screen.getByRole('textbox', { name: 'Số' }), '12345678901234567890');
    const duringTyping = onSave.mock.calls.length;
    expect(duringTyping).toBeGreaterThanOrEqual(2);
    await vi.waitFor(() => expect(onSave.mock.calls.at(-1)![0]['registration.number']).toBe('12345678901234567890'));
  });

  it('never saves mid-composition: an input method\'s text is saved once committed', async () => {
    const onSave = vi.fn<EntryFormProps['onSave']>(() => Promise.resolve('e1'));
    renderAutosaving(onSave);
    const input = screen.getByRole('combobox', { name: 'Họ và tên' });
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'Nguyeen' } });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'Nguyên' } });
    fireEvent.compositionEnd(input);
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({ 'child.fullName': 'Nguyên' });
  });

  it('runs saves one after another, each on the entry the first one created', async () => {
    let release!: () => void;
    const first = new Promise<void>((resolve) => {
      release = resolve;
    });
    const onSave = vi.fn<EntryFormProps['onSave']>(async (_typed, _places, { entryId }) => {
      if (entryId === undefined) await first;
      return 'created-1';
    });
    renderAutosaving(onSave);
    const input = screen.getByRole('combobox', { name: 'Họ và tên' });
    fireEvent.change(input, { target: { value: 'A' } });
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    fireEvent.change(input, { target: { value: 'An' } });
    await new Promise((resolve) => setTimeout(resolve, 120));
    // the second save waits for the first
    expect(onSave).toHaveBeenCalledTimes(1);
    release();
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls[1]![0]).toEqual({ 'child.fullName': 'An' });
    expect(onSave.mock.calls[1]![2]).toEqual({ auto: true, entryId: 'created-1', marks: {}, confirmed: [] });
  });

  it('says "saving" from the change until the save is written, then when it was saved', async () => {
    let release!: () => void;
    const written = new Promise<void>((resolve) => {
      release = resolve;
    });
    const onSave = vi.fn<EntryFormProps['onSave']>(async () => {
      await written;
      return 'e1';
    });
    const view = render(<EntryForm kind="birth" heading="Mục mới" initial={{}} onSave={onSave} autosaveMs={50} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Họ và tên' }), { target: { value: 'An' } });
    expect(screen.getByText('Đang lưu…')).toBeTruthy();
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(screen.getByText('Đang lưu…')).toBeTruthy();
    release();
    await vi.waitFor(() => expect(screen.queryByText('Đang lưu…')).toBeNull());
    view.rerender(<EntryForm kind="birth" heading="Mục mới" initial={{}} onSave={onSave} autosaveMs={50} savedAt="10:42:07" />);
    expect(screen.getByText('Đã lưu lúc 10:42:07.')).toBeTruthy();
  });

  it('saves a change still waiting when the form goes away (another entry opened)', async () => {
    const onSave = vi.fn<EntryFormProps['onSave']>(() => Promise.resolve('e1'));
    const view = render(<EntryForm kind="birth" heading="Mục" initial={{}} entryId="e1" onSave={onSave} autosaveMs={10_000} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Họ và tên' }), { target: { value: 'Bình' } });
    view.unmount();
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({ 'child.fullName': 'Bình' });
    expect(onSave.mock.calls[0]![2]).toEqual({ auto: true, entryId: 'e1', marks: {}, confirmed: [] });
  });
});

describe('EntryForm by keyboard', () => {
  const ocr = (value: string, confidence: number, lowConfidence = false): FieldValue => ({ value, raw: value, source: 'ocr', confidence, ...(lowConfidence ? { lowConfidence: true as const } : {}) });

  function renderDraft(onSave: EntryFormProps['onSave'] = vi.fn(() => Promise.resolve<string | undefined>('e1'))) {
    const provenance: Record<string, FieldValue> = {
      'registration.number': ocr('390', 96),
      'child.fullName': ocr('Hoàng Văn Sỹ Thực', 42, true),
      'child.sex': { value: 'Nam', raw: 'Nam', source: 'corrected' },
      'father.fullName': ocr('Khổng Hữu Hoàng Long', 55, true),
    };
    const initial = Object.fromEntries(Object.entries(provenance).map(([key, field]) => [key, field.value]));
    render(<EntryForm kind="birth" heading="Sửa mục số 390" initial={initial} entryId="e1" provenance={provenance} onSave={onSave} />);
    return { onSave };
  }

  const field = (name: string) => fieldInput(name);

  it('says where each saved value came from, in words, and which OCR was unsure of', () => {
    renderDraft();
    expect(field('Họ và tên').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('OCR 42% · cần xem lại')).toBeTruthy();
    expect(screen.getByText('OCR 96%')).toBeTruthy();
    expect(screen.getByText('đã sửa')).toBeTruthy();
  });

  it('jumps with F2 to the next field to check and Shift+F2 to the one before, round the form', async () => {
    renderDraft();
    const user = userEvent.setup();
    await user.click(field('Số'));
    await user.keyboard('{F2}');
    expect(document.activeElement).toBe(field('Họ và tên'));
    await user.keyboard('{F2}');
    expect((document.activeElement as HTMLInputElement).dataset.field).toBe('father.fullName');
    await user.keyboard('{F2}');
    expect(document.activeElement).toBe(field('Họ và tên'));
    await user.keyboard('{Shift>}{F2}{/Shift}');
    expect((document.activeElement as HTMLInputElement).dataset.field).toBe('father.fullName');
  });

  it('takes an invalid field as one to check too, and says when none is left', async () => {
    render(<EntryForm kind="birth" heading="Mục mới" initial={{}} onSave={vi.fn(() => Promise.resolve<string | undefined>(undefined))} />);
    const user = userEvent.setup();
    await user.click(field('Số'));
    await user.keyboard('{F2}');
    expect(screen.getByText('Không còn trường nào cần xem lại.')).toBeTruthy();
    await user.type(field('Ngày, tháng, năm sinh'), '31/02/2003');
    await user.click(field('Số'));
    await user.keyboard('{F2}');
    expect((document.activeElement as HTMLInputElement).dataset.field).toBe('child.birthDate');
  });

  it('accepts a field with Enter and moves on; Enter on the last field saves', async () => {
    const { onSave } = renderDraft();
    const user = userEvent.setup();
    const inputs = document.querySelectorAll<HTMLInputElement>('input[data-field]');
    await user.click(inputs[0]!);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(inputs[1]);
    expect(onSave).not.toHaveBeenCalled();
    await user.click(inputs[inputs.length - 1]!);
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });

  it('puts the focus on the first field to check when opened to be keyed, else on the first field', () => {
    const onSave = vi.fn(() => Promise.resolve<string | undefined>('e1'));
    const provenance = { 'child.fullName': ocr('Hoàng Văn Sỹ Thực', 42, true) };
    const view = render(<EntryForm kind="birth" heading="Sửa mục số 390" initial={{ 'child.fullName': 'Hoàng Văn Sỹ Thực' }} entryId="e1" provenance={provenance} onSave={onSave} focusOnOpen />);
    expect(document.activeElement).toBe(field('Họ và tên'));
    view.unmount();
    render(<EntryForm kind="birth" heading="Mục mới" initial={{}} onSave={onSave} focusOnOpen />);
    expect(document.activeElement).toBe(document.querySelector('input[data-field]'));
  });

  it('leaves Enter and F2 to an input method while it composes', () => {
    const { onSave } = renderDraft();
    const input = field('Họ và tên');
    input.focus();
    fireEvent.compositionStart(input);
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'F2', isComposing: true });
    expect(document.activeElement).toBe(input);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('EntryForm marks', () => {
  it('marks a field illegible with F8 and blank in the register with F9, says so, saves the marks, and F8 again unmarks', async () => {
    const onSave = vi.fn<EntryFormProps['onSave']>(() => Promise.resolve('e1'));
    render(<EntryForm kind="birth" heading="Mục mới" initial={{}} onSave={onSave} />);
    const user = userEvent.setup();
    const father = screen.getByRole('combobox', { name: 'Họ và tên cha' });
    await user.type(father, 'Ng');
    await user.keyboard('{F8}');
    expect((father as HTMLInputElement).value).toBe('');
    expect(screen.getByText('Không đọc được (F8 để bỏ)')).toBeTruthy();
    const mother = screen.getByRole('combobox', { name: 'Họ và tên mẹ' });
    await user.click(mother);
    await user.keyboard('{F9}');
    expect(screen.getByText('Sổ để trống (F9 để bỏ)')).toBeTruthy();
    await user.keyboard('{Control>}s{/Control}');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![2].marks).toEqual({ 'father.fullName': 'illegible', 'mother.fullName': 'blank' });
    await user.click(father);
    await user.keyboard('{F8}');
    expect(screen.queryByText('Không đọc được (F8 để bỏ)')).toBeNull();
  });

  it('takes a required field marked as answered: a warning, not the error of a missing field', async () => {
    render(<EntryForm kind="birth" heading="Mục mới" initial={{}} onSave={vi.fn(() => Promise.resolve<string | undefined>(undefined))} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Nơi sinh' }));
    await user.keyboard('{F9}');
    await user.keyboard('{Control>}s{/Control}');
    const place = screen.getByRole('combobox', { name: 'Nơi sinh' });
    const findings = document.getElementById(place.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-findings'))!);
    expect(findings?.textContent).toContain('Lưu ý');
    expect(findings?.textContent).not.toContain('Lỗi');
    expect(place.getAttribute('aria-invalid')).toBeNull();
  });

  it('drops a mark when text is typed into the field after all', async () => {
    render(<EntryForm kind="birth" heading="Mục mới" initial={{}} onSave={vi.fn(() => Promise.resolve<string | undefined>(undefined))} />);
    const user = userEvent.setup();
    const father = screen.getByRole('combobox', { name: 'Họ và tên cha' });
    await user.click(father);
    await user.keyboard('{F8}');
    await user.type(father, 'Lê Văn B');
    expect(screen.queryByText('Không đọc được (F8 để bỏ)')).toBeNull();
  });
});

describe('EntryForm undo and redo', () => {
  it('undoes field edits one by one across fields with Ctrl+Z, focusing each, and redoes them with Ctrl+Y', async () => {
    render(<EntryForm kind="birth" heading="Mục mới" initial={{ 'child.sex': 'Nữ' }} onSave={vi.fn(() => Promise.resolve<string | undefined>(undefined))} />);
    const user = userEvent.setup();
    const name = screen.getByRole<HTMLInputElement>('combobox', { name: 'Họ và tên' });
    const sex = screen.getByRole<HTMLInputElement>('textbox', { name: 'Giới tính' });
    await user.type(name, 'An');
    await user.clear(sex);
    await user.type(sex, 'Nam');

    await user.keyboard('{Control>}z{/Control}');
    expect(sex.value).toBe('Nữ');
    expect(document.activeElement).toBe(sex);
    await user.keyboard('{Control>}z{/Control}');
    expect(name.value).toBe('');
    expect(document.activeElement).toBe(name);
    await user.keyboard('{Control>}z{/Control}');
    expect(name.value).toBe('');

    await user.keyboard('{Control>}y{/Control}');
    expect(name.value).toBe('An');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(sex.value).toBe('Nam');
    expect(document.activeElement).toBe(sex);
  });

  it('forgets what could be redone once something new is typed', async () => {
    render(<EntryForm kind="birth" heading="Mục mới" initial={{}} onSave={vi.fn(() => Promise.resolve<string | undefined>(undefined))} />);
    const user = userEvent.setup();
    const name = screen.getByRole<HTMLInputElement>('combobox', { name: 'Họ và tên' });
    await user.type(name, 'An');
    await user.keyboard('{Control>}z{/Control}');
    await user.type(name, 'Bình');
    await user.keyboard('{Control>}y{/Control}');
    expect(name.value).toBe('Bình');
  });
});
