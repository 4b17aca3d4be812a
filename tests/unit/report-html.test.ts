import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { escapeHtml, toHtml } from '../../lib/report/html';
import { HOSTILE, hostileReport, sampleAudit, sampleReport } from '../fixtures/reports/audits';
import { buildReport } from '../../lib/report/build';

/** Parse as a browser would, with scripting and loading off. */
function parse(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}

const ACTIVE = 'script, img, iframe, frame, object, embed, link, base, form, svg, math, video, audio, source, input, button, meta[http-equiv="refresh"]';
/** The one image the report may hold: an attestation's screenshot, inline, as a base64 raster image. */
const SCREENSHOT = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+=*$/;
const isScreenshot = (el: Element) => el.tagName === 'IMG' && !!el.closest('figure.shot') && SCREENSHOT.test(el.getAttribute('src') ?? '');

function assertInert(doc: Document): void {
  expect([...doc.querySelectorAll(ACTIVE)].filter((el) => !isScreenshot(el)).map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  const handlers: string[] = [];
  const srcs: string[] = [];
  for (const el of doc.querySelectorAll('*'))
    for (const a of el.getAttributeNames()) {
      if (a.toLowerCase().startsWith('on')) handlers.push(`${el.tagName} ${a}`);
      if ((a === 'src' && !isScreenshot(el)) || a === 'srcset' || a === 'action' || a === 'formaction') srcs.push(`${el.tagName} ${a}`);
    }
  expect(handlers).toEqual([]);
  expect(srcs).toEqual([]);
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    expect(href.startsWith('#') || /^https?:\/\//.test(href), href).toBe(true);
  }
}

describe('HTML report', () => {
  it('is inert and self-contained: strict CSP, inline CSS only, nothing to load', () => {
    const html = toHtml(sampleReport(), 'vi');
    const doc = parse(html);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    const css = doc.querySelector('style')!.textContent ?? '';
    expect(css).not.toMatch(/url\(|@import/);
    assertInert(doc);
  });

  it('keeps hostile page text as text: no markup, no handlers, no script links', () => {
    for (const locale of ['vi', 'en'] as const) {
      const report = hostileReport(locale);
      const doc = parse(toHtml(report, locale));
      assertInert(doc);
      const text = doc.body.textContent ?? '';
      for (const s of [HOSTILE.script, HOSTILE.img, HOSTILE.jsUrl, HOSTILE.iframe, HOSTILE.svg, HOSTILE.formula]) expect(text).toContain(s);
      expect(doc.title).toContain(report.portal.origin);
      // javascript: addresses are shown but never linked.
      expect([...doc.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').includes('javascript'))).toBe(false);
      expect([...doc.querySelectorAll('.url')].some((s) => s.textContent === HOSTILE.jsUrl)).toBe(true);
      // http(s) addresses are links, with the page's own text.
      const link = [...doc.querySelectorAll('a[href^="https://"]')].find((a) => a.textContent?.includes('?q='));
      expect(link?.textContent).toBe(`https://dichvucong.vidu.gov.vn/portaldvc/home?q=${encodeURIComponent(HOSTILE.img)}`);
    }
  });

  it('escapes every character that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('a\u202eb\u0000c\nd')).toBe('a b c\nd');
  });

  it('shows the score and every group in the ministry format', () => {
    const vi = parse(toHtml(sampleReport(), 'vi'));
    const en = parse(toHtml(sampleReport({}, 'en'), 'en'));
    expect(vi.querySelector('.big')?.textContent).toBe('17/83 (20,48%)');
    expect(en.querySelector('.big')?.textContent).toBe('17/83 (20.48%)');
    const groups = [...vi.querySelectorAll('.score tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(groups).toHaveLength(13);
    expect(groups[0]).toEqual(['TK', DEFAULT_PROFILE.groups[0]!.title.vi, '7/7 (100,00%)']);
    expect(groups[1]![2]).toBe('10/10 (100,00%)');
    expect(groups[2]![2]).toBe('0/10 (0,00%)');
    expect(vi.documentElement.getAttribute('lang')).toBe('vi');
    expect(en.documentElement.getAttribute('lang')).toBe('en');
  });

  it('names the portal, its pages, the date and the inspectors from the attestations', () => {
    const report = hostileReport();
    const doc = parse(toHtml(report, 'vi'));
    const meta = doc.querySelector('dl.meta')!.textContent!;
    expect(meta).toContain('https://dichvucong.vidu.gov.vn');
    expect(meta).toContain(HOSTILE.jsUrl); // the other origin, as text
    expect(meta).toContain('04/05/2026 10:00'); // 03:00 UTC in Vietnam time
    const inspectors = [...doc.querySelectorAll('dl.meta dt')].find((dt) => dt.textContent === 'Người kiểm tra')!.nextElementSibling!;
    expect(inspectors.textContent!.split(', ').sort()).toEqual([HOSTILE.script, 'Trần Văn An'].sort());
    expect(meta).toContain(DEFAULT_PROFILE.title.vi);
    const pages = [...doc.querySelectorAll('.pages li')].map((li) => li.textContent!);
    expect(pages).toHaveLength(report.pages.length);
    expect(pages[1]).toContain(HOSTILE.jsUrl);
    expect(pages[1]).toContain(HOSTILE.svg); // the truncated list, escaped
    const en = parse(toHtml(hostileReport('en'), 'en')).querySelector('dl.meta')!.textContent!;
    expect(en).toContain('2026-05-04 10:00');
  });

  it('shows every criterion by group with its state, evidence, attestation, legal basis and how to verify', () => {
    const report = hostileReport();
    const doc = parse(toHtml(report, 'en'));
    const sections = [...doc.querySelectorAll('section.group')];
    expect(sections.map((s) => s.id)).toEqual(DEFAULT_PROFILE.groups.map((g) => `g-${g.id}`));
    const articles = [...doc.querySelectorAll('article.criterion')];
    expect(articles.map((a) => a.id)).toEqual(report.criteria.map((c) => `c-${c.id}`));
    for (const c of report.criteria) {
      const a = doc.getElementById(`c-${c.id}`)!;
      expect(a.closest('section')!.id).toBe(`g-${c.group}`);
      const text = a.textContent!;
      expect(text).toContain(c.title.en);
      expect(a.querySelector('.badge')!.textContent).toBe({ met: 'Met', not_met: 'Not met', needs_review: 'Needs review', not_applicable: 'Not applicable', not_checked: 'Not checked', error: 'Check error' }[c.state]);
      expect(text).toContain(c.basis);
      expect(text).toContain(c.howToVerify.en);
      expect(a.querySelectorAll('table.evidence tbody tr')).toHaveLength(c.evidence.length);
    }
    const first = doc.getElementById(`c-${report.criteria[0]!.id}`)!;
    const cells = [...first.querySelectorAll('table.evidence tbody tr')][0]!.querySelectorAll('td');
    expect([...cells].map((td) => td.textContent)).toEqual(['https://dichvucong.vidu.gov.vn/portaldvc/home', HOSTILE.img, HOSTILE.script]);
    const attested = report.criteria.find((c) => c.attestation?.author === 'Trần Văn An')!;
    const at = doc.getElementById(`c-${attested.id}`)!.textContent!;
    expect(at).toContain('Not met, attested by Trần Văn An at 2026-05-04 09:45');
    expect(at).toContain(HOSTILE.img);
  });

  it('prints well: a criterion is never split across pages', () => {
    const css = parse(toHtml(sampleReport(), 'vi')).querySelector('style')!.textContent!;
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.criterion[^{]*\{[^}]*break-inside:avoid/);
    expect(print).toMatch(/page-break-inside:avoid/);
    expect(css).toMatch(/@page/);
  });

  describe('legal basis, help, screenshots, views', () => {
    const shot = { id: 's1', pageUrl: 'https://dichvucong.vidu.gov.vn/portaldvc/home', capturedAt: '2026-05-04T02:40:00.000Z', width: 320, height: 200, bytes: 12 };
    const attestations = {
      'AT-01': { state: 'met' as const, note: 'QĐ 12', author: 'Trần Văn An', at: '2026-05-04T02:30:00.000Z', carriedOver: { fromAuditId: 'old-audit', at: '2026-06-01T01:00:00.000Z' } },
      'KDL-01': { state: 'met' as const, note: '', at: '2026-05-04T02:45:00.000Z', screenshot: shot },
    };
    const report = buildReport(sampleAudit({ attestations }), {
      profile: DEFAULT_PROFILE,
      toolVersion: '0.1.0',
      now: new Date('2026-05-04T03:00:00.000Z'),
      screenshot: () => 'data:image/png;base64,iVBORw0KGgo=',
    });

    it('cites each basis readably, with a link to look the document up, its markers and a legend', () => {
      const doc = parse(toHtml(report, 'vi'));
      const tk04 = doc.getElementById('c-TK-04')!;
      const refs = [...tk04.querySelectorAll('.refs li')].map((li) => li.textContent);
      expect(refs[0]).toMatch(/^Thông tư 22\/2019\/TT-BTTTT .*Điều 5 điểm e Tra văn bản 22\/2019\/TT-BTTTT\[G\]$/);
      expect(refs[1]).toMatch(/suy ra từ thực tế các cổng.*\[I\]$/);
      expect(tk04.querySelector('a.lookup')!.getAttribute('href')).toBe('https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=22%2F2019%2FTT-BTTTT');
      expect(doc.querySelector('#legend')!.textContent).toContain('[G mention]');
      expect(doc.querySelector('#legend')!.textContent).toContain('đã đọc toàn văn');
      assertInert(doc);
    });

    it('says why each criterion matters and how to fix it, with the verification steps', () => {
      const en = parse(toHtml(report, 'en'));
      const at01 = en.getElementById('c-AT-01')!.textContent!;
      expect(at01).toContain('Why it matters');
      expect(at01).toContain('How to fix it (for portal developers)');
      expect(en.querySelectorAll('#c-AT-01 .help ol li').length).toBeGreaterThan(1);
      expect(at01).toContain('carried over from an earlier audit (old-audit) at 2026-06-01 08:00');
    });

    it('shows an attestation’s screenshot inline, and nothing that is not a raster image', () => {
      const doc = parse(toHtml(report, 'vi'));
      const img = doc.querySelector('#c-KDL-01 figure.shot img')!;
      expect(img.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
      expect(img.getAttribute('alt')).toContain('04/05/2026 09:40');
      assertInert(doc);
      const forged = { ...report, criteria: report.criteria.map((c) => (c.id === 'KDL-01' ? { ...c, attestation: { ...c.attestation!, screenshot: { ...shot, dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' } } } : c)) };
      expect(parse(toHtml(forged, 'vi')).querySelector('figure.shot')).toBeNull();
    });

    it('has a summary view: score, groups and the criteria to act on, no evidence tables', () => {
      const doc = parse(toHtml(report, 'vi', { view: 'summary' }));
      expect(doc.querySelector('.big')!.textContent).toBe(report.score.formatted.vi);
      expect(doc.querySelectorAll('.score tbody tr')).toHaveLength(13);
      const toAct = [...doc.querySelectorAll('.toact li .id')].map((x) => x.textContent);
      expect(toAct).toEqual(report.criteria.filter((c) => ['not_met', 'error', 'needs_review'].includes(c.state)).sort((a, b) => ['not_met', 'error', 'needs_review'].indexOf(a.state) - ['not_met', 'error', 'needs_review'].indexOf(b.state)).map((c) => c.id));
      expect(doc.querySelectorAll('table.evidence, article.criterion')).toHaveLength(0);
    });

    it('keeps everything inside landmarks: banner, main, contentinfo', () => {
      for (const view of ['full', 'summary'] as const) {
        const doc = parse(toHtml(report, 'vi', { view }));
        expect(doc.querySelectorAll('body > main')).toHaveLength(1);
        expect([...doc.body.children].map((el) => el.tagName.toLowerCase())).toEqual(['header', 'main', 'footer']);
      }
    });
  });
});
