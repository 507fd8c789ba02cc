import { describe, expect, it } from 'vitest';
import { may, roles } from '../../../shared/team/roles.ts';

describe('roles', () => {
  it('let operators key, checkers also arbitrate, supervisors also manage the team', () => {
    expect(roles.map((role) => [role, may(role, 'key'), may(role, 'arbitrate'), may(role, 'manage-team')])).toEqual([
      ['operator', true, false, false],
      ['checker', true, true, false],
      ['supervisor', true, true, true],
    ]);
  });
});
