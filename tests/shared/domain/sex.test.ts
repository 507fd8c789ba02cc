import { describe, expect, it } from 'vitest';
import { parseSex } from '../../../shared/domain/sex.ts';

describe('parseSex', () => {
  it.each([['Nam', 'male'], ['nam', 'male'], ['NAM', 'male'], ['Trai', 'male'], ['Nữ', 'female'], ['nu', 'female'], ['NỮ', 'female'], ['Gái', 'female'], ['con gái', 'female']] as const)('%s → %s', (text, sex) => {
    expect(parseSex(text)).toBe(sex);
  });
  it.each(['', 'M', 'F', 'Nam Nữ', 'không rõ', '<b>Nam</b>x'])('does not guess %s', (text) => {
    expect(parseSex(text)).toBeNull();
  });
});
