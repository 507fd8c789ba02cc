import { describe, expect, it } from 'vitest';
import { activeProfiles, actorName, checkedProfileName, type Profile } from '../../../shared/team/profile.ts';

const person = (id: string, fullName: string, extra: Partial<Profile> = {}): Profile => ({ id, fullName, role: 'operator', hasPin: false, createdAt: '2026-12-01T00:00:00Z', ...extra });

describe('profiles', () => {
  it('keep a name NFC with its spaces folded', () => {
    expect(checkedProfileName('  Nguye\u0302\u0303n   Thị  Hoa ', [])).toBe('Nguyễn Thị Hoa');
  });

  it('refuse a name too short, too long, or one an active person has already, ignoring case and tone-mark placement', () => {
    expect(() => checkedProfileName('A', [])).toThrow(expect.objectContaining({ code: 'profile-name' }));
    expect(() => checkedProfileName('a'.repeat(81), [])).toThrow(expect.objectContaining({ code: 'profile-name' }));
    const team = [person('1', 'Trần Thị Thúy'), person('2', 'Lê Văn An', { retiredAt: '2026-12-02T00:00:00Z' })];
    expect(() => checkedProfileName('trần thị thuý', team)).toThrow(expect.objectContaining({ code: 'profile-name-taken' }));
    expect(() => checkedProfileName('trần thị thuý', team)).toThrow(/"Trần Thị Thúy"/);
    // a retired person's name may be given again; a name that differs in a mark is another person
    expect(checkedProfileName('Lê Văn An', team)).toBe('Lê Văn An');
    expect(checkedProfileName('Trần Thị Thủy', team)).toBe('Trần Thị Thủy');
  });

  it('offer active people in Vietnamese order, and name an actor by the profile, else as recorded', () => {
    const team = [person('1', 'Đỗ Văn Bình'), person('2', 'Bùi Thị Lan'), person('3', 'Âu Minh', { retiredAt: 'x' }), person('4', 'Dương Văn Cường')];
    expect(activeProfiles(team).map((p) => p.fullName)).toEqual(['Bùi Thị Lan', 'Dương Văn Cường', 'Đỗ Văn Bình']);
    expect(actorName('3', team)).toBe('Âu Minh');
    expect(actorName('ocr', team)).toBe('ocr');
  });
});
