// Register editions: which fields each printed edition of a book records. A field an edition has no
// place for is never required of its entries. The page pipeline's templates refer to these ids.
import type { LocalizedText, RecordKind } from './record-kinds.ts';

export interface Edition {
  id: string;
  kind: RecordKind;
  layout: 'form' | 'table';
  label: LocalizedText;
  /** what the clerk sees in the book to recognise the edition, in plain words */
  description: LocalizedText;
  fields: readonly string[];
}

const onePerPage: LocalizedText = {
  vi: 'Mỗi trang một mục: các nhãn in sẵn ("Họ và tên:", "Ngày, tháng, năm sinh:"…) và giá trị viết sau nhãn.',
  en: 'One entry per page: printed labels ("Họ và tên:", "Ngày, tháng, năm sinh:"…) with the value written after each.',
};

const registration = ['registration.number', 'registration.book'];
const signature = ['registration.date', 'registration.registrar'];

export const editions: readonly Edition[] = [
  {
    id: 'birth-form',
    kind: 'birth',
    layout: 'form',
    label: { vi: 'Sổ đăng ký khai sinh (mỗi trang một mục)', en: 'Birth register (one entry per page)' },
    description: onePerPage,
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
    description: {
      vi: 'Bảng kẻ ô, mỗi trang nhiều mục: mỗi dòng một người, các cột Số, Họ và tên, Giới tính, Ngày sinh, Nơi sinh, Dân tộc, Cha, Mẹ, Ngày đăng ký.',
      en: 'A ruled table of several entries per page: one row per person, columns number, name, sex, birth date, birthplace, ethnic group, father, mother, registration date.',
    },
    fields: [
      'registration.number', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'child.ethnicity',
      'father.fullName', 'mother.fullName', 'registration.date',
    ],
  },
  {
    id: 'death-form',
    kind: 'death',
    layout: 'form',
    label: { vi: 'Sổ đăng ký khai tử (mỗi trang một mục)', en: 'Death register (one entry per page)' },
    description: onePerPage,
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
    label: { vi: 'Sổ đăng ký kết hôn (mỗi trang một mục)', en: 'Marriage register (one entry per page)' },
    description: onePerPage,
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

/** The editions a book of this kind may have, the usual one first. */
export function editionsOf(kind: RecordKind): Edition[] {
  return editions.filter((edition) => edition.kind === kind);
}

/** An edition's name for people; never its id, unless the id is unknown (an edition added later and not shipped here). */
export function editionName(id: string): LocalizedText {
  return findEdition(id)?.label ?? { vi: id, en: id };
}
