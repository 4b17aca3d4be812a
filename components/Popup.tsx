import { useEffect, useState } from 'preact/hooks';
import { openWorkspace } from '@/lib/extension/platform';
import { readLocale, writeLocale } from '@/lib/extension/store';
import { failureText, t, type Locale } from '@/lib/i18n/strings';
import { send } from '@/lib/messaging/client';
import type { FailureCode } from '@/lib/messaging/protocol';
import type { Report } from '@/lib/report/schema';
import { AuditView } from './AuditView';

type View =
  | { kind: 'loading' }
  | { kind: 'audit'; report: Report }
  | { kind: 'failed'; code: FailureCode; detail: string };


/**
 * The at-a-glance view: audits the tab it was opened on (or the one named by
 * `?tabId=`, when the popup page is opened in a tab) and shows the score.
 */
export function Popup({ targetTabId }: { targetTabId: () => Promise<number | undefined> }) {
  const [locale, setLocale] = useState<Locale>('vi');
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [windowId, setWindowId] = useState<number | undefined>(undefined);

  const [refreshing, setRefreshing] = useState(false);

  const run = async () => {
    setRefreshing(true);
    const tabId = await targetTabId();
    if (tabId === undefined) return setView({ kind: 'failed', code: 'no-tab', detail: '' });
    // The portal's stored audit shows at once; this page's fresh audit replaces it.
    void showStored(tabId);
    const res = await send({ type: 'audit-tab', tabId });
    setRefreshing(false);
    if (!res.ok) return setView({ kind: 'failed', code: res.code, detail: res.detail });
    if (res.report) setView({ kind: 'audit', report: res.report });
  };

  const showStored = async (tabId: number) => {
    let origin: string | null = null;
    try {
      const url = (await browser.tabs.get(tabId)).url;
      origin = url ? new URL(url).origin : null;
    } catch {
      origin = null;
    }
    if (!origin || origin === 'null') return;
    const res = await send({ type: 'get-audit', origin });
    if (res.ok && res.report) setView((v) => (v.kind === 'loading' ? { kind: 'audit', report: res.report! } : v));
  };

  useEffect(() => {
    void readLocale().then(setLocale);
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
    void run();
  }, []);

  const changeLocale = (l: Locale) => {
    setLocale(l);
    void writeLocale(l);
  };

  const exportJson = () => {
    if (view.kind !== 'audit') return;
    const report = view.report;
    const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    const host = new URL(report.portal.origin).hostname;
    a.download = `dvc-inspector-${host}-${report.generatedAt.slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    setStatus(t(locale, 'exported'));
  };

  return (
    <main lang={locale}>
      <header>
        <h1>{t(locale, 'appName')}</h1>
        <label class="lang">
          <span class="sr-only">{t(locale, 'language')}</span>
          <select value={locale} onChange={(e) => changeLocale((e.currentTarget as HTMLSelectElement).value as Locale)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      {(view.kind === 'loading' || refreshing) && (
        <p class="loading" role="status" data-testid="auditing">
          {t(locale, 'auditing')}
        </p>
      )}
      {view.kind === 'failed' && (
        <section class="failure" role="alert" data-testid="failure" data-code={view.code}>
          <h2>{t(locale, 'errorTitle')}</h2>
          <p>{failureText(locale, view.code, view.detail)}</p>
        </section>
      )}
      {view.kind === 'audit' && (
        <>
          <div class="actions">
            <button type="button" onClick={() => void run()}>
              {t(locale, 'auditAgain')}
            </button>
            <button type="button" data-testid="export-json" onClick={exportJson}>
              {t(locale, 'exportJson')}
            </button>
            <button type="button" data-testid="open-workspace" onClick={() => void openWorkspace(windowId).then(() => window.close())}>
              {t(locale, 'openWorkspace')}
            </button>
            <span role="status" class="status">
              {status}
            </span>
          </div>
          <AuditView report={view.report} locale={locale} tab={targetTabId} />
        </>
      )}
    </main>
  );
}
