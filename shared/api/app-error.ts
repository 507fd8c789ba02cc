// Errors cross the AppApi boundary as data (code + both languages), because neither Electron's IPC nor
// JSON keeps a thrown object's class or properties.

export type AppErrorCode =
  | 'invalid-payload'
  | 'unknown-channel'
  | 'untrusted-sender'
  | 'unauthorized'
  | 'payload-too-large'
  | 'image-empty'
  | 'image-unsupported'
  | 'image-truncated'
  | 'image-too-many-pixels'
  | 'image-file-pixels'
  | 'image-file-too-large'
  | 'page-not-found'
  | 'page-damaged'
  | 'install-damaged'
  | 'profile-name'
  | 'profile-name-taken'
  | 'profile-pin-format'
  | 'profile-pin-wrong'
  | 'profile-unknown'
  | 'batch-no-pages'
  | 'batch-size'
  | 'batch-range'
  | 'batch-range-overlap'
  | 'batch-range-empty'
  | 'assign-retired'
  | 'assign-role'
  | 'assign-no-pass-b'
  | 'assign-same-person'
  | 'keying-not-assigned'
  | 'batch-ranges-text'
  | 'arbitrate-not-allowed'
  | 'package-not-sohoa'
  | 'package-newer'
  | 'package-invalid'
  | 'package-hash-mismatch'
  | 'package-other-book'
  | 'package-not-assigned'
  | 'package-not-sent'
  | 'package-own-book'
  | 'package-blind-here'
  | 'package-result-role'
  | 'package-edition-unknown'
  | 'package-nothing-to-key'
  | 'ocr-failed'
  | 'ocr-cancelled'
  | 'template-unknown'
  | 'path-not-found'
  | 'folder-no-images'
  | 'file-too-many-pages'
  | 'pdf-damaged'
  | 'pdf-password'
  | 'pdf-page-blank'
  | 'image-page-missing'
  | 'entry-empty'
  | 'entry-not-verifiable'
  | 'entry-settled-not-verifiable'
  | 'entry-unchecked'
  | 'book-edition-locked'
  | 'entry-delete-reason'
  | 'page-has-verified'
  | 'book-has-verified'
  | 'place-pack-invalid'
  | 'place-pack-hash-mismatch'
  | 'place-pack-integrity'
  | 'place-pack-older'
  | 'place-pack-older-than-bundled'
  | 'place-pack-unavailable'
  | 'sync-not-configured'
  | 'sync-bad-address'
  | 'sync-insecure-address'
  | 'journal-newer-format'
  | 'journal-book-not-found'
  | 'sampling-lot-size'
  | 'sampling-aql'
  | 'sampling-level'
  | 'sampling-severity'
  | 'lot-too-small'
  | 'audit-open'
  | 'audit-not-complete'
  | 'recheck-not-done'
  | 'recheck-draft'
  | 'sync-held'
  | 'entry-in-audit'
  | 'network'
  | 'internal';

export interface AppErrorPayload {
  code: AppErrorCode;
  vi: string;
  en: string;
}

type Params = Record<string, string | number>;

const messages: Record<AppErrorCode, { vi: string; en: string }> = {
  'invalid-payload': { vi: 'Dữ liệu gửi lên không hợp lệ: {detail}', en: 'The request data is invalid: {detail}' },
  'unknown-channel': { vi: 'Lệnh không tồn tại: {channel}', en: 'Unknown command: {channel}' },
  'untrusted-sender': { vi: 'Yêu cầu bị từ chối: nguồn gửi không được tin cậy.', en: 'Request refused: untrusted sender.' },
  unauthorized: { vi: 'Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ mà lệnh start:web đã in ra.', en: 'Missing or wrong access token. Open the exact address printed by start:web.' },
  'payload-too-large': { vi: 'Dữ liệu gửi lên quá lớn (tối đa {limit}).', en: 'The request is too large (at most {limit}).' },
  'image-empty': { vi: 'Tệp "{file}" rỗng (0 byte).', en: 'The file "{file}" is empty (0 bytes).' },
  'image-unsupported': { vi: 'Tệp "{file}" không phải ảnh quét đọc được (JPEG, PNG, WebP, TIFF hoặc PDF).', en: 'The file "{file}" is not a readable scan (JPEG, PNG, WebP, TIFF or PDF).' },
  'image-truncated': { vi: 'Ảnh "{file}" bị hỏng hoặc không đầy đủ (có thể sao chép chưa xong). Hãy quét hoặc sao chép lại.', en: 'The image "{file}" is damaged or incomplete (perhaps not fully copied). Scan or copy it again.' },
  'image-too-many-pixels': { vi: 'Ảnh "{file}" quá lớn: {width} × {height} điểm ảnh, vượt giới hạn {limit} megapixel. Hãy quét ở độ phân giải 300–600 dpi.', en: 'The image "{file}" is too large: {width} × {height} pixels, over the {limit}-megapixel limit. Scan at 300–600 dpi.' },
  'image-file-pixels': {
    vi: 'Trang "{file}" không được nhập: tệp ({size}) khai báo nhiều điểm ảnh hơn mức một tệp ảnh quét cỡ này có thể chứa, có thể tệp bị hỏng hoặc không phải ảnh quét. Hãy quét hoặc xuất lại tệp.',
    en: 'The page "{file}" was not imported: the file ({size}) declares more pixels than a scan file of its size can hold, so it may be damaged or not a scan. Scan or export the file again.',
  },
  'image-file-too-large': { vi: 'Tệp "{file}" quá lớn ({size}); tối đa {limit}.', en: 'The file "{file}" is too large ({size}); at most {limit}.' },
  'page-damaged': {
    vi: 'Ảnh trang {page} trong thư mục dữ liệu đã bị hỏng hoặc bị thay đổi, nên không được hiển thị hay gửi đi. Hãy nhập lại ảnh quét của trang này; các mục đã nhập không bị ảnh hưởng.',
    en: 'The image of page {page} in the data folder is damaged or was changed, so it is neither shown nor sent. Import the scan of this page again; the entries keyed are not affected.',
  },
  'install-damaged': {
    vi: 'Bản cài đặt SoHoa đã bị thay đổi hoặc bị hỏng ({count} tệp, trong đó "{file}"), nên phần đọc ảnh quét và nhận dạng chữ không được chạy. Hãy cài lại SoHoa từ bộ cài chính thức. Các mục đã nhập vẫn được giữ, xem, sửa và đồng bộ như thường.',
    en: 'The SoHoa installation was changed or is damaged ({count} file(s), among them "{file}"), so the code that reads scans and recognizes text is not run. Reinstall SoHoa from the official installer. The entries keyed are kept and can still be viewed, corrected and synced.',
  },
  'profile-name': { vi: 'Họ tên cần từ {min} đến {max} ký tự. Chưa lưu gì.', en: 'A full name needs {min} to {max} characters. Nothing was saved.' },
  'profile-name-taken': { vi: 'Đã có người tên "{name}" trên máy này. Hãy thêm chữ đệm hoặc ghi chú để phân biệt. Chưa lưu gì.', en: 'Someone named "{name}" is already on this PC. Add a middle name or a note to tell them apart. Nothing was saved.' },
  'profile-pin-format': { vi: 'Mã PIN gồm 4 đến 8 chữ số. Chưa lưu gì.', en: 'A PIN is 4 to 8 digits. Nothing was saved.' },
  'profile-pin-wrong': { vi: 'Mã PIN của {name} không đúng.', en: 'The PIN of {name} is not right.' },
  'profile-unknown': { vi: 'Không có người này trên máy (có thể đã bị xóa khỏi danh sách). Hãy chọn lại.', en: 'This person is not on this PC (perhaps removed from the list). Choose again.' },
  'batch-no-pages': { vi: 'Mọi trang của sổ đã thuộc một lô; không còn trang nào để chia.', en: 'Every page of the book is in a batch already; there is no page left to split.' },
  'batch-size': { vi: 'Số trang mỗi lô phải là số nguyên từ 1 trở lên (đã nhập "{size}"). Chưa tạo lô nào.', en: 'Pages per batch must be a whole number of 1 or more ("{size}" was given). No batch was made.' },
  'batch-range': { vi: 'Khoảng trang {from}–{to} không hợp lệ: cần hai số trang, số đầu không lớn hơn số cuối. Chưa tạo lô nào.', en: 'The page range {from}–{to} is not valid: it needs two page numbers, the first not above the last. No batch was made.' },
  'batch-range-overlap': { vi: 'Hai khoảng trang {first} và {second} chồng lên nhau. Chưa tạo lô nào.', en: 'The page ranges {first} and {second} overlap. No batch was made.' },
  'batch-range-empty': { vi: 'Khoảng trang {from}–{to} không có trang nào chưa thuộc lô. Chưa tạo lô nào.', en: 'The page range {from}–{to} holds no page that is not in a batch already. No batch was made.' },
  'assign-retired': { vi: '{name} đã thôi làm việc trên máy này nên không giao được.', en: '{name} no longer works on this PC and cannot be assigned.' },
  'assign-role': { vi: '{name} không có vai trò nhập liệu nên không giao lượt nhập được.', en: '{name} has no keying role and cannot be given a keying pass.' },
  'assign-no-pass-b': { vi: 'Sổ này không nhập hai lần nên không có lượt B. Hãy đổi cách nhập của sổ trước.', en: 'This book is not double keyed, so it has no pass B. Change the book\'s keying policy first.' },
  'assign-same-person': { vi: '{name} đã nhận lượt kia của lô này. Hai lượt phải do hai người khác nhau nhập.', en: '{name} has the other pass of this batch. The two passes must be keyed by two different people.' },
  'keying-not-assigned': { vi: 'Lượt nhập B của lô này không được giao cho bạn, nên chưa lưu giá trị vừa gõ.', en: 'Pass B of this batch is not assigned to you, so the value typed was not saved.' },
  'batch-ranges-text': { vi: '"{text}" không phải các khoảng trang: hãy ghi như 1-20, 21-40. Chưa tạo lô nào.', en: '"{text}" is not page ranges: write them as 1-20, 21-40. No batch was made.' },
  'arbitrate-not-allowed': { vi: '{name} không đối chiếu được lô này: người đối chiếu phải là người kiểm tra hoặc giám sát, và không nhập lượt A hay lượt B của lô. Chưa lưu gì.', en: '{name} cannot arbitrate this batch: the arbiter must be a checker or supervisor who keyed neither pass of it. Nothing was saved.' },
  'package-not-sohoa': {
    vi: 'Tệp này không phải gói công việc hay tệp kết quả của SoHoa (tệp .zip do SoHoa xuất ra). Chưa nhập gì.',
    en: 'This file is not a SoHoa work package or result file (a .zip that SoHoa exported). Nothing was imported.',
  },
  'package-newer': {
    vi: 'Tệp này được tạo bởi phiên bản SoHoa mới hơn bản trên máy này (định dạng gói {version}). Hãy cập nhật SoHoa rồi nhập lại. Chưa nhập gì.',
    en: 'This file was made by a newer SoHoa than the one on this PC (package format {version}). Update SoHoa and import it again. Nothing was imported.',
  },
  'package-invalid': {
    vi: 'Tệp gói không đúng định dạng ({detail}). Hãy nhờ người gửi xuất lại. Chưa nhập gì.',
    en: 'The package file is not in the expected format ({detail}). Ask the sender to export it again. Nothing was imported.',
  },
  'package-hash-mismatch': {
    vi: 'Tệp "{path}" trong gói không khớp với mã kiểm tra (SHA-256) ghi trong gói: gói bị hỏng khi sao chép, hoặc đã bị sửa. Hãy nhờ người gửi xuất lại. Chưa nhập gì.',
    en: 'The file "{path}" in the package does not match the checksum (SHA-256) the package records: it was damaged in copying, or altered. Ask the sender to export it again. Nothing was imported.',
  },
  'package-other-book': {
    vi: 'Tệp này là kết quả của sổ "{book}", lô {number}, nhưng máy này không có lô đó của sổ đó. Hãy nhập trên máy của giám sát đã xuất gói. Chưa nhập gì.',
    en: 'This file is a result for the book "{book}", batch {number}, but this PC holds no such batch of that book. Import it on the supervisor\'s PC that exported the package. Nothing was imported.',
  },
  'package-not-assigned': {
    vi: 'Lượt {pass} của lô {number} không giao cho {name} trên máy này, nên kết quả của {name} không được nhập. Hãy kiểm tra việc giao lô. Chưa nhập gì.',
    en: 'Pass {pass} of batch {number} is not assigned to {name} on this PC, so {name}\'s result was not imported. Check the assignment. Nothing was imported.',
  },
  'package-not-sent': {
    vi: 'Lượt {pass} của lô {number} chưa được xuất thành gói công việc từ máy này, nên không biết sổ đã thay đổi gì từ khi gói đi. Hãy nhập kết quả trên máy đã xuất gói. Chưa nhập gì.',
    en: 'Pass {pass} of batch {number} was never exported as a work package from this PC, so what changed in the book since cannot be told. Import the result on the PC that exported the package. Nothing was imported.',
  },
  'package-own-book': {
    vi: 'Sổ của gói này đã ở trên máy này từ đầu: gói công việc dùng để mang một lô sang máy khác. Để nhận việc đã làm, hãy nhập tệp kết quả. Chưa nhập gì.',
    en: 'The book of this package was on this PC from the start: a work package takes a batch to another PC. To take in work done, import the result file. Nothing was imported.',
  },
  'package-blind-here': {
    vi: 'Máy này đã nhận lô {number} cho lượt {other}: hai lượt của một lô phải được làm trên hai máy khác nhau, để người gõ lượt B không thấy giá trị của lượt A. Chưa nhập gì.',
    en: 'This PC already received batch {number} for pass {other}: the two passes of a batch must be done on two different PCs, so that pass B does not see pass A\'s values. Nothing was imported.',
  },
  'package-result-role': {
    vi: 'Chỉ người giám sát mới nhận kết quả vào sổ; {name} không phải giám sát trên máy này. Chưa nhập gì.',
    en: 'Only a supervisor takes results into a book; {name} is not a supervisor on this PC. Nothing was imported.',
  },
  'package-edition-unknown': {
    vi: 'Sổ trong gói dùng mẫu sổ "{edition}" mà SoHoa trên máy này không có. Hãy cập nhật SoHoa rồi nhập lại. Chưa nhập gì.',
    en: 'The book in the package uses the register edition "{edition}", which SoHoa on this PC does not have. Update SoHoa and import it again. Nothing was imported.',
  },
  'package-nothing-to-key': {
    vi: 'Lô {number} chưa có mục nào để gõ lượt B: hãy đợi nhận dạng chữ hoặc lượt A tạo các mục trước. Chưa xuất gói.',
    en: 'Batch {number} has no entries for pass B to key yet: wait until text recognition or pass A has made them. No package was exported.',
  },
  'page-not-found': { vi: 'Không tìm thấy trang {page} trong thư mục dữ liệu.', en: 'Page {page} is not in the data folder.' },
  'ocr-failed': { vi: 'Nhận dạng chữ (OCR) thất bại: {detail}', en: 'Text recognition (OCR) failed: {detail}' },
  'ocr-cancelled': { vi: 'Đã hủy nhận dạng trang {page}.', en: 'Recognition of page {page} was cancelled.' },
  'template-unknown': { vi: 'Không có mẫu sổ "{template}". Các mẫu có: {known}.', en: 'There is no register template "{template}". Known templates: {known}.' },
  'path-not-found': { vi: 'Không tìm thấy tệp hoặc thư mục "{path}".', en: 'The file or folder "{path}" does not exist.' },
  'folder-no-images': { vi: 'Thư mục "{path}" không có ảnh quét nào (JPEG, PNG, WebP, TIFF hoặc PDF).', en: 'The folder "{path}" holds no scans (JPEG, PNG, WebP, TIFF or PDF).' },
  'file-too-many-pages': {
    vi: 'Tệp "{file}" có {count} trang, vượt giới hạn {limit} trang một tệp. Hãy tách thành nhiều tệp.',
    en: 'The file "{file}" has {count} pages, over the limit of {limit} pages per file. Split it into several files.',
  },
  'pdf-damaged': {
    vi: 'Tệp PDF "{file}" bị hỏng hoặc không đầy đủ (có thể sao chép chưa xong). Hãy quét hoặc sao chép lại.',
    en: 'The PDF "{file}" is damaged or incomplete (perhaps not fully copied). Scan or copy it again.',
  },
  'pdf-page-blank': {
    vi: 'Trang "{file}" không có gì để đọc: trang trống, hoặc ảnh quét lớn quá {limit} megapixel. Hãy quét lại ở độ phân giải 300–600 dpi.',
    en: 'The page "{file}" shows nothing to read: it is blank, or its scan is over {limit} megapixels. Scan it again at 300–600 dpi.',
  },
  'pdf-password': {
    vi: 'Tệp PDF "{file}" có mật khẩu nên không đọc được. Hãy lưu lại bản không đặt mật khẩu rồi nhập lại.',
    en: 'The PDF "{file}" is password-protected and cannot be read. Save a copy without a password and import that.',
  },
  'image-page-missing': { vi: 'Tệp "{file}" chỉ có {count} trang, không có trang {page}.', en: 'The file "{file}" has only {count} page(s), not page {page}.' },
  'entry-empty': { vi: 'Chưa nhập trường nào, nên chưa có gì để lưu.', en: 'No field has been filled in, so there is nothing to save.' },
  'entry-not-verifiable': {
    vi: 'Chưa thể đánh dấu đã kiểm tra: còn {count} lỗi ({fieldsVi}). Mục vẫn được lưu dưới dạng nháp.',
    en: 'Not marked verified: {count} error(s) remain ({fieldsEn}). The entry is kept as a draft.',
  },
  'entry-settled-not-verifiable': {
    vi: 'Đã lưu. Các trường chính của mục số {no} đã khớp hoặc đã đối chiếu xong, nhưng mục chưa được đánh dấu đã kiểm tra vì còn {count} lỗi ({fieldsVi}). Người nhập lượt A cần sửa mục này trong màn hình nhập liệu của sổ.',
    en: 'Saved. The key fields of entry {no} are agreed or settled, but it was not marked verified: {count} error(s) remain ({fieldsEn}). Pass A\'s operator must correct it in the book\'s workspace.',
  },
  'entry-delete-reason': { vi: 'Hãy ghi lý do xóa mục (ví dụ: trùng, nhập nhầm, trang sai). Mục chưa bị xóa.', en: 'Give a reason for deleting the entry (e.g. duplicate, keyed by mistake, wrong page). The entry was not deleted.' },
  'page-has-verified': { vi: 'Trang này còn {count} mục đã kiểm tra hoặc đã gửi. Hãy xóa các mục đó (kèm lý do) trước khi gỡ trang. Chưa gỡ gì.', en: 'This page still holds verified or sent entries ({count}). Delete them (with a reason) before removing the page. Nothing was removed.' },
  'book-has-verified': { vi: 'Sổ này có {count} mục đã kiểm tra hoặc đã gửi nên không xóa được; có thể lưu trữ sổ. Chưa xóa gì.', en: 'This book holds verified or sent entries ({count}), so it cannot be deleted; it can be archived. Nothing was deleted.' },
  'book-edition-locked': {
    vi: 'Không đổi được mẫu sổ: sổ đã có {count} mục được đánh dấu đã kiểm tra theo mẫu hiện tại.',
    en: 'The edition cannot be changed: {count} entries of the book were verified against the current one.',
  },
  'entry-unchecked': {
    vi: 'Chưa đánh dấu đã kiểm tra: còn {count} trường máy đọc chưa chắc mà chưa ai đối chiếu với sổ. Mục vẫn được lưu dưới dạng nháp.',
    en: 'Not marked verified: {count} field(s) OCR was unsure of have not been checked against the register. The entry is kept as a draft.',
  },
  'place-pack-invalid': {
    vi: 'Không cài bảng địa danh: {reasonVi} Bảng đang dùng không thay đổi.',
    en: 'The place-name pack was not installed: {reasonEn} The pack in use is unchanged.',
  },
  'place-pack-hash-mismatch': {
    vi: 'Không cài bảng địa danh {version}: mã kiểm tra (contentHash) không khớp với nội dung, tệp đã bị sửa hoặc hỏng. Bảng đang dùng không thay đổi.',
    en: 'The place-name pack {version} was not installed: its content hash does not match its content, so the file was altered or damaged. The pack in use is unchanged.',
  },
  'place-pack-integrity': {
    vi: 'Không cài bảng địa danh {version}: có {count} lỗi về tính nhất quán (ví dụ: {example}). Bảng đang dùng không thay đổi.',
    en: 'The place-name pack {version} was not installed: {count} consistency problems (e.g. {example}). The pack in use is unchanged.',
  },
  'place-pack-older': {
    vi: 'Không cài bảng địa danh {version}: cũ hơn bảng đang dùng ({active}). Dùng tùy chọn cho phép bản cũ hơn nếu thật sự muốn quay lại.',
    en: 'The place-name pack {version} was not installed: it is older than the pack in use ({active}). Allow older packs if you really mean to go back.',
  },
  'place-pack-older-than-bundled': {
    vi: 'Không cài bảng địa danh {version}: cũ hơn bảng đi kèm phiên bản ứng dụng này ({bundled}), nên sẽ không bao giờ được dùng.',
    en: 'The place-name pack {version} was not installed: it is older than the pack shipped with this version of the app ({bundled}), so it would never be used.',
  },
  'place-pack-unavailable': {
    vi: 'Không đọc được bảng địa danh đi kèm ứng dụng ({detail}). Hãy cài lại SoHoa.',
    en: 'The place-name pack shipped with the app cannot be read ({detail}). Reinstall SoHoa.',
  },
  'sync-not-configured': {
    vi: 'Chưa đặt địa chỉ máy chủ hộ tịch. Hãy nhập địa chỉ và mã đăng nhập trong phần Cài đặt đồng bộ.',
    en: 'No civil-status server address is set. Enter the address and sign-in token in the sync settings.',
  },
  'sync-insecure-address': {
    vi: 'Không dùng địa chỉ "{address}": dữ liệu công dân chỉ được gửi qua https:// (được mã hóa). http:// chỉ được dùng cho máy chủ chạy ngay trên máy này (127.0.0.1, localhost). Chưa lưu gì.',
    en: 'The address "{address}" is not used: citizens\' data is sent only over https:// (encrypted). http:// is allowed only for a server on this machine (127.0.0.1, localhost). Nothing was saved.',
  },
  'sync-bad-address': {
    vi: 'Địa chỉ máy chủ "{address}" không hợp lệ: cần dạng https://, ví dụ https://hotich.example.gov.vn (không kèm tên đăng nhập hay mật khẩu). Chưa lưu gì.',
    en: 'The server address "{address}" is not valid: it must be https://, e.g. https://hotich.example.gov.vn (with no user name or password in it). Nothing was saved.',
  },
  'journal-newer-format': {
    vi: 'Sổ này trong thư mục dữ liệu được ghi bởi phiên bản SoHoa mới hơn bản đang chạy. Hãy cập nhật SoHoa rồi thử lại; tệp trong thư mục dữ liệu không bị thay đổi.',
    en: 'This book in the data folder was written by a newer SoHoa than the one running. Update SoHoa and try again; the files in the data folder were not changed.',
  },
  'journal-book-not-found': {
    vi: 'Thư mục dữ liệu không có sổ này (có thể đã chọn nhầm thư mục dữ liệu).',
    en: 'This book is not in the data folder (perhaps another data folder was chosen).',
  },
  'lot-too-small': {
    vi: 'Lô này chỉ có {count} mục đã kiểm tra: cần ít nhất 2 mục để lấy mẫu. Chưa tạo lô.',
    en: 'This lot holds only {count} verified entries: sampling needs at least 2. No lot was made.',
  },
  'audit-open': {
    vi: 'Lô {number} đang được kiểm tra chọn mẫu: hãy kết luận lần kiểm tra đó trước khi bắt đầu lần khác.',
    en: 'Lot {number} is being audited: decide that audit before starting another.',
  },
  'audit-not-complete': {
    vi: 'Chưa kết luận được lô {number}: còn {left} mục trong mẫu chưa xem, và số lỗi ({defects}) chưa tới số bác bỏ Re = {re}.',
    en: 'Lot {number} cannot be decided yet: {left} sampled entries are still to be gone through, and the defects ({defects}) have not reached the rejection number Re = {re}.',
  },
  'recheck-not-done': {
    vi: 'Lô {number} không đạt và còn {left} mục chưa được soát lại: người nhập liệu soát lại toàn bộ lô trước, rồi mới kiểm tra chọn mẫu lần mới.',
    en: 'Lot {number} was rejected and {left} of its entries are not re-checked yet: its operators re-check the whole lot first, then it is audited anew.',
  },
  'recheck-draft': {
    vi: 'Mục số {no} đang là bản nháp: hãy sửa cho đúng rồi đánh dấu đã kiểm tra; khi đó mục được tính là đã soát lại.',
    en: 'Entry {no} is a draft: correct it and mark it verified; it then counts as re-checked.',
  },
  'sync-held': {
    vi: 'Mục số {no} thuộc một lô kiểm tra chọn mẫu đang kiểm tra hoặc không đạt: mục được gửi khi lô đạt, không gửi lại bây giờ.',
    en: 'Entry {no} is in an audit lot being audited or rejected: it is sent once the lot is accepted, not now.',
  },
  'entry-in-audit': {
    vi: 'Mục số {no} thuộc lô kiểm tra {number} đang được kiểm tra chọn mẫu: chỉ xóa được sau khi lô được kết luận. Chưa xóa gì.',
    en: 'Entry {no} is in audit lot {number}, which is being audited: it can be deleted once the lot is decided. Nothing was deleted.',
  },
  'sampling-lot-size': { vi: 'Cỡ lô phải là số nguyên từ 2 trở lên (đã nhập {lot}).', en: 'The lot size must be a whole number of 2 or more ({lot} was given).' },
  'sampling-aql': {
    vi: 'AQL {aql} không thuộc dãy AQL ưu tiên của ISO 2859-1: {values}.',
    en: 'AQL {aql} is not in the preferred series of ISO 2859-1: {values}.',
  },
  'sampling-level': { vi: 'Không có mức kiểm tra "{level}". Các mức: {levels}.', en: 'There is no inspection level "{level}". The levels are {levels}.' },
  'sampling-severity': {
    vi: 'Không có chế độ kiểm tra "{severity}". Chọn normal (thường), tightened (ngặt) hoặc reduced (giảm).',
    en: 'There is no inspection severity "{severity}". Choose normal, tightened or reduced.',
  },
  network: { vi: 'Không kết nối được với ứng dụng: {detail}', en: 'Could not reach the application: {detail}' },
  internal: { vi: 'Lỗi nội bộ; dữ liệu đã lưu không bị ảnh hưởng. Chi tiết: {detail}', en: 'Internal error; saved data is not affected. Details: {detail}' },
};

/** "{name}" in a message replaced by its parameter; a name with no parameter stays as written. */
export function fillMessage(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function appErrorPayload(code: AppErrorCode, params: Params = {}): AppErrorPayload {
  const m = messages[code];
  return { code, vi: fillMessage(m.vi, params), en: fillMessage(m.en, params) };
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly vi: string;
  readonly en: string;

  constructor(payload: AppErrorPayload) {
    super(payload.en);
    this.name = 'AppError';
    this.code = payload.code;
    this.vi = payload.vi;
    this.en = payload.en;
  }

  static of(code: AppErrorCode, params: Params = {}): AppError {
    return new AppError(appErrorPayload(code, params));
  }

  toPayload(): AppErrorPayload {
    return { code: this.code, vi: this.vi, en: this.en };
  }
}

/** What went wrong, for a message's {detail}: an Error's message, anything else as text. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The error as an AppError: itself when it is one, else an OCR failure with its detail. */
export function asOcrFailure(error: unknown): AppError {
  return error instanceof AppError ? error : AppError.of('ocr-failed', { detail: errorDetail(error) });
}

export function isAppErrorPayload(value: unknown): value is AppErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && v.code in messages && typeof v.vi === 'string' && typeof v.en === 'string';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
