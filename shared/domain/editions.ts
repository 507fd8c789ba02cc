// Register editions: which fields each printed edition of a book records. A field an edition has no
// place for is never required of its entries. The page pipeline's templates refer to these ids.
import type { LocalizedText, RecordKind } from './record-kinds.ts';

export interface Edition {
  id: string;
  kind: RecordKind;
  layout: 'form' | 'table';
  label: LocalizedText;
  fields: readonly string[];
}

const registration = ['registration.number', 'registration.book'];
const signature = ['registration.date', 'registration.registrar'];

export const editions: readonly Edition[] = [
  {
    id: 'birth-form',
    kind: 'birth',
    layout: 'form',
    label: { vi: 'Sổ đăng ký khai sinh (mỗi trang một mục)', en: 'Birth register (one entry per page)' },
    fields: [
      ...registration, 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'child.ethnicity',
      'child.nationality', 'father.fullName', 'father.birthYear', 'mother.fullName', 'mother.birthYear',
      'mother.residence', 'declarant.fullName', 'declarant.relation', ...signature,
    ],
  },
  {
    id: 'birth-table',
    kind: 'birth',
    layout: 'table',
    label: { vi: 'Sổ đăng ký khai sinh (dạng bảng)', en: 'Birth register (table)' },
    fields: [
      'registration.number', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'child.ethnicity',
      'father.fullName', 'mother.fullName', 'registration.date',
    ],
  },
  {
    id: 'death-form',
    kind: 'death',
    layout: 'form',
    label: { vi: 'Sổ đăng ký khai tử', en: 'Death register' },
    fields: [
      ...registration, 'deceased.fullName', 'deceased.sex', 'deceased.birthDate', 'deceased.ethnicity',
      'deceased.nationality', 'deceased.residence', 'death.date', 'death.place', 'death.cause',
      'declarant.fullName', 'declarant.relation', ...signature,
    ],
  },
  {
    id: 'marriage-form',
    kind: 'marriage',
    layout: 'form',
    label: { vi: 'Sổ đăng ký kết hôn', en: 'Marriage register' },
    fields: [
      ...registration,
      'husband.fullName', 'husband.birthDate', 'husband.ethnicity', 'husband.nationality', 'husband.residence',
      'wife.fullName', 'wife.birthDate', 'wife.ethnicity', 'wife.nationality', 'wife.residence',
      ...signature,
    ],
  },
];

export function findEdition(id: string | undefined): Edition | undefined {
  return id === undefined ? undefined : editions.find((edition) => edition.id === id);
}
