import { useEffect, useRef, useState } from 'preact/hooks';
import { pageTab, originOfUrl, thisPageIsATab, watchActiveTab, windowOfThisPage, openExtensionPage } from '@/lib/extension/tabs';
import { watchAuditStore, watchSettings } from '@/lib/extension/store';
import { failureOf } from '@/lib/i18n/strings';
import { send } from '@/lib/messaging/client';
import type { AuditResponse, Failure, PortalSummary } from '@/lib/messaging/protocol';
import { toCsv } from '@/lib/report/csv';
import { toHtml } from '@/lib/report/html';
import { ScoreBox } from '../AuditView';
import { Legend } from '../Criterion';
import { download, reportFileName } from '../download';
import { EvidenceStepper } from '../EvidenceStepper';
import { LanguageSelect, LocaleProvider, ProfileSelect } from '../hooks';
import { WorkspaceContext, type WorkspaceState } from './context';
import { CriteriaPanel } from './CriteriaPanel';
import { GuidedAssessment } from './GuidedAssessment';
import { HistoryPanel } from './HistoryPanel';
import { PagesPanel } from './PagesPanel';
import { PortalBar, type TabPortal } from './PortalBar';
import { useStrings } from './strings';

/**
 * The full audit of one portal, beside the page (Chromium's side panel,
 * Firefox's sidebar) or in a tab of its own. Beside the page it follows the
 * window's active tab: the portal of the page the inspector is on is the
 * one shown, and it says which. The switcher shows another stored portal
 * (until the tab moves to another site); an imported report's portal is
 * shown once imported.
 */
export function Workspace({ explicitTabId }: { explicitTabId?: number }) {
  return (
    <LocaleProvider>
      <WorkspaceView {...(explicitTabId !== undefined ? { explicitTabId } : {})} />
    </LocaleProvider>
  );
}

interface Pinned {
  portal: string;
  /** The tab's origin when the inspector chose: the choice holds until the tab goes elsewhere. */
  tabOrigin: string | null;
}

function WorkspaceView({ explicitTabId }: { explicitTabId?: number }) {
  const { locale, tr, tw } = useStrings();
  const [data, setData] = useState<AuditResponse | null>(null);
  const [portals, setPortals] = useState<PortalSummary[]>([]);
  const [tabPortal, setTabPortal] = useState<TabPortal | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [inTab, setInTab] = useState(false);
  const [view, setView] = useState<'criteria' | 'guided'>('criteria');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const pinned = useRef<Pinned | null>(null);
  const shown = useRef<string | null>(null);
  const tabId = useRef<number | undefined>(undefined);
  const generation = useRef(0);

  /** Decide which portal to show, and read it. */
  const refresh = async (choose?: string) => {
    const mine = ++generation.current;
    const tab = await pageTab(explicitTabId);
    tabId.current = tab?.id;
    const origin = originOfUrl(tab?.url);
    const list = await send({ type: 'list-portals' });
    const known = list.ok ? list.portals : [];
    const tabsPortal = origin ? (known.find((p) => p.origins.includes(origin))?.key ?? null) : null;
    if (choose) pinned.current = { portal: choose, tabOrigin: origin };
    if (pinned.current && pinned.current.tabOrigin !== origin) pinned.current = null;
    const target = pinned.current?.portal ?? tabsPortal ?? shown.current;
    const res = await send({ type: 'get-audit', origin: target });
    if (mine !== generation.current) return; // a later refresh is under way
    setPortals(known);
    setTabPortal(tab ? { origin, portal: tabsPortal } : null);
    if (res.ok) {
      setData(res);
      shown.current = res.audit?.origins[0] ?? null;
    } else setError(failureOf(locale, res));
  };

  useEffect(() => {
    let stop = () => undefined as void;
    void (async () => {
      const [win, isTab] = await Promise.all([windowOfThisPage(), thisPageIsATab()]);
      setWindowId(win);
      setInTab(isTab);
      await refresh();
      // Beside the page, follow its window's active tab; in a tab, the tab it was opened for.
      if (!isTab || explicitTabId !== undefined) stop = watchActiveTab(win, () => void refresh());
    })();
    const unwatch = watchAuditStore(() => void refresh());
    // Another page chose another checklist (or language): show the audit judged by it.
    const unwatchSettings = watchSettings(() => void refresh());
    return () => {
      stop();
      unwatch();
      unwatchSettings();
    };
  }, []);

  const apply = (res: AuditResponse | Failure) => {
    if (!res.ok) {
      if (res.code === 'stale') void refresh();
      return;
    }
    if (res.audit) {
      setData(res);
      shown.current = res.audit.origins[0] ?? null;
    }
  };

  const auditOpenTab = async () => {
    setError('');
    const tab = await pageTab(explicitTabId);
    if (!tab) return setError(tr('errorNoTab'));
    const res = await send({ type: 'audit-tab', tabId: tab.id });
    if (!res.ok) return setError(failureOf(locale, res));
    pinned.current = null;
    shown.current = res.audit?.origins[0] ?? shown.current;
    apply(res);
    void refresh();
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice('');
    setError('');
    const res = await send({ type: 'import-report', text: await file.text() });
    if (!res.ok) return setError(failureOf(locale, res));
    setNotice(tw('imported', { portal: res.imported.portal }));
    await refresh(res.imported.portal);
  };

  const report = data?.report ?? null;
  const audit = data?.audit ?? null;
  const state: WorkspaceState | null =
    report && audit && data
      ? {
          portal: audit.origins[0]!,
          audit,
          report,
          history: data.history,
          autoAudit: data.autoAudit,
          tab: () => (tabId.current !== undefined ? Promise.resolve(tabId.current) : pageTab(explicitTabId).then((t) => t?.id)),
          windowId,
          inTab,
          apply,
          reload: () => void refresh(),
        }
      : null;

  const openReport = (auditId: string | null, v?: 'summary') => {
    if (!state) return;
    const q = new URLSearchParams({ portal: state.portal, lang: locale, ...(auditId ? { audit: auditId } : {}), ...(v ? { view: v } : {}) });
    void openExtensionPage(`/report.html?${q.toString()}`);
  };

  /** The report with its screenshots, for files. */
  const exportable = async () => {
    if (!state) return null;
    const res = await send({ type: 'get-report', portal: state.portal, auditId: state.audit.id, images: true });
    return res.ok && res.report ? res.report : state.report;
  };
  const exportAs = async (kind: 'json' | 'csv' | 'html') => {
    const r = await exportable();
    if (!r) return;
    if (kind === 'json') download(reportFileName(r.portal.origin, r.generatedAt, 'json'), JSON.stringify(r, null, 2), 'application/json');
    if (kind === 'html') download(reportFileName(r.portal.origin, r.generatedAt, 'html'), toHtml(r, locale), 'text/html;charset=utf-8');
    if (kind === 'csv') {
      const csv = toCsv(r, locale);
      download(reportFileName(r.portal.origin, r.generatedAt, 'csv'), csv.criteria, 'text/csv;charset=utf-8');
      download(reportFileName(r.portal.origin, r.generatedAt, 'evidence.csv'), csv.evidence, 'text/csv;charset=utf-8');
    }
  };

  return (
    <main lang={locale} class="workspace">
      <header>
        <h1>
          {tr('appName')} · {tw('workspaceTitle')}
        </h1>
        {data?.report && <ProfileSelect current={data.report.checklist.id} onChange={() => void refresh()} />}
        <LanguageSelect />
      </header>
      <div class="actions">
        <button type="button" data-testid="audit-active" onClick={() => void auditOpenTab()}>
          {tw('auditThisPage')}
        </button>
        <label class="button">
          {tw('importReport')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            class="sr-only"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void importFile(input.files?.[0]).then(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {notice && (
        <p class="status" role="status" data-testid="workspace-notice">
          {notice}
        </p>
      )}
      {error && (
        <p class="failure" role="alert" data-testid="workspace-error">
          {error}
        </p>
      )}
      {!state ? (
        <p>{tw('noAuditYet')}</p>
      ) : (
        <WorkspaceContext.Provider value={state}>
          <PortalBar
            shown={state.portal}
            origins={state.audit.origins}
            portals={portals}
            tab={tabPortal}
            onChoose={(p) => void refresh(p)}
            onShowTab={() => {
              pinned.current = null;
              void refresh();
            }}
            onAuditTab={() => void auditOpenTab()}
          />
          <ScoreBox report={state.report} />
          {state.report.points?.estimated && (
            <p class="hint" data-testid="estimate-note">
              {tw('estimateNote')}
            </p>
          )}
          <div class="actions">
            <button type="button" data-testid="open-report" onClick={() => openReport(null)}>
              {tw('openReport')}
            </button>
            <button type="button" data-testid="open-summary" onClick={() => openReport(null, 'summary')}>
              {tw('openSummary')}
            </button>
            <button type="button" data-testid="ws-export-json" onClick={() => void exportAs('json')}>
              {tr('exportJson')}
            </button>
            <button type="button" data-testid="ws-export-csv" onClick={() => void exportAs('csv')}>
              {tw('exportCsv')}
            </button>
            <button type="button" data-testid="ws-export-html" onClick={() => void exportAs('html')}>
              {tw('exportHtml')}
            </button>
          </div>
          <EvidenceStepper report={state.report} tab={state.tab} />
          <HistoryPanel onOpenReport={openReport} />
          <PagesPanel />
          <div class="view-switch" role="group" aria-label={tw('views')}>
            <button type="button" data-testid="view-criteria" aria-pressed={view === 'criteria'} onClick={() => setView('criteria')}>
              {tw('viewCriteria')}
            </button>
            <button type="button" data-testid="view-guided" aria-pressed={view === 'guided'} onClick={() => setView('guided')}>
              {tw('viewGuided')}
            </button>
          </div>
          {view === 'guided' ? <GuidedAssessment /> : <CriteriaPanel />}
          <Legend report={state.report} />
        </WorkspaceContext.Provider>
      )}
    </main>
  );
}
