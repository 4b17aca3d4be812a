import { describe, expect, it } from 'vitest';
import { bare, dedupe, exact, excerpt, hostOf, identifiers, inside, near, pathOf, phrase, sameColumn, slugs, start, trimEnd, urls } from '../../lib/criteria/match';
import { normalizeVi } from '../../lib/text/vietnamese';

const n = normalizeVi;

describe('the matcher vocabulary', () => {
  it('phrase: whole words anywhere, any case, Unicode form or tone-mark placement', () => {
    const m = phrase(['Thanh toán trực tuyến', 'Hóa đơn']);
    expect(m(n('Cổng THANH TOÁN TRỰC TUYẾN'))).toBe(true);
    expect(m(n('Tra cứu hoá đơn điện tử'))).toBe(true);
    expect(m(n('Thanh toán trực tuyến'.normalize('NFD')))).toBe(true);
    // Whole words only: "Thanh toán trực tuyếnx" is another word.
    expect(m(n('thanh toán trực tuyếnx'))).toBe(false);
  });

  it('start: the text begins with the label, after numbering and punctuation', () => {
    const m = start(['Mã thủ tục']);
    expect(m(n('1. MÃ THỦ TỤC:'))).toBe(true);
    expect(m(n('» Mã thủ tục: 1.001234'))).toBe(true);
    expect(m(n('Xem mã thủ tục'))).toBe(false);
    expect(m.cut(n('Mã thủ tục: 1.001234'))).toBe(': 1.001234');
    expect(m.cut(n('Không có'))).toBeNull();
  });

  it('exact: the whole text is the label', () => {
    const m = exact(['Toàn trình']);
    expect(m(n('-- Toàn trình --'))).toBe(true);
    expect(m(n('Dịch vụ toàn trình'))).toBe(false);
  });

  it('prefers the longest label when cutting ("Phí, lệ phí" rather than "Phí")', () => {
    expect(start(['Phí', 'Phí, lệ phí']).cut(n('Phí, lệ phí: Không'))).toBe(': không');
  });

  it('urls, slugs and identifiers', () => {
    const u = urls(['/dossier/search', /\/tra-?cuu(?:[/?#]|$)/i]);
    expect(u('https://x.gov.vn/vi/DOSSIER/search?q=1')).toBe(true);
    expect(u('https://x.gov.vn/portaldvc/tra-cuu')).toBe(true);
    expect(u('https://x.gov.vn/tra-cuu-bien-lai')).toBe(false);
    expect(slugs(['Tra cứu hồ sơ'])('/web/site/tra-cuu-ho-so')).toBe(true);
    expect(identifiers(['Mã hồ sơ'])('txt_Ma_Ho_So')).toBe(true);
  });

  it('bare and trimEnd strip punctuation at the ends, linearly', () => {
    expect(bare('1. mã thủ tục:')).toBe('mã thủ tục');
    expect(bare('-- chọn --')).toBe('chọn');
    expect(trimEnd('abc…!!')).toBe('abc');
    // A long run of punctuation followed by a letter: no RegExp retrying every position.
    const hostile = `x${'.'.repeat(100_000)}y${'.'.repeat(100_000)}`;
    expect(trimEnd(hostile)).toBe(hostile.slice(0, 100_002));
  });

  it('hosts, paths and selector relations', () => {
    expect(hostOf('https://User@DichVuCong.Gov.VN.:443/x')).toBe('dichvucong.gov.vn');
    expect(hostOf('/relative')).toBe('');
    expect(pathOf('https://a.vn/b/c?d#e')).toBe('/b/c?d#e');
    expect(inside('#f > p', '#f')).toBe(true);
    expect(inside('#fx > p', '#f')).toBe(false);
    expect(near('div > p', 'div > span > a', 2)).toBe(true);
    expect(sameColumn('table > thead > tr > th:nth-of-type(2)', 'table > tbody > tr > td:nth-of-type(2) > a')).toBe(true);
    expect(sameColumn('table > thead > tr > th:nth-of-type(1)', 'table > tbody > tr > td:nth-of-type(2) > a')).toBe(false);
  });

  it('evidence is de-duplicated, capped and excerpted', () => {
    const e = { pageUrl: 'u', selector: 's', text: 't' };
    expect(dedupe([e, e, { ...e, text: 'u' }])).toHaveLength(2);
    expect(excerpt(`  ${'a'.repeat(300)}  `)).toHaveLength(160);
  });
});
