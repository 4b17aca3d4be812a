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
  it('removes invisible characters, so a label with a zero-width space, joiner, soft hyphen, bidi mark or BOM still matches', () => {
    const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff', '\u180e'];
    for (const c of invisible) {
      expect(normalizeVi(`Tra cứu${c} hồ sơ`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('tra cứu hồ sơ');
      expect(normalizeVi(`Tra c${c}ứu hồ sơ`), `U+${c.codePointAt(0)!.toString(16)} inside a word`).toBe('tra cứu hồ sơ');
      expect(normalizeVi(`${c}Thanh Hóa${c}`)).toBe(normalizeVi('Thanh Hoá'));
    }
  });
  it('removes an invisible character between a vowel and its tone mark', () => {
    expect(normalizeVi('ho\u200b\u0301a')).toBe(normalizeVi('hóa'));
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
