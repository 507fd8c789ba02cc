// The browser keeps IndexedDB per address (origin), so a data folder must be served at the same port at
// every start, or a clerk's books seem gone after a restart. This module only decides (pure, unit-tested);
// electron/web/address-record.ts reads and writes the record and web-main.ts listens.

/** Tried at a folder's first start: below the ephemeral ranges of Linux (32768–) and Windows (49152–), so
 * an outgoing connection is unlikely to hold the port at a later start. */
export const firstPortBase = 20000;
export const firstPortSpan = 12000;
const firstPortTries = 10;

export type PortPlan =
  /** `--port 0`: any free port, recorded nowhere (tests and one-off runs on a throw-away folder) */
  | { kind: 'ephemeral' }
  /** the folder's recorded port, kept */
  | { kind: 'recorded'; port: number }
  /** the folder's first start: the first free candidate (else any free port) is then recorded */
  | { kind: 'first'; candidates: number[] }
  /** `--port N`: N is recorded; `previous` is the address the folder had, if another */
  | { kind: 'explicit'; port: number; previous: number | null };

/** A stable spread of first ports, so two data folders on one PC rarely share an address (and a browser
 * profile's books). */
export function firstPortCandidates(dataDir: string): number[] {
  let hash = 2166136261;
  for (const unit of dataDir) {
    hash ^= unit.codePointAt(0)!;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  const start = hash % firstPortSpan;
  return Array.from({ length: firstPortTries }, (_, i) => firstPortBase + ((start + i) % firstPortSpan));
}

export function planPort(requested: number | undefined, recorded: number | null, dataDir: string): PortPlan {
  if (requested === 0) return { kind: 'ephemeral' };
  if (requested !== undefined) return { kind: 'explicit', port: requested, previous: recorded !== null && recorded !== requested ? recorded : null };
  if (recorded !== null) return { kind: 'recorded', port: recorded };
  return { kind: 'first', candidates: firstPortCandidates(dataDir) };
}

/** Whether the port the host ends up on is to be written to the folder's record. */
export function shouldRecord(plan: PortPlan): boolean {
  return plan.kind === 'first' || plan.kind === 'explicit';
}

export interface Bilingual {
  vi: string;
  en: string;
}

/** Why the start stops when the folder's port (or the one given) is held by another program. */
export function portTakenMessage(plan: Extract<PortPlan, { kind: 'recorded' | 'explicit' }>, dataDir: string): Bilingual {
  const { port } = plan;
  if (plan.kind === 'explicit') {
    return {
      vi: `Cổng ${port} đang được chương trình khác dùng. Đóng chương trình đó, hoặc chọn cổng khác với --port. Địa chỉ của thư mục dữ liệu không đổi.`,
      en: `Port ${port} is in use by another program. Close that program, or choose another port with --port. The data folder's address is unchanged.`,
    };
  }
  return {
    vi:
      `Cổng ${port} là địa chỉ của thư mục dữ liệu ${dataDir} (sách lưu trong trình duyệt gắn với địa chỉ này) nhưng đang được chương trình khác dùng, ` +
      `có thể là một SoHoa khác đang chạy. Đóng chương trình đó rồi chạy lại. Nếu không thể, chuyển thư mục sang cổng khác với --port N; ` +
      `khi đó sách trong trình duyệt ở địa chỉ cũ phải được sao lưu ở địa chỉ cũ và khôi phục ở địa chỉ mới.`,
    en:
      `Port ${port} is the address of the data folder ${dataDir} (books kept in the browser belong to that address) but another program is using it, ` +
      `perhaps another SoHoa. Close that program and start again. If you cannot, move the folder to another port with --port N; ` +
      `books kept in the browser under the old address must then be backed up there and restored at the new one.`,
  };
}

/** Said when `--port N` moved a folder's address: the browser does not carry books from one origin to another. */
export function addressMovedMessage(previous: number, port: number): Bilingual {
  return {
    vi:
      `Địa chỉ của thư mục dữ liệu đã chuyển từ cổng ${previous} sang cổng ${port} và được ghi lại cho các lần chạy sau. ` +
      `Sách lưu trong trình duyệt ở http://127.0.0.1:${previous} không tự sang địa chỉ mới: hãy sao lưu chúng ở địa chỉ cũ rồi khôi phục ở địa chỉ mới.`,
    en:
      `The data folder's address moved from port ${previous} to port ${port} and is recorded for later starts. ` +
      `Books kept in the browser at http://127.0.0.1:${previous} do not follow: back them up at the old address and restore them at the new one.`,
  };
}

/** Said when a folder gets its address for the first time, so the clerk knows it is fixed from now on. */
export function addressRecordedMessage(port: number): Bilingual {
  return {
    vi: `Thư mục dữ liệu này từ nay luôn dùng cổng ${port}.`,
    en: `This data folder will use port ${port} from now on.`,
  };
}
