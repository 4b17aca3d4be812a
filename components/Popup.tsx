import { useEffect, useState } from 'preact/hooks';
import { openWorkspace } from '@/lib/extension/platform';
import { tabById, windowOfThisPage, originOfUrl } from '@/lib/extension/tabs';
import { failureOf } from '@/lib/i18n/strings';
import { send } from '@/lib/messaging/client';
import type { Failure } from '@/lib/messaging/protocol';
import type { Report } from '@/lib/report/schema';
import { AuditView } from './AuditView';
import { download, reportFileName } from './download';
import { LanguageSelect, LocaleProvider, ProfileSelect, useLocale } from './hooks';

type View = { kind: 'loading' } | { kind: 'audit'; report: Report } | { kind: 'failed'; failure: Failure };

/**
 * The at-a-glance view: audits the tab it was opened on (or the one named by
 * `?tabId=`, when the popup page is opened in a tab) and shows the score.
 */
export function Popup({ targetTabId }: { targetTabId: () => Promise<number | undefined> }) {
  return (
    <LocaleProvider>
      <PopupView targetTabId={targetTabId} />
    </LocaleProvider>
  );
}

function PopupView({ targetTabId }: { targetTabId: () => Promise<number | undefined> }) {
  const { locale, tr } = useLocale();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [refreshing, setRefreshing] = useState(false);

  const run = async () => {
    setRefreshing(true);
    const tabId = await targetTabId();
    if (tabId === undefined) return setView({ kind: 'failed', failure: { ok: false, code: 'no-tab', detail: '' } });
    // The portal's stored audit shows at once; this page's fresh audit replaces it.
    void showStored(tabId);
    const res = await send({ type: 'audit-tab', tabId });
    setRefreshing(false);
    if (!res.ok) return setView({ kind: 'failed', failure: res });
    if (res.report) setView({ kind: 'audit', report: res.report });
  };

  /** The portal's stored audit (judged by the checklist chosen); `always`: even over one already shown. */
  const showStored = async (tabId: number | null, always?: boolean) => {
    const origin = tabId === null ? (view.kind == 'audit' ? view.report.portal.origin : null) : originOfUrl((await tabById(tabId))?.url);
    if (!origin) return;
    const res = await send({ type: 'get-audit', origin });
    if (res.ok && res.report) setView((v) => (always || v.kind === 'loading' ? { kind: 'audit', report: res.report! } : v));
  };

  useEffect(() => {
    void windowOfThisPage().then(setWindowId);
    void run();
  }, []);

  const exportJson = async () => {
    if (view.kind !== 'audit') return;
    // With the screenshots of the attestations: the background has them.
    const res = await send({ type: 'get-report', portal: view.report.portal.origin, auditId: view.report.auditId, images: true });
    const report = res.ok && res.report ? res.report : view.report;
    download(reportFileName(report.portal.origin, report.generatedAt, 'json'), JSON.stringify(report, null, 2), 'application/json');
    setStatus(tr('exported'));
  };

  return (
    <main lang={locale}>
      <header>
        <h1>{tr('appName')}</h1>
        {view.kind == 'audit' && <ProfileSelect current={view.report.checklist.id} onChange={() => void showStored(null, true)} />}
        <LanguageSelect />
      </header>
      {(view.kind === 'loading' || refreshing) && (
        <p class="loading" role="status" data-testid="auditing">
          {tr('auditing')}
        </p>
      )}
      {view.kind === 'failed' && (
        <section class="failure" role="alert" data-testid="failure" data-code={view.failure.code}>
          <h2>{tr('errorTitle')}</h2>
          <p>{failureOf(locale, view.failure)}</p>
        </section>
      )}
      {view.kind === 'audit' && (
        <>
          <div class="actions">
            <button type="button" onClick={() => void run()}>
              {tr('auditAgain')}
            </button>
            <button type="button" data-testid="export-json" onClick={() => void exportJson()}>
              {tr('exportJson')}
            </button>
            <button type="button" data-testid="open-workspace" onClick={() => void openWorkspace(windowId).then(() => window.close())}>
              {tr('openWorkspace')}
            </button>
            <span role="status" class="status">
              {status}
            </span>
          </div>
          <AuditView report={view.report} tab={targetTabId} />
        </>
      )}
    </main>
  );
}
