// The 54 ethnic groups of Vietnam with the codes of Quyết định 121-TCTK/PPCĐ (2 March 1979), the list
// the registers and the census used for decades. (Quyết định 1019/QĐ-TCTK of 2008 renumbered several
// groups, e.g. Mường 04 and Hoa 06; codes here are the 1979 ones.) Old books write a group by one of its
// other names or an older spelling, so each group carries the other names of the 1979 list ("Các tên gọi
// khác"), plus the spellings in Latin script that pre-1975 southern documents and foreign sources use.
// An other name that the sources give to more than one group, or that is another group's name, is left
// out: "Thổ" (Tày, Khơ-me, and a group of its own), "Trại" (Dao, Sán Dìu), "Xá Khao" (Kháng, La Ha),
// "Xá Lá Vàng" (Thổ, Chứt, Mảng), "Chil" (Cơ-ho, Mnông), "Ca-tang" (Cơ-tu, Gié-Triêng), "Hạ" (Hoa,
// Cơ-tu), "Pu Nà" (Giáy, Bố Y), "Lao" (La Hủ; reads as Lào), "Tày" (Thái; the name of 02), "Hoa"
// (HMông; the name of 04), "Miên"/"Miền" (Dao; also what Khmer are called), "Dìu" (Dao; reads as Sán
// Dìu), "Xa" (Giáy; reads as "Xá"). Generic words for whole regions or families of peoples ("Thượng",
// "Mọi", "Xá") name no group.
import { createNameIndex } from '../text/name-index.ts';
import { searchKey } from '../text/search-key.ts';

export interface Ethnicity {
  /** two digits, 01–54 */
  code: string;
  /** NFC, as the 1979 list spells it */
  name: string;
  aliases: readonly string[];
}

const e = (code: string, name: string, aliases: readonly string[] = []): Ethnicity => ({ code, name, aliases });

export const ethnicities: readonly Ethnicity[] = [
  e('01', 'Kinh', ['Việt']),
  e('02', 'Tày', ['Ngạn', 'Phén', 'Thù Lao', 'Pa Dí']),
  e('03', 'Thái', [
    'Tày Khao', 'Thái Trắng', 'Tày Đăm', 'Thái Đen', 'Tày Mười', 'Tày Thanh', 'Mán Thanh', 'Hàng Tổng', 'Hàng Bông',
    'Tày Mường', 'Pa Thay', 'Thổ Đà Bắc',
  ]),
  e('04', 'Hoa', ['Hán', 'Triều Châu', 'Phúc Kiến', 'Quảng Đông', 'Hải Nam', 'Xạ Phạng']),
  e('05', 'Khơ-me', ['Khmer', 'Khơ-me Krôm', 'Krôm', 'Cur', 'Cul', 'Cu', 'Việt gốc Miên']),
  e('06', 'Mường', ['Mol', 'Mual', 'Mọi Bi', 'Ao Tá', 'Ậu Tá']),
  e('07', 'Nùng', [
    'Nùng Xuồng', 'Xuồng', 'Nùng Giang', 'Giang', 'Nùng An', 'Phàn Sinh', 'Phàn Slinh', 'Nùng Cháo', 'Nùng Lòi',
    'Quý Rim', 'Quy Rin', 'Khèn Lài',
  ]),
  e('08', 'HMông', ["H'Mông", 'Mông', 'Mèo', 'Mèo Hoa', 'Mèo Xanh', 'Mèo Đỏ', 'Mèo Đen', 'Ná Mẻo', 'Mán Trắng']),
  e('09', 'Dao', [
    'Mán', 'Động', 'Kiềm', 'Dìu Miền', 'Kiềm Miền', 'Quần Trắng', 'Dao Đỏ', 'Quần Chẹt', 'Lô Giang', 'Lô Gang',
    'Dao Tiền', 'Thanh Y', 'Lan Tẻn', 'Đại Bản', 'Tiểu Bản', 'Cóc Ngáng', 'Cóc Mùn', 'Sơn Đầu',
  ]),
  e('10', 'Gia-rai', ['Jrai', 'Jarai', 'Giơ-rai', 'Tơ-buăn', 'Chơ-rai', 'Hơ-bau', 'Hđrung', 'Chor']),
  e('11', 'Ngái', ['Xín', 'Lê', 'Đản', 'Khách Gia']),
  e('12', 'Ê-đê', [
    'Ra-đê', 'Rhade', 'Đê', 'Êgar', 'Kpạ', 'A-đham', 'Krung', 'Ktul', 'Đliê Ruê', 'Blô', 'Epan', 'Mđhur', 'Bih',
  ]),
  e('13', 'Ba-na', [
    'Bahnar', 'Gơ-lar', 'Tơ-lô', 'Giơ-lâng', 'Y-lăng', 'Rơ-ngao', 'Krem', 'Roh', 'Con Kđe', 'A-la Công',
    'Kpăng Công', 'Bơ-nâm',
  ]),
  e('14', 'Xơ-đăng', [
    'Sedang', 'Xơ-teng', 'Hđang', 'Tơ-đra', 'Mơ-nâm', 'Ha-lăng', 'Ca-dong', 'Kmrâng', 'Con Lan', 'Bri-la', 'Tang',
  ]),
  e('15', 'Sán Chay', ['Cao Lan', 'Sán Chỉ', 'Cao Lan-Sán Chỉ', 'Mán Cao Lan', 'Hờn Bạn', 'Sơn Tử']),
  e('16', 'Cơ-ho', ['Koho', 'Xrê', 'Nốp', 'Tu-lốp', 'Cơ-don', 'Lát', 'Lạch', 'Trinh']),
  e('17', 'Chăm', ['Chiêm Thành', 'Hroi', 'Chăm Hroi']),
  e('18', 'Sán Dìu', ['Sán Dẻo', 'Trại Đất', 'Mán Quần Cộc']),
  e('19', 'Hrê', ['Chăm Rê', 'Chom', 'Mọi Chom', 'Krẹ Lũy']),
  e('20', 'Mnông', ["M'nông", 'Pnông', 'Nông', 'Pré', 'Bu-đâng', 'ĐiPri', 'Biat', 'Gar', 'Rơ-lam']),
  e('21', 'Ra-glai', ['Ra-clây', 'Rai', 'Noang', 'La-oang']),
  e('22', 'Xtiêng', ['Stiêng', 'Xa-điêng']),
  e('23', 'Bru-Vân Kiều', ['Bru', 'Vân Kiều', 'Măng Coong', 'Trì', 'Khùa']),
  e('24', 'Thổ', ['Kẹo', 'Mọn', 'Cuối', 'Họ', 'Đan Lai', 'Ly Hà', 'Tày Pọng', 'Con Kha']),
  e('25', 'Giáy', ['Nhắng', 'Dẩng', 'Pầu Thìn', 'Cùi Chu']),
  e('26', 'Cơ-tu', ['Katu', 'Ca-tu', 'Cao', 'Phương']),
  e('27', 'Gié-Triêng', [
    'Gié', 'Triêng', 'Đgiéh', 'Tareh', 'Giang Rẫy Pin', 'Treng', 'Ta-riêng', 'Ve', 'Veh', 'La-ve',
  ]),
  e('28', 'Mạ', ['Châu Mạ', 'Mạ Ngăn', 'Mạ Xốp', 'Mạ Tô', 'Mạ Krung']),
  e('29', 'Khơ-mú', ['Xá Cẩu', 'Khmu', 'Mứn Xen', 'Pu Thênh', 'Tềnh', 'Tày Hay']),
  e('30', 'Co', ['Cor', 'Col', 'Cùa', 'Trầu']),
  e('31', 'Tà-ôi', ['Pa-cô', 'Tôi-ôi', 'Pa-hi', 'Ba-hi']),
  e('32', 'Chơ-ro', ['Dơ-ro', 'Châu-ro']),
  e('33', 'Kháng', ['Xá Súa', 'Xá Dón', 'Xá Dẩng', 'Xá Hốc', 'Xá Ái', 'Xá Bung', 'Quảng Lâm']),
  e('34', 'Xinh-mun', ['Puộc', 'Pụa']),
  e('35', 'Hà Nhì', ['U Ni', 'Xá U Ni']),
  e('36', 'Chu-ru', ['Chơ-ru', 'Chu']),
  e('37', 'Lào', ['Lào Bốc', 'Lào Nọi']),
  e('38', 'La Chí', ['Cù Tê', 'La Quả']),
  e('39', 'La Ha', ['Khlá Phlạo']),
  e('40', 'Phù Lá', ['Bồ Khô Pạ', 'Mu Di', 'Pạ Xá', 'Phổ', 'Va Xơ']),
  e('41', 'La Hủ', ['Pu Đang', 'Khù Xung', 'Cò Xung', 'Khả Quy']),
  e('42', 'Lự', ['Nhuồn', 'Duôn']),
  e('43', 'Lô Lô', ['Mun Di']),
  e('44', 'Chứt', [
    'Sách', 'Mày', 'Rục', 'Mã-liêng', 'A-rem', 'Tu Vang', 'Pa-leng', 'Xơ-lang', 'Tơ-hung', 'Chà-củi', 'Tắc-củi',
    'U-mo',
  ]),
  e('45', 'Mảng', ['Mảng Ư']),
  e('46', 'Pà Thẻn', ['Pà Hưng', 'Tống']),
  e('47', 'Cơ Lao'),
  e('48', 'Cống', ['Xắm Khống', 'Mấng Nhé', 'Xá Xeng']),
  e('49', 'Bố Y', ['Chủng Chá', 'Trọng Gia', 'Tu Dí', 'Tu Dìn']),
  e('50', 'Si La', ['Cù Dề Xừ', 'Khả Pẻ']),
  e('51', 'Pu Péo', ['Ka Pèo', 'Pen Ti Lô Lô']),
  e('52', 'Brâu', ['Brao']),
  e('53', 'Ơ-đu', ['Tày Hạt']),
  e('54', 'Rơ-măm'),
];

export interface EthnicityMatch {
  ethnicity: Ethnicity;
  via: 'name' | 'alias';
}

const byCode = new Map(ethnicities.map((ethnicity) => [ethnicity.code, ethnicity]));
const names = createNameIndex(ethnicities.map((ethnicity) => ({ item: ethnicity, names: [ethnicity.code, ethnicity.name], aliases: ethnicity.aliases })));

/** The group a register's text names, by name, other name or code ("08", "8"); diacritics and hyphens do not matter. */
export function findEthnicity(text: string): EthnicityMatch | null {
  const key = searchKey(text);
  if (/^\d{1,2}$/.test(key)) {
    const ethnicity = byCode.get(key.padStart(2, '0'));
    return ethnicity ? { ethnicity, via: 'name' } : null;
  }
  const match = names.find(text);
  return match && { ethnicity: match.item, via: match.via };
}

/**
 * Groups whose code, name or other name starts with the typed text: one named exactly so first, then those
 * matching by code or name before those matching by another name, each in code order; with nothing typed,
 * all groups from Kinh (01) on.
 */
export function suggestEthnicities(prefix: string, limit = 10): Ethnicity[] {
  return names.suggest(prefix, limit, findEthnicity(prefix)?.ethnicity);
}
