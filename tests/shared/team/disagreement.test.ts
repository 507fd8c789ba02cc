import { describe, expect, it } from 'vitest';
import { disagreements, perThousand, type ComparedField } from '../../../shared/team/disagreement.ts';

const f = (field: string, state: ComparedField['state'], passA = 'lan', passB = 'minh'): ComparedField => ({ field, state, passA, passB });

describe('disagreement between the passes', () => {
  it('counts fields both passes keyed, by person and by field, a decided or open difference as one', () => {
    const result = disagreements([
      f('child.fullName', 'agreed'),
      f('child.fullName', 'decided'),
      f('registration.number', 'differs'),
      f('registration.number', 'waiting'),
      f('child.fullName', 'agreed', 'lan', 'hoa'),
    ]);
    expect(result.total).toEqual({ compared: 4, disagreed: 2 });
    expect(Object.fromEntries(result.byField)).toEqual({ 'child.fullName': { compared: 3, disagreed: 1 }, 'registration.number': { compared: 1, disagreed: 1 } });
    expect(Object.fromEntries(result.byPerson)).toEqual({ lan: { compared: 4, disagreed: 2 }, minh: { compared: 3, disagreed: 2 }, hoa: { compared: 1, disagreed: 0 } });
  });

  it('gives the rate per 1,000 fields, 0 when nothing was compared', () => {
    expect(perThousand({ compared: 4, disagreed: 1 })).toBe(250);
    expect(perThousand({ compared: 0, disagreed: 0 })).toBe(0);
  });
});
