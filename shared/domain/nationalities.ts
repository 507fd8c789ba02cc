// Nationalities as registers write them. Current states and territories carry their ISO 3166-1 alpha-2
// code, the English short name, and the Vietnamese name in the transcription official lists use (as in
// the nationality list of the Bộ Công an's residence declarations: "Ô-xtrây-li-a", "Ca-na-đa"), except
// where a Vietnamese name is the usual one ("Hoa Kỳ", "Đức", "Hàn Quốc"). Common names ("Mỹ", "Úc",
// "Nga") and other spellings are aliases.
// Books from before the 1990s name states that no longer exist; those carry a `former` marker with the
// codes of the states that took their place. Their code is the ISO 3166-3 code of the withdrawn name
// (SUHH, CSHH, ...), or, where ISO kept the alpha-2 code for the successor and so has none (West Germany,
// the two southern Vietnamese states, Kampuchea 1975–1989), a code of ours beginning with X, which no ISO
// 3166-1 or 3166-3 code does.
import { normalizeFieldValue } from '../text/normalize.ts';
import { createNameIndex } from '../text/name-index.ts';
import type { LocalizedText } from './record-kinds.ts';

export interface Nationality {
  code: string;
  name: LocalizedText;
  aliases: readonly string[];
  former?: { successors: readonly string[] };
}

const n = (code: string, vi: string, en: string, aliases: readonly string[] = []): Nationality => ({
  code,
  name: { vi, en },
  aliases,
});

const former = (code: string, vi: string, en: string, successors: readonly string[], aliases: readonly string[] = []): Nationality => ({
  code,
  name: { vi, en },
  aliases,
  former: { successors },
});

const current: readonly Nationality[] = [
  n('VN', 'Việt Nam', 'Viet Nam', ['Cộng hòa Xã hội chủ nghĩa Việt Nam', 'CHXHCN Việt Nam']),
  n('AD', 'An-đô-ra', 'Andorra', ['Công quốc An-đơ-ra']),
  n('AE', 'Các Tiểu vương quốc Ả Rập Thống nhất', 'United Arab Emirates', ['A-rập Thống nhất', 'UAE']),
  n('AF', 'Áp-ga-ni-xtan', 'Afghanistan'),
  n('AG', 'An-ti-gua và Bác-bu-đa', 'Antigua and Barbuda', ['Antigua và Barbuda']),
  n('AI', 'Ăng-gui-la', 'Anguilla'),
  n('AL', 'An-ba-ni', 'Albania'),
  n('AM', 'Ác-mê-ni-a', 'Armenia'),
  n('AO', 'Ăng-gô-la', 'Angola'),
  n('AQ', 'Nam Cực', 'Antarctica'),
  n('AR', 'Ác-hen-ti-na', 'Argentina'),
  n('AS', 'Samoa thuộc Mỹ', 'American Samoa', ['Đông Sa-moa']),
  n('AT', 'Áo', 'Austria'),
  n('AU', 'Ô-xtrây-li-a', 'Australia', ['Úc']),
  n('AW', 'A-ru-ba', 'Aruba'),
  n('AX', 'Quần đảo Åland', 'Åland Islands'),
  n('AZ', 'A-déc-bai-gian', 'Azerbaijan'),
  n('BA', 'Bô-xni-a và Héc-dê-gô-vi-na', 'Bosnia and Herzegovina', ['Bosnia và Herzegovina']),
  n('BB', 'Bác-ba-đốt', 'Barbados'),
  n('BD', 'Băng-la-đét', 'Bangladesh'),
  n('BE', 'Bỉ', 'Belgium'),
  n('BF', 'Buốc-ki-na Pha-xô', 'Burkina Faso'),
  n('BG', 'Bun-ga-ri', 'Bulgaria'),
  n('BH', 'Ba-ranh', 'Bahrain', ['Ba-ren', 'Ba-ra-in']),
  n('BI', 'Bu-run-đi', 'Burundi'),
  n('BJ', 'Bê-nanh', 'Benin'),
  n('BL', 'Saint Barthélemy', 'Saint Barthélemy'),
  n('BM', 'Béc-mu-đa', 'Bermuda'),
  n('BN', 'Bru-nây', 'Brunei Darussalam', ['Brunei']),
  n('BO', 'Bô-li-vi-a', 'Bolivia'),
  n('BQ', 'Bonaire, Sint Eustatius và Saba', 'Bonaire, Sint Eustatius and Saba'),
  n('BR', 'Bra-xin', 'Brazil', ['Bra-din']),
  n('BS', 'Ba-ha-ma', 'Bahamas', ['Ba-ha-mát']),
  n('BT', 'Bu-tan', 'Bhutan'),
  n('BV', 'Đảo Bouvet', 'Bouvet Island'),
  n('BW', 'Bốt-xoa-na', 'Botswana'),
  n('BY', 'Bê-la-rút', 'Belarus'),
  n('BZ', 'Bê-li-xê', 'Belize'),
  n('CA', 'Ca-na-đa', 'Canada'),
  n('CC', 'Quần đảo Cocos (Keeling)', 'Cocos (Keeling) Islands'),
  n('CD', 'Cộng hòa Dân chủ Công-gô', 'Democratic Republic of the Congo'),
  n('CF', 'Cộng hòa Trung Phi', 'Central African Republic'),
  n('CG', 'Công-gô', 'Congo', ['Cộng hòa Công-gô']),
  n('CH', 'Thụy Sĩ', 'Switzerland'),
  n('CI', 'Cốt Đi-voa', "Côte d'Ivoire", ['Bờ Biển Ngà', 'Ivory Coast']),
  n('CK', 'Quần đảo Cook', 'Cook Islands', ['Quần đảo Cúc']),
  n('CL', 'Chi-lê', 'Chile'),
  n('CM', 'Ca-mơ-run', 'Cameroon'),
  n('CN', 'Trung Quốc', 'China', ['Trung Hoa', 'Cộng hòa Nhân dân Trung Hoa']),
  n('CO', 'Cô-lôm-bi-a', 'Colombia'),
  n('CR', 'Cô-xta Ri-ca', 'Costa Rica'),
  n('CU', 'Cu-ba', 'Cuba'),
  n('CV', 'Cáp-ve', 'Cabo Verde', ['Cape Verde']),
  n('CW', 'Curaçao', 'Curaçao'),
  n('CX', 'Đảo Giáng Sinh', 'Christmas Island'),
  n('CY', 'Síp', 'Cyprus', ['Đảo Síp', 'Cộng hòa Síp']),
  n('CZ', 'Cộng hòa Séc', 'Czechia', ['Séc', 'Czech Republic']),
  n('DE', 'Đức', 'Germany', ['Cộng hòa Liên bang Đức', 'CHLB Đức']),
  n('DJ', 'Gi-bu-ti', 'Djibouti', ['Đi-bô-u-ti']),
  n('DK', 'Đan Mạch', 'Denmark'),
  n('DM', 'Đô-mi-ni-ca', 'Dominica'),
  n('DO', 'Cộng hòa Đô-mi-ni-ca-na', 'Dominican Republic', ['Đô-mi-ni-ca-na']),
  n('DZ', 'An-giê-ri', 'Algeria'),
  n('EC', 'Ê-cu-a-đo', 'Ecuador'),
  n('EE', 'E-xtô-ni-a', 'Estonia'),
  n('EG', 'Ai Cập', 'Egypt'),
  n('EH', 'Tây Xa-ha-ra', 'Western Sahara'),
  n('ER', 'Ê-ri-tơ-rê-a', 'Eritrea'),
  n('ES', 'Tây Ban Nha', 'Spain'),
  n('ET', 'Ê-ti-ô-pi-a', 'Ethiopia'),
  n('FI', 'Phần Lan', 'Finland'),
  n('FJ', 'Phi-gi', 'Fiji'),
  n('FK', 'Quần đảo Falkland', 'Falkland Islands', ['Quần đảo Man-vi-na']),
  n('FM', 'Mi-crô-nê-xi-a', 'Micronesia', ['Liên bang Mi-crô-nê-xi-a']),
  n('FO', 'Quần đảo Faroe', 'Faroe Islands'),
  n('FR', 'Pháp', 'France'),
  n('GA', 'Ga-bông', 'Gabon'),
  n('GB', 'Vương quốc Anh', 'United Kingdom', [
    'Anh', 'Anh Quốc', 'Vương quốc Anh và Bắc Ai-len', 'Vương quốc Liên hiệp Anh và Bắc Ai-len', 'Great Britain', 'UK',
  ]),
  n('GD', 'Grê-na-đa', 'Grenada'),
  n('GE', 'Gru-di-a', 'Georgia'),
  n('GF', 'Guy-a-na thuộc Pháp', 'French Guiana', ['Guyane thuộc Pháp']),
  n('GG', 'Guernsey', 'Guernsey'),
  n('GH', 'Ga-na', 'Ghana'),
  n('GI', 'Gi-bran-ta', 'Gibraltar'),
  n('GL', 'Grin-len', 'Greenland'),
  n('GM', 'Găm-bi-a', 'Gambia'),
  n('GN', 'Ghi-nê', 'Guinea'),
  n('GP', 'Goa-đê-lốp', 'Guadeloupe'),
  n('GQ', 'Ghi-nê Xích Đạo', 'Equatorial Guinea'),
  n('GR', 'Hy Lạp', 'Greece'),
  n('GS', 'Nam Georgia và Quần đảo Nam Sandwich', 'South Georgia and the South Sandwich Islands'),
  n('GT', 'Goa-tê-ma-la', 'Guatemala'),
  n('GU', 'Gu-am', 'Guam'),
  n('GW', 'Ghi-nê Bít-xao', 'Guinea-Bissau'),
  n('GY', 'Guy-a-na', 'Guyana'),
  n('HK', 'Hồng Kông', 'Hong Kong', ['Hồng Kông (Trung Quốc)', 'Hương Cảng']),
  n('HM', 'Đảo Heard và Quần đảo McDonald', 'Heard Island and McDonald Islands'),
  n('HN', 'Hôn-đu-rát', 'Honduras'),
  n('HR', 'Crô-a-ti-a', 'Croatia'),
  n('HT', 'Ha-i-ti', 'Haiti'),
  n('HU', 'Hung-ga-ri', 'Hungary'),
  n('ID', 'In-đô-nê-xi-a', 'Indonesia', ['Nam Dương']),
  n('IE', 'Ai-len', 'Ireland', ['Ai-rơ-len']),
  n('IL', 'I-xra-en', 'Israel'),
  n('IM', 'Đảo Man', 'Isle of Man'),
  n('IN', 'Ấn Độ', 'India'),
  n('IO', 'Lãnh thổ Ấn Độ Dương thuộc Anh', 'British Indian Ocean Territory'),
  n('IQ', 'I-rắc', 'Iraq'),
  n('IR', 'I-ran', 'Iran', ['Cộng hòa Hồi giáo I-ran']),
  n('IS', 'Ai-xơ-len', 'Iceland'),
  n('IT', 'I-ta-li-a', 'Italy', ['Ý']),
  n('JE', 'Jersey', 'Jersey'),
  n('JM', 'Gia-mai-ca', 'Jamaica'),
  n('JO', 'Gioóc-đa-ni', 'Jordan'),
  n('JP', 'Nhật Bản', 'Japan', ['Nhật']),
  n('KE', 'Kê-ni-a', 'Kenya'),
  n('KG', 'Cư-rơ-gư-xtan', 'Kyrgyzstan', ['Cư-rơ-gư-dơ-xtan']),
  n('KH', 'Campuchia', 'Cambodia', ['Cam-pu-chia', 'Căm-pu-chia', 'Vương quốc Campuchia', 'Cao Miên']),
  n('KI', 'Ki-ri-ba-ti', 'Kiribati'),
  n('KM', 'Cô-mo', 'Comoros', ['Cô-mô-rô']),
  n('KN', 'Xanh Kít và Nê-vít', 'Saint Kitts and Nevis'),
  n('KP', 'Triều Tiên', 'North Korea', [
    'Bắc Triều Tiên', 'Cộng hòa Dân chủ Nhân dân Triều Tiên', 'CHDCND Triều Tiên', 'Bắc Hàn',
  ]),
  n('KR', 'Hàn Quốc', 'South Korea', ['Đại Hàn Dân Quốc', 'Đại Hàn', 'Nam Hàn', 'Nam Triều Tiên', 'CH Hàn Quốc']),
  n('KW', 'Cô-oét', 'Kuwait'),
  n('KY', 'Quần đảo Cayman', 'Cayman Islands', ['Quần đảo Cây-man']),
  n('KZ', 'Ca-dắc-xtan', 'Kazakhstan'),
  n('LA', 'Lào', 'Laos', ['Cộng hòa Dân chủ Nhân dân Lào', 'CHDCND Lào', 'Ai Lao']),
  n('LB', 'Li-băng', 'Lebanon', ['Li-ban']),
  n('LC', 'Xanh Lu-xi-a', 'Saint Lucia'),
  n('LI', 'Lích-ten-xtên', 'Liechtenstein'),
  n('LK', 'Xri Lan-ca', 'Sri Lanka'),
  n('LR', 'Li-bê-ri-a', 'Liberia'),
  n('LS', 'Lê-xô-thô', 'Lesotho'),
  n('LT', 'Lít-va', 'Lithuania', ['Lít-hua-ni-a']),
  n('LU', 'Lúc-xăm-bua', 'Luxembourg'),
  n('LV', 'Lát-vi-a', 'Latvia'),
  n('LY', 'Li-bi', 'Libya'),
  n('MA', 'Ma-rốc', 'Morocco'),
  n('MC', 'Mô-na-cô', 'Monaco'),
  n('MD', 'Môn-đô-va', 'Moldova'),
  n('ME', 'Môn-tê-nê-grô', 'Montenegro'),
  n('MF', 'Saint Martin (phần Pháp)', 'Saint Martin (French part)'),
  n('MG', 'Ma-đa-gát-xca', 'Madagascar'),
  n('MH', 'Quần đảo Mác-san', 'Marshall Islands'),
  n('MK', 'Bắc Ma-xê-đô-ni-a', 'North Macedonia', ['Ma-xê-đô-ni-a']),
  n('ML', 'Ma-li', 'Mali'),
  n('MM', 'Mi-an-ma', 'Myanmar'),
  n('MN', 'Mông Cổ', 'Mongolia'),
  n('MO', 'Ma Cao', 'Macao', ['Ma Cao (Trung Quốc)', 'Áo Môn']),
  n('MP', 'Quần đảo Bắc Ma-ri-a-na', 'Northern Mariana Islands'),
  n('MQ', 'Mác-ti-ních', 'Martinique'),
  n('MR', 'Mô-ri-ta-ni', 'Mauritania'),
  n('MS', 'Môn-xê-rát', 'Montserrat'),
  n('MT', 'Man-ta', 'Malta'),
  n('MU', 'Mô-ri-xơ', 'Mauritius'),
  n('MV', 'Man-đi-vơ', 'Maldives'),
  n('MW', 'Ma-la-uy', 'Malawi'),
  n('MX', 'Mê-hi-cô', 'Mexico', ['Mê-xi-cô', 'Mễ Tây Cơ']),
  n('MY', 'Ma-lai-xi-a', 'Malaysia', ['Mã Lai']),
  n('MZ', 'Mô-dăm-bích', 'Mozambique'),
  n('NA', 'Na-mi-bi-a', 'Namibia'),
  n('NC', 'Niu Ca-lê-đô-ni-a', 'New Caledonia'),
  n('NE', 'Ni-giê', 'Niger'),
  n('NF', 'Đảo Norfolk', 'Norfolk Island'),
  n('NG', 'Ni-giê-ri-a', 'Nigeria'),
  n('NI', 'Ni-ca-ra-goa', 'Nicaragua'),
  n('NL', 'Hà Lan', 'Netherlands'),
  n('NO', 'Na Uy', 'Norway'),
  n('NP', 'Nê-pan', 'Nepal'),
  n('NR', 'Nau-ru', 'Nauru'),
  n('NU', 'Ni-u-ê', 'Niue'),
  n('NZ', 'Niu Di-lân', 'New Zealand', ['Tân Tây Lan']),
  n('OM', 'Ô-man', 'Oman'),
  n('PA', 'Pa-na-ma', 'Panama'),
  n('PE', 'Pê-ru', 'Peru'),
  n('PF', 'Polynesia thuộc Pháp', 'French Polynesia'),
  n('PG', 'Pa-pua Niu Ghi-nê', 'Papua New Guinea'),
  n('PH', 'Phi-líp-pin', 'Philippines'),
  n('PK', 'Pa-ki-xtan', 'Pakistan'),
  n('PL', 'Ba Lan', 'Poland'),
  n('PM', 'Xanh Pi-ê và Mi-cơ-lông', 'Saint Pierre and Miquelon'),
  n('PN', 'Quần đảo Pitcairn', 'Pitcairn'),
  n('PR', 'Pu-éc-tô Ri-cô', 'Puerto Rico'),
  n('PS', 'Pa-le-xtin', 'Palestine'),
  n('PT', 'Bồ Đào Nha', 'Portugal'),
  n('PW', 'Pa-lau', 'Palau'),
  n('PY', 'Pa-ra-goay', 'Paraguay'),
  n('QA', 'Ca-ta', 'Qatar'),
  n('RE', 'Rê-u-ni-ông', 'Réunion'),
  n('RO', 'Ru-ma-ni', 'Romania'),
  n('RS', 'Xéc-bi-a', 'Serbia'),
  n('RU', 'Liên bang Nga', 'Russia', ['Nga', 'Russian Federation']),
  n('RW', 'Ru-an-đa', 'Rwanda'),
  n('SA', 'Ả Rập Xê Út', 'Saudi Arabia', ['A-rập Xau-đi']),
  n('SB', 'Quần đảo Xô-lô-môn', 'Solomon Islands'),
  n('SC', 'Xây-sen', 'Seychelles'),
  n('SD', 'Xu-đăng', 'Sudan'),
  n('SE', 'Thụy Điển', 'Sweden'),
  n('SG', 'Xin-ga-po', 'Singapore'),
  n('SH', 'Xanh Hê-lê-na', 'Saint Helena, Ascension and Tristan da Cunha'),
  n('SI', 'Xlô-ven-ni-a', 'Slovenia'),
  n('SJ', 'Svalbard và Jan Mayen', 'Svalbard and Jan Mayen'),
  n('SK', 'Xlô-va-ki-a', 'Slovakia'),
  n('SL', 'Xi-ê-ra Lê-ôn', 'Sierra Leone'),
  n('SM', 'Xan Ma-ri-nô', 'San Marino'),
  n('SN', 'Xê-nê-gan', 'Senegal'),
  n('SO', 'Xô-ma-li', 'Somalia'),
  n('SR', 'Xu-ri-nam', 'Suriname'),
  n('SS', 'Nam Xu-đăng', 'South Sudan'),
  n('ST', 'Xao Tô-mê và Prin-xi-pê', 'Sao Tome and Principe'),
  n('SV', 'En Xan-va-đo', 'El Salvador'),
  n('SX', 'Sint Maarten (phần Hà Lan)', 'Sint Maarten (Dutch part)'),
  n('SY', 'Xy-ri', 'Syria', ['Cộng hòa A-rập Xy-ri']),
  n('SZ', 'Eswatini', 'Eswatini', ['Xoa-di-len', 'Swaziland']),
  n('TC', 'Quần đảo Turks và Caicos', 'Turks and Caicos Islands'),
  n('TD', 'Sát', 'Chad'),
  n('TF', 'Vùng đất phía Nam thuộc Pháp', 'French Southern Territories'),
  n('TG', 'Tô-gô', 'Togo'),
  n('TH', 'Thái Lan', 'Thailand'),
  n('TJ', 'Tát-gi-ki-xtan', 'Tajikistan', ['Ta-gi-ki-xtan']),
  n('TK', 'Tô-kê-lau', 'Tokelau'),
  n('TL', 'Đông Ti-mo', 'Timor-Leste', ['East Timor']),
  n('TM', 'Tuốc-mê-ni-xtan', 'Turkmenistan'),
  n('TN', 'Tuy-ni-di', 'Tunisia'),
  n('TO', 'Tông-ga', 'Tonga'),
  n('TR', 'Thổ Nhĩ Kỳ', 'Türkiye', ['Turkey']),
  n('TT', 'Tri-ni-đát và Tô-ba-gô', 'Trinidad and Tobago'),
  n('TV', 'Tu-va-lu', 'Tuvalu'),
  n('TW', 'Đài Loan', 'Taiwan', ['Trung Quốc (Đài Loan)', 'Trung Hoa Dân Quốc']),
  n('TZ', 'Tan-da-ni-a', 'Tanzania'),
  n('UA', 'U-crai-na', 'Ukraine', ['Ukraina']),
  n('UG', 'U-gan-đa', 'Uganda'),
  n('UM', 'Các tiểu đảo xa của Hoa Kỳ', 'United States Minor Outlying Islands'),
  n('US', 'Hoa Kỳ', 'United States', ['Mỹ', 'Hợp chủng quốc Hoa Kỳ', 'United States of America', 'USA']),
  n('UY', 'U-ru-goay', 'Uruguay'),
  n('UZ', 'U-dơ-bê-ki-xtan', 'Uzbekistan'),
  n('VA', 'Va-ti-căng', 'Holy See', ['Tòa Thánh', 'Vatican']),
  n('VC', 'Xanh Vin-xen và Grê-na-din', 'Saint Vincent and the Grenadines'),
  n('VE', 'Vê-nê-xu-ê-la', 'Venezuela'),
  n('VG', 'Quần đảo Virgin thuộc Anh', 'British Virgin Islands'),
  n('VI', 'Quần đảo Virgin thuộc Mỹ', 'United States Virgin Islands'),
  n('VU', 'Va-nu-a-tu', 'Vanuatu'),
  n('WF', 'Wallis và Futuna', 'Wallis and Futuna'),
  n('WS', 'Xa-moa', 'Samoa'),
  n('YE', 'Y-ê-men', 'Yemen'),
  n('YT', 'Mayotte', 'Mayotte'),
  n('ZA', 'Nam Phi', 'South Africa', ['Cộng hòa Nam Phi']),
  n('ZM', 'Dăm-bi-a', 'Zambia'),
  n('ZW', 'Dim-ba-bu-ê', 'Zimbabwe'),
];

const formerStates: readonly Nationality[] = [
  former('VDVN', 'Việt Nam Dân chủ Cộng hòa', 'Democratic Republic of Viet Nam', ['VN'], ['Bắc Việt Nam']),
  former('XVNR', 'Việt Nam Cộng hòa', 'Republic of Viet Nam', ['VN']),
  former('XVNS', 'Cộng hòa miền Nam Việt Nam', 'Republic of South Viet Nam', ['VN']),
  former('SUHH', 'Liên Xô', 'Soviet Union', ['AM', 'AZ', 'BY', 'EE', 'GE', 'KG', 'KZ', 'LT', 'LV', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'], [
    'Liên bang Xô viết', 'Liên bang Cộng hòa Xã hội chủ nghĩa Xô viết', 'USSR',
  ]),
  former('CSHH', 'Tiệp Khắc', 'Czechoslovakia', ['CZ', 'SK'], ['Cộng hòa Xã hội chủ nghĩa Tiệp Khắc']),
  // ISO's YUCS is the rump Yugoslavia of 1992–2003; "Nam Tư" in a register is the federation before it.
  former('YUCS', 'Nam Tư', 'Yugoslavia', ['BA', 'HR', 'ME', 'MK', 'RS', 'SI'], [
    'Cộng hòa Liên bang Xã hội chủ nghĩa Nam Tư', 'Cộng hòa Liên bang Nam Tư',
  ]),
  former('CSXX', 'Xéc-bi-a và Môn-tê-nê-grô', 'Serbia and Montenegro', ['ME', 'RS'], ['Serbia và Montenegro']),
  former('DDDE', 'Cộng hòa Dân chủ Đức', 'German Democratic Republic', ['DE'], ['Đông Đức', 'CHDC Đức', 'East Germany']),
  // "Cộng hòa Liên bang Đức" is still Germany's name, so it stays with DE; only "Tây Đức" means the old FRG.
  former('XDEW', 'Tây Đức', 'West Germany', ['DE']),
  former('XKHD', 'Campuchia Dân chủ', 'Democratic Kampuchea', ['KH'], ['Căm-pu-chia Dân chủ']),
  former('XKHP', 'Cộng hòa Nhân dân Campuchia', "People's Republic of Kampuchea", ['KH'], [
    'Cộng hòa Nhân dân Căm-pu-chia',
  ]),
  former('BUMM', 'Miến Điện', 'Burma', ['MM']),
  former('ZRCD', 'Da-i-re', 'Zaire', ['CD']),
  former('YDYE', 'Cộng hòa Dân chủ Nhân dân Y-ê-men', "People's Democratic Republic of Yemen", ['YE'], ['Nam Y-ê-men']),
];

export const nationalities: readonly Nationality[] = [...current, ...formerStates];

export interface NationalityMatch {
  nationality: Nationality;
  via: 'name' | 'alias';
}

const byCode = new Map(nationalities.map((nationality) => [nationality.code, nationality]));
const names = createNameIndex(nationalities.map((nationality) => ({
  item: nationality,
  names: [nationality.name.vi, nationality.name.en],
  aliases: nationality.aliases,
  tier: nationality.former ? 1 : 0,
})));

// A code identifies a state as surely as its name does.
const viaCode = (nationality: Nationality | undefined): NationalityMatch | null =>
  nationality ? { nationality, via: 'name' } : null;

/**
 * The state a register's text names, by Vietnamese or English name, alias or code. Capitals written as a
 * code ("VN", "AO", "SUHH") are read as the code first, since "AO" (Angola) and "Áo" (Austria) or "MY"
 * (Malaysia) and "Mỹ" share a key; otherwise names come first and a code is the last resort ("vn").
 */
export function findNationality(text: string): NationalityMatch | null {
  const plain = normalizeFieldValue(text);
  const asCode = /^(?:[A-Za-z]{2}|[A-Za-z]{4})$/.test(plain);
  if (asCode && plain === plain.toUpperCase()) {
    const match = viaCode(byCode.get(plain));
    if (match) return match;
  }
  const match = names.find(plain);
  return match ? { nationality: match.item, via: match.via } : asCode ? viaCode(byCode.get(plain.toUpperCase())) : null;
}

/**
 * States whose Vietnamese or English name or alias starts with the typed text: one named exactly so first,
 * then current states before former ones and, within each, names before aliases, in list order; with
 * nothing typed, Việt Nam first.
 */
export function suggestNationalities(prefix: string, limit = 10): Nationality[] {
  return names.suggest(prefix, limit, findNationality(prefix)?.nationality);
}
