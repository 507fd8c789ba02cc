// The data dictionary of DESIGN.md: every layer (templates, OCR, forms, export, API, CLI) uses these keys.

export type RecordKind = 'birth' | 'marriage' | 'death';

export const recordKinds: readonly RecordKind[] = ['birth', 'marriage', 'death'];

export type FieldType =
  | 'name' | 'date' | 'year' | 'time' | 'sex' | 'ethnicity' | 'nationality' | 'place'
  | 'personalId' | 'idDocument' | 'number' | 'text';

export interface FieldDefinition {
  key: string;
  type: FieldType;
  label: { vi: string; en: string };
  /** what the register must hold for the entry to be verified (when the book's edition records it) */
  required: boolean;
}

export interface LocalizedText {
  vi: string;
  en: string;
}

export const recordKindLabels: Record<RecordKind, LocalizedText> = {
  birth: { vi: 'Khai sinh', en: 'Birth' },
  marriage: { vi: 'Kết hôn', en: 'Marriage' },
  death: { vi: 'Khai tử', en: 'Death' },
};

// The core of each act under the civil-status law: who, which event, when, and the registration itself.
// Everything else is often missing from old books and must not block verification.
const requiredKeys = new Set([
  'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace',
  'husband.fullName', 'husband.birthDate', 'wife.fullName', 'wife.birthDate',
  'deceased.fullName', 'death.date', 'death.place',
  'registration.number', 'registration.date',
]);

const f = (key: string, type: FieldType, vi: string, en: string): FieldDefinition => ({ key, type, label: { vi, en }, required: requiredKeys.has(key) });

const registrationFields: FieldDefinition[] = [
  f('registration.number', 'number', 'Số', 'Number'),
  f('registration.book', 'text', 'Quyển số', 'Book volume'),
  f('registration.date', 'date', 'Ngày đăng ký', 'Registration date'),
  f('registration.type', 'text', 'Loại đăng ký', 'Registration type'),
  f('registration.registrar', 'name', 'Cán bộ hộ tịch', 'Registrar'),
  f('registration.notes', 'text', 'Ghi chú', 'Notes'),
];

function personFields(role: string, vi: string, en: string, parts: [string, FieldType, string, string][]): FieldDefinition[] {
  return parts.map(([part, type, partVi, partEn]) => f(`${role}.${part}`, type, `${partVi} ${vi}`.trim(), `${en} ${partEn}`.trim()));
}

const spouseParts: [string, FieldType, string, string][] = [
  ['fullName', 'name', 'Họ và tên', 'full name'],
  ['birthDate', 'date', 'Ngày sinh', 'date of birth'],
  ['ethnicity', 'ethnicity', 'Dân tộc', 'ethnicity'],
  ['nationality', 'nationality', 'Quốc tịch', 'nationality'],
  ['residence', 'place', 'Nơi cư trú', 'residence'],
  ['idDocument', 'idDocument', 'Giấy tờ tùy thân', 'identity document'],
];

const parentParts: [string, FieldType, string, string][] = [
  ['fullName', 'name', 'Họ và tên', 'full name'],
  ['birthYear', 'year', 'Năm sinh', 'birth year'],
  ['ethnicity', 'ethnicity', 'Dân tộc', 'ethnicity'],
  ['nationality', 'nationality', 'Quốc tịch', 'nationality'],
  ['residence', 'place', 'Nơi cư trú', 'residence'],
];

export const recordFields: Record<RecordKind, readonly FieldDefinition[]> = {
  birth: [
    f('child.fullName', 'name', 'Họ và tên', 'Full name'),
    f('child.sex', 'sex', 'Giới tính', 'Sex'),
    f('child.birthDate', 'date', 'Ngày, tháng, năm sinh', 'Date of birth'),
    f('child.birthPlace', 'place', 'Nơi sinh', 'Place of birth'),
    f('child.hometown', 'place', 'Quê quán', 'Hometown'),
    f('child.ethnicity', 'ethnicity', 'Dân tộc', 'Ethnicity'),
    f('child.nationality', 'nationality', 'Quốc tịch', 'Nationality'),
    f('child.personalId', 'personalId', 'Số định danh cá nhân', 'Personal ID number'),
    ...personFields('father', 'cha', "Father's", parentParts),
    ...personFields('mother', 'mẹ', "Mother's", parentParts),
    f('declarant.fullName', 'name', 'Người đi khai sinh', 'Declarant'),
    f('declarant.relation', 'text', 'Quan hệ với người được khai sinh', 'Relation to the child'),
    ...registrationFields,
  ],
  marriage: [
    ...personFields('husband', 'chồng', "Husband's", spouseParts),
    ...personFields('wife', 'vợ', "Wife's", spouseParts),
    ...registrationFields,
  ],
  death: [
    f('deceased.fullName', 'name', 'Họ và tên người chết', 'Full name of the deceased'),
    f('deceased.sex', 'sex', 'Giới tính', 'Sex'),
    f('deceased.birthDate', 'date', 'Ngày, tháng, năm sinh', 'Date of birth'),
    f('deceased.ethnicity', 'ethnicity', 'Dân tộc', 'Ethnicity'),
    f('deceased.nationality', 'nationality', 'Quốc tịch', 'Nationality'),
    f('deceased.personalId', 'personalId', 'Số định danh cá nhân', 'Personal ID number'),
    f('deceased.residence', 'place', 'Nơi cư trú cuối cùng', 'Last residence'),
    f('death.date', 'date', 'Ngày chết', 'Date of death'),
    f('death.time', 'time', 'Giờ chết', 'Time of death'),
    f('death.place', 'place', 'Nơi chết', 'Place of death'),
    f('death.cause', 'text', 'Nguyên nhân chết', 'Cause of death'),
    f('deathNotice.number', 'number', 'Số giấy báo tử', 'Death notice number'),
    f('deathNotice.date', 'date', 'Ngày cấp giấy báo tử', 'Death notice date'),
    f('deathNotice.issuer', 'text', 'Nơi cấp giấy báo tử', 'Death notice issuer'),
    f('declarant.fullName', 'name', 'Người đi khai tử', 'Declarant'),
    f('declarant.relation', 'text', 'Quan hệ với người chết', 'Relation to the deceased'),
    ...registrationFields,
  ],
};

export function fieldDefinition(kind: RecordKind, key: string): FieldDefinition | undefined {
  return recordFields[kind].find((field) => field.key === key);
}

/** A field's name in both languages; the key itself for one the kind does not have. */
export function fieldLabel(kind: RecordKind, key: string): LocalizedText {
  return fieldDefinition(kind, key)?.label ?? { vi: key, en: key };
}

/** The edition a new book of each kind starts with. */
export const defaultTemplateId: Record<RecordKind, string> = {
  birth: 'birth-form',
  marriage: 'marriage-form',
  death: 'death-form',
};
