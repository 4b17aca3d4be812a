import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from './index';
import { DOCUMENTS, formatArticles, formatCitation, MARKERS, parseBasis, SOURCE_CODES } from './sources';

const basisOf = (id: string) => DEFAULT_PROFILE.criteria.find((c) => c.id === id)?.basis;

describe('the legal basis, readable', () => {
  it('turns "S1 Art 5(e) [G]; [I]" into a document, an article and what each marker means', () => {
    const [circular, inferred] = parseBasis('S1 Art 5(e) [G]; [I]');
    expect(circular!.documents.map((d) => d.number)).toEqual(['22/2019/TT-BTTTT']);
    expect(circular!.where).toEqual({ vi: 'Điều 5 điểm e', en: 'Art. 5(e)' });
    expect(circular!.markers).toEqual(['G']);
    expect(formatCitation(circular!, 'vi')).toMatch(/^Thông tư 22\/2019\/TT-BTTTT \(chức năng, tính năng kỹ thuật.*\), Điều 5 điểm e$/);
    expect(inferred!.documents).toEqual([]);
    expect(formatCitation(inferred!, 'en')).toBe(MARKERS.I.label.en);
  });

  it.each([
    ['3.10', 'Điều 3 khoản 10', 'Art. 3(10)'],
    ['6(c),(k)', 'Điều 6 điểm c, k', 'Art. 6(c), (k)'],
    ['3(6), 5(đ)', 'Điều 3 khoản 6, Điều 5 điểm đ', 'Arts. 3(6), 5(đ)'],
    ['4 + Phụ lục I', 'Điều 4 và Phụ lục I', 'Art. 4 and Annex I'],
    ['26', 'Điều 26', 'Art. 26'],
  ])('reads the place "Art %s"', (spec, vi, en) => {
    expect(formatArticles(spec)).toEqual({ vi, en });
  });

  it('follows a replaced document, several sources, a reference to another criterion', () => {
    const [, eid] = parseBasis('S11; NĐ 59/2022 → 69/2024 [P]');
    expect(eid!.replaced).toBe(true);
    expect(formatCitation(eid!, 'en')).toMatch(/^Decree 59\/2022\/NĐ-CP .*, now replaced by Decree 69\/2024\/NĐ-CP/);
    expect(parseBasis('S8/S9 [P]')[0]!.documents.map((d) => d.number)).toEqual(['766/QĐ-TTg', '01/2023/TT-VPCP']);
    expect(parseBasis('CK-02 basis', basisOf)).toEqual(parseBasis(basisOf('CK-02')!, basisOf));
  });

  it('says in Vietnamese what the catalogue noted in English', () => {
    const [seen] = parseBasis('[I] from a real provincial portal configs (`ilis`, `vbdlis`)');
    expect(seen!.remark).toEqual({ vi: 'quan sát trên một cổng tỉnh thật: cấu hình (ilis, vbdlis)', en: 'seen on a real provincial portal: configs (ilis, vbdlis)' });
    expect(parseBasis('S1 Art 3(6) (MIC monitoring system) [G]')[0]!.remark?.vi).toMatch(/hệ thống giám sát/);
    expect(parseBasis('news group [P]')[0]!.markers).toEqual(['P', 'secondary']);
  });

  describe('every criterion of the profile', () => {
    for (const c of DEFAULT_PROFILE.criteria) {
      it(`${c.id}: ${c.basis}`, () => {
        const citations = parseBasis(c.basis, basisOf);
        expect(citations.length).toBeGreaterThan(0);
        // Every document the basis names is known: as many as it names.
        const codes = (c.basis.match(/\bS\d+\b/g) ?? []).reduce((n, code) => n + (SOURCE_CODES[code]?.length ?? 0), 0);
        const named = codes + (c.basis.match(/\b(?:ND|NĐ|TT|QĐ)\s*\d+\/\d{4}|→\s*\d+\/\d{4}|QCVN|pháp điển|(?:^|;)\s*766\b/g) ?? []).length;
        const resolved = (c.basis === 'CK-02 basis' ? parseBasis(basisOf('CK-02')!) : citations).flatMap((x) => x.documents).length;
        if (c.basis !== 'CK-02 basis') expect(resolved).toBe(named);
        for (const x of citations) {
          for (const locale of ['vi', 'en'] as const) {
            const text = formatCitation(x, locale);
            expect(text.trim()).not.toBe('');
            // Nothing of the terse notation is left over.
            expect(text).not.toMatch(/\[|`|\bArt\s\d|\bS\d+\b|\bND \d/);
          }
        }
      });
    }
  });

  it('links every document to a page to look it up, never anything to fetch', () => {
    for (const d of Object.values(DOCUMENTS)) expect(d.url).toMatch(/^https:\/\/(thuvienphapluat\.vn\/page\/tim-van-ban\.aspx\?keyword=|phapdien\.moj\.gov\.vn\/)/);
    expect(DOCUMENTS['TT-22-2019']!.url).toBe('https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=22%2F2019%2FTT-BTTTT');
  });
});
