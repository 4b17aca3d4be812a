import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { escapeHtml, toHtml } from '../../lib/report/html';
import { HOSTILE, hostileReport, sampleReport } from '../fixtures/reports/audits';

/** Parse as a browser would, with scripting and loading off. */
function parse(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}

const ACTIVE = 'script, img, iframe, frame, object, embed, link, base, form, svg, math, video, audio, source, input, button, meta[http-equiv="refresh"]';

function assertInert(doc: Document): void {
  expect([...doc.querySelectorAll(ACTIVE)].map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  const handlers: string[] = [];
  const srcs: string[] = [];
  for (const el of doc.querySelectorAll('*'))
    for (const a of el.getAttributeNames()) {
      if (a.toLowerCase().startsWith('on')) handlers.push(`${el.tagName} ${a}`);
      if (a === 'src' || a === 'srcset' || a === 'action' || a === 'formaction') srcs.push(`${el.tagName} ${a}`);
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
});
