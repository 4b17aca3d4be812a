import { describe, expect, it } from 'vitest';
import { normalizeVi, slugVi, stripDiacritics } from './vietnamese';

describe('normalizeVi', () => {
  it('treats both tone-mark placements alike', () => {
    expect(normalizeVi('Thanh Hóa')).toBe(normalizeVi('Thanh Hoá'));
    expect(normalizeVi('Số hóa hồ sơ')).toBe(normalizeVi('SỐ HOÁ HỒ SƠ'));
    expect(normalizeVi('thủy')).toBe(normalizeVi('thuỷ'));
  });
  it('keeps syllables with a final consonant unchanged', () => {
    expect(normalizeVi('Hoàn thành')).toBe('hoàn thành');
  });
  it('composes decomposed input and collapses whitespace', () => {
    expect(normalizeVi('Tra  cu\u031b\u0301u\n hồ sơ')).toBe('tra cứu hồ sơ');
  });
  it('does not confuse different words', () => {
    expect(normalizeVi('hóa')).not.toBe(normalizeVi('hòa'));
  });
});

describe('slugs', () => {
  it('strips diacritics including đ', () => {
    expect(stripDiacritics('Đăng nhập')).toBe('dang nhap');
    expect(slugVi('Phản ánh, kiến nghị')).toBe('phan-anh-kien-nghi');
  });
});
