import '@/lib/zod-setup';
import { failureText, type Locale } from '@/lib/i18n/strings';
import { readLocale } from '@/lib/extension/store';
import { send } from '@/lib/messaging/client';
import { toHtml } from '@/lib/report/html';

/**
 * The printable report of one audit: `report.html?portal=<origin>[&audit=<id>][&lang=vi|en]`.
 * The page becomes the same self-contained document the HTML export writes
 * (all page text escaped by the writer, no script in it), so what is printed
 * to PDF is exactly what is filed.
 */
async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const locale: Locale = lang === 'en' || lang === 'vi' ? lang : await readLocale();
  const res = await send({ type: 'get-report', portal: params.get('portal') ?? '', auditId: params.get('audit') });
  if (!res.ok || !res.report) {
    document.getElementById('status')!.textContent = res.ok ? failureText(locale, 'not-found', '') : failureText(locale, res.code, res.detail);
    return;
  }
  // Parsed as an inert document (no script runs in a parsed document, and
  // the writer emits none), then shown in place of this page.
  const parsed = new DOMParser().parseFromString(toHtml(res.report, locale), 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
}

void main();
