import { describe, expect, it } from 'vitest';
import { validateEntry } from '../../../shared/domain/validate-entry.ts';
import { placeChoiceOf, placeDateOf, resolvePlaceFields } from '../../../shared/places/place-record.ts';
import { shippedResolver } from '../../support/places.ts';

const context = { today: '2026-11-23' };
const resolver = shippedResolver();

describe('placeDateOf', () => {
  it('takes the registration date first, then the event date, then the register year', () => {
    expect(placeDateOf('birth', { 'registration.date': '12/03/1987', 'child.birthDate': '01/02/1987' }, context)).toBe('1987-03-12');
    expect(placeDateOf('birth', { 'child.birthDate': '3/1987' }, context)).toBe('1987-03');
    expect(placeDateOf('death', { 'death.date': 'năm 1990' }, context)).toBe('1990');
    expect(placeDateOf('marriage', {}, { ...context, registerYears: { from: 1985, to: 1986 } })).toBe('1985');
  });

  it('has no date when nothing readable says one', () => {
    expect(placeDateOf('birth', { 'registration.date': 'không rõ', 'child.birthDate': '31/02/1987' }, context)).toBeNull();
  });
});

describe('resolvePlaceFields', () => {
  const fields = {
    'registration.date': '12/03/1987',
    'child.birthPlace': 'xã Bình Chánh, huyện Bình Chánh, TP. Hồ Chí Minh',
    'child.hometown': 'xã Bình Lập, huyện Châu Thành, tỉnh Long An',
    'mother.residence': 'Phường Cống Vị, Ba Đình, Hà Nội',
    'father.residence': 'xã Bình Chánh',
  };
  const keys = ['child.birthPlace', 'child.hometown', 'mother.residence', 'father.residence', 'child.otherPlace'];
  const records = resolvePlaceFields(resolver, 'birth', keys, fields, context);

  it('keeps the version, its path then, its successors today and the pack version', () => {
    expect(records['child.birthPlace']).toMatchObject({
      status: 'auto',
      path: 'Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh',
      date: '1987-03-12',
      successors: [{ path: 'Xã Bình Chánh, Thành phố Hồ Chí Minh', share: 'whole' }],
      needsChoice: false,
      packVersion: resolver.packVersion,
    });
    expect(records['child.birthPlace']?.versionKey).toMatch(/^b:c\d{5}@start$/);
    expect(Object.keys(records).sort()).toEqual(['child.birthPlace', 'child.hometown', 'father.residence', 'mother.residence']);
  });

  it('keeps unresolved and ambiguous places, and says which need a choice', () => {
    expect(records['child.hometown']).toMatchObject({ status: 'unresolved', successors: [] });
    expect(records['child.hometown']?.versionKey).toBeUndefined();
    expect(records['father.residence']?.status).toBe('ambiguous');
    expect(records['mother.residence']).toMatchObject({ status: 'auto', needsChoice: true });
  });

  it('turns them into warnings, never errors', () => {
    const findings = validateEntry({ kind: 'birth', fields: { ...fields, 'child.fullName': 'Lê Văn A' }, places: records }, context).filter((f) =>
      f.code.startsWith('place.'),
    );
    expect(findings.map((f) => [f.field, f.code, f.severity])).toEqual([
      ['child.hometown', 'place.unresolved', 'warning'],
      ['father.residence', 'place.ambiguous', 'warning'],
      ['mother.residence', 'place.needs-choice', 'warning'],
    ]);
    // the table's version is kept with the record, never shown to a clerk
    expect(findings[0]?.message.vi).toBe('Quê quán: không tìm thấy trong bảng địa danh; vẫn lưu như đã ghi, cán bộ giám sát sẽ xem lại.');
    expect(findings.map((f) => `${f.message.vi} ${f.message.en}`).join(' ')).not.toContain(resolver.packVersion);
    expect(findings[2]?.message.en).toContain('now part of 2 communes');
  });

  it('reads the record a stored field value carries', () => {
    const stored = { value: fields['child.hometown'], raw: fields['child.hometown'], source: 'typed' as const, place: records['child.hometown']! };
    const findings = validateEntry({ kind: 'birth', fields: { 'child.hometown': stored } }, context);
    expect(findings.map((f) => f.code)).toContain('place.unresolved');
  });
});

describe('resolvePlaceFields with the choices people made', () => {
  const fields = {
    'registration.date': '12/03/1987',
    'father.residence': 'xã Bình Chánh',
    'mother.residence': 'Phường Cống Vị, Ba Đình, Hà Nội',
  };
  const keys = ['father.residence', 'mother.residence'];
  const auto = resolvePlaceFields(resolver, 'birth', keys, fields, context);
  const placeFindings = (places: typeof auto) =>
    validateEntry({ kind: 'birth', fields, places }, context).filter((f) => f.code.startsWith('place.')).map((f) => [f.field, f.code]);

  it('lists the units an ambiguous name fits, for a person to choose among', () => {
    const candidates = auto['father.residence']?.candidates ?? [];
    expect(candidates.length).toBeGreaterThan(1);
    expect(candidates.every((c) => c.path.startsWith('Xã Bình Chánh, '))).toBe(true);
    expect(auto['mother.residence']?.candidates).toBeUndefined();
  });

  it('takes the unit chosen for an ambiguous name, and the unit of today chosen for a split one', () => {
    const meant = auto['father.residence']!.candidates![1]!;
    const lies = auto['mother.residence']!.successors[1]!;
    const chosen = resolvePlaceFields(resolver, 'birth', keys, fields, context, {
      'father.residence': { text: 'xã Bình Chánh', versionKey: meant.key },
      'mother.residence': { text: fields['mother.residence'], successorKey: lies.key },
    });
    expect(chosen['father.residence']).toMatchObject({ status: 'manual', versionKey: meant.key, path: meant.path, date: '1987-03-12' });
    expect(chosen['father.residence']?.successors.length).toBeGreaterThan(0);
    expect(chosen['mother.residence']).toMatchObject({ status: 'auto', needsChoice: true, chosenSuccessor: lies.key });
    expect(placeFindings(auto)).toEqual([['father.residence', 'place.ambiguous'], ['mother.residence', 'place.needs-choice']]);
    expect(placeFindings(chosen)).toEqual([]);
  });

  it('drops a choice once the text it was made for is changed, and one that does not fit', () => {
    const meant = auto['father.residence']!.candidates![0]!;
    const stale = resolvePlaceFields(resolver, 'birth', keys, fields, context, {
      'father.residence': { text: 'xã Bình Hưng', versionKey: meant.key },
      'mother.residence': { text: fields['mother.residence'], successorKey: meant.key },
    });
    expect(stale['father.residence']?.status).toBe('ambiguous');
    expect(stale['mother.residence']?.chosenSuccessor).toBeUndefined();
    const unknown = resolvePlaceFields(resolver, 'birth', keys, fields, context, { 'father.residence': { text: 'xã Bình Chánh', versionKey: 'no-such-unit' } });
    expect(unknown['father.residence']?.status).toBe('ambiguous');
  });

  it('reads a stored record back into the choice it holds, and none from an automatic one', () => {
    const lies = auto['mother.residence']!.successors[0]!;
    const chosen = resolvePlaceFields(resolver, 'birth', keys, fields, context, { 'mother.residence': { text: fields['mother.residence'], successorKey: lies.key } });
    expect(placeChoiceOf(fields['mother.residence'], chosen['mother.residence'])).toEqual({ text: fields['mother.residence'], successorKey: lies.key });
    expect(placeChoiceOf('xã Bình Chánh', auto['father.residence'])).toBeNull();
    expect(placeChoiceOf('x', undefined)).toBeNull();
  });
});
