// The kinds of administrative unit Vietnam has had, and how clerks write them. A unit's type is part of
// what a register says ("thị xã Phổ Yên"), but types change more often than names (a thị xã becomes a
// thành phố), so the resolver treats a written type as evidence, not as a filter.

export type UnitLevel = 'province' | 'district' | 'commune';

export type UnitType =
  | 'tinh'
  | 'thanh-pho'
  | 'quan'
  | 'huyen'
  | 'thi-xa'
  | 'phuong'
  | 'xa'
  | 'thi-tran'
  | 'dac-khu';

export interface UnitTypeInfo {
  label: string;
  labelEn: string;
  levels: readonly UnitLevel[];
}

export const unitTypes: Readonly<Record<UnitType, UnitTypeInfo>> = {
  tinh: { label: 'Tỉnh', labelEn: 'Province', levels: ['province'] },
  // A thành phố is a province (trực thuộc trung ương) or a district (thuộc tỉnh; Thủ Đức thuộc thành phố).
  'thanh-pho': { label: 'Thành phố', labelEn: 'City', levels: ['province', 'district'] },
  quan: { label: 'Quận', labelEn: 'Urban district', levels: ['district'] },
  huyen: { label: 'Huyện', labelEn: 'Rural district', levels: ['district'] },
  'thi-xa': { label: 'Thị xã', labelEn: 'Town', levels: ['district'] },
  phuong: { label: 'Phường', labelEn: 'Ward', levels: ['commune'] },
  xa: { label: 'Xã', labelEn: 'Commune', levels: ['commune'] },
  'thi-tran': { label: 'Thị trấn', labelEn: 'Township', levels: ['commune'] },
  'dac-khu': { label: 'Đặc khu', labelEn: 'Special zone', levels: ['commune'] },
};

export const unitTypeKeys = Object.keys(unitTypes) as UnitType[];

export const unitLevels: readonly UnitLevel[] = ['province', 'district', 'commune'];

export function fullUnitName(type: UnitType, name: string): string {
  return `${unitTypes[type].label} ${name}`;
}

/** The type whose label begins a full name as the sources write it ("Thị trấn Hậu Hiền"), if any. */
export function splitFullName(fullName: string): { type: UnitType; name: string } | null {
  // Longest label first, so "Thị xã" is not read as "Thị …" of another type.
  const byLength = [...unitTypeKeys].sort((a, b) => unitTypes[b].label.length - unitTypes[a].label.length);
  for (const type of byLength) {
    const label = unitTypes[type].label;
    if (fullName.length > label.length && fullName.slice(0, label.length + 1).toLowerCase() === `${label.toLowerCase()} `) {
      return { type, name: fullName.slice(label.length + 1).trim() };
    }
  }
  return null;
}
