import '@/lib/zod-setup';
import { failureOf, failureText, type Locale } from '@/lib/i18n/strings';
import { readLocale } from '@/lib/extension/store';
import { send } from '@/lib/messaging/client';
import { toHtml } from '@/lib/report/html';

/**
 * The printable report of one audit:
 * `report.html?portal=<origin>[&audit=<id>][&lang=vi|en][&view=summary]`.
 * The page becomes the same self-contained document the HTML export writes
 * (all page text escaped by the writer, no script in it), so what is printed
 * to PDF is exactly what is filed; a toolbar of the extension's own (print,
 * summary or full view) sits above it and is not printed.
 */
async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const locale: Locale = lang === 'en' || lang === 'vi' ? lang : await readLocale();
  const view = params.get('view') === 'summary' ? 'summary' : 'full';
  const res = await send({ type: 'get-report', portal: params.get('portal') ?? '', auditId: params.get('audit'), images: true });
  if (!res.ok || !res.report) {
    document.getElementById('status')!.textContent = res.ok ? failureText(locale, 'not-found', '') : failureOf(locale, res);
    return;
  }
  // Parsed as an inert document (no script runs in a parsed document, and
  // the writer emits none), then shown in place of this page.
  const parsed = new DOMParser().parseFromString(toHtml(res.report, locale, { view }), 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  document.body.prepend(toolbar(locale, params, view));
}

/** The toolbar's words (the report itself has its own, in lib/report/html.ts). */
const TOOLBAR = {
  vi: { print: 'In báo cáo', full: 'Bản đầy đủ', summary: 'Bản tóm tắt', label: 'Báo cáo' },
  en: { print: 'Print the report', full: 'Full report', summary: 'Summary', label: 'Report' },
} as const;

/** Print, and the other view: built with DOM calls, outside the report itself. */
function toolbar(locale: Locale, params: URLSearchParams, view: 'full' | 'summary'): HTMLElement {
  const nav = document.createElement('nav');
  nav.className = 'toolbar';
  nav.setAttribute('aria-label', TOOLBAR[locale].label);
  const style = document.createElement('style');
  style.textContent =
    'nav.toolbar{display:flex;gap:.5rem;flex-wrap:wrap;margin:0 0 1rem;padding:.5rem;border:1px solid #bbb;border-radius:6px;background:#f6f8fa}' +
    'nav.toolbar a,nav.toolbar button{font:inherit;padding:.25rem .7rem;border:1px solid #888;border-radius:5px;background:#fff;color:#1a1a1a;text-decoration:none;cursor:pointer}' +
    'nav.toolbar [aria-current]{background:#1a1a1a;color:#fff}@media print{nav.toolbar{display:none}}';
  const print = document.createElement('button');
  print.type = 'button';
  print.dataset.testid = 'print';
  print.textContent = TOOLBAR[locale].print;
  print.addEventListener('click', () => window.print());
  const link = (v: 'full' | 'summary') => {
    const a = document.createElement('a');
    const q = new URLSearchParams(params);
    if (v === 'summary') q.set('view', 'summary');
    else q.delete('view');
    a.href = `?${q.toString()}`;
    a.dataset.testid = `view-${v}`;
    a.textContent = TOOLBAR[locale][v];
    if (v === view) a.setAttribute('aria-current', 'page');
    return a;
  };
  nav.append(style, print, link('full'), link('summary'));
  return nav;
}

void main();
