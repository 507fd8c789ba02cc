import { describe, expect, it } from 'vitest';
import { middleEllipsis } from '../../../shared/text/short-text.ts';

describe('middleEllipsis', () => {
  it('keeps a short text whole and a long one’s start and end, within the length', () => {
    expect(middleEllipsis('trang-1.jpg', 20)).toBe('trang-1.jpg');
    const short = middleEllipsis('so-khai-sinh-xa-quang-phu-cau-trang-001-ban-quet-lai.jpg', 21);
    expect([...short]).toHaveLength(21);
    expect(short).toBe('so-khai-si…et-lai.jpg');
    expect(middleEllipsis('Hồ sơ Quảng Phú Cầu', 9)).toBe('Hồ s… Cầu');
  });
});
