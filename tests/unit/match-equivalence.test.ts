import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bare, phrase, start } from '../../lib/criteria/match';
import { escapeRegExp, normalizeVi } from '../../lib/text/vietnamese';

/**
 * phrase() and start() find labels by plain string search behind a key-word
 * filter; they must find exactly what their RegExp did (whole words, longest
 * label first), on any text: the same answer and the same cut.
 */
const alternation = (norms: string[]) => [...new Set(norms)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const phraseRe = (labels: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(labels.map(normalizeVi))})(?![\\p{L}\\p{N}])`, 'u');
const startRe = (labels: string[]) => new RegExp(`^(?:${alternation(labels.map((l) => bare(normalizeVi(l))))})(?![\\p{L}\\p{N}])`, 'u');
const cutBy = (re: RegExp, text: string) => {
  const m = re.exec(text);
  return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : null;
};

// Words and separators portals' labels are made of, with the characters that test the word boundaries.
const piece = fc.constantFrom('phí', 'lệ', 'lệ phí', 'tra', 'cứu', 'hồ', 'sơ', 'mã', 'thủ tục', 'a', '1', '12', 'đ', 'ư', ' ', ', ', '/', ':', '-', '.', '(', ')', '😀', '\u0301', '𝐀');
const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
const label = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

describe('label matchers find what their RegExp finds', () => {
  it('phrase: same answer, same cut', () => {
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 5 }), text, (labels, raw) => {
        const m = phrase(labels);
        const re = phraseRe(labels);
        const norm = normalizeVi(raw);
        expect(m(norm)).toBe(re.test(norm));
        expect(m.cut(norm)).toBe(cutBy(re, norm));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('start: same answer, same cut', () => {
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 5 }), text, (labels, raw) => {
        const m = start(labels);
        const re = startRe(labels);
        const norm = normalizeVi(raw);
        expect(m(norm)).toBe(re.test(bare(norm)));
        expect(m.cut(norm)).toBe(cutBy(re, bare(norm)));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('longest label first, at the leftmost place', () => {
    const m = phrase(['phí', 'phí, lệ phí', 'lệ phí']);
    expect(m.cut('mức phí, lệ phí: 50.000 đ')).toBe('mức : 50.000 đ');
    expect(m.cut('lệ phí và phí')).toBe(' và phí');
    expect(m('phíx')).toBe(false);
  });
});
