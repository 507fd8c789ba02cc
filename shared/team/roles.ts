// Who may do what in a team (DESIGN.md, Teams and quality control). Profiles attribute work; they are not
// a security boundary (the OS account protects the PC), so roles decide what the screens offer a person.
import type { LocalizedText } from '../domain/record-kinds.ts';

export type Role = 'operator' | 'checker' | 'supervisor';

export const roles: readonly Role[] = ['operator', 'checker', 'supervisor'];

export const roleLabels: Record<Role, LocalizedText> = {
  operator: { vi: 'Nhập liệu', en: 'Operator' },
  checker: { vi: 'Kiểm tra', en: 'Checker' },
  supervisor: { vi: 'Giám sát', en: 'Supervisor' },
};

/**
 * `key`: key and verify entries, and the blind pass of an assignment; `arbitrate`: settle what two passes
 * keyed differently; `manage-team`: create and split batches, assign them, set a book's keying policy,
 * add, change and retire profiles.
 */
export type TeamAction = 'key' | 'arbitrate' | 'manage-team';

const allowed: Record<Role, ReadonlySet<TeamAction>> = {
  operator: new Set(['key']),
  checker: new Set(['key', 'arbitrate']),
  supervisor: new Set(['key', 'arbitrate', 'manage-team']),
};

export function may(role: Role, action: TeamAction): boolean {
  return allowed[role].has(action);
}
