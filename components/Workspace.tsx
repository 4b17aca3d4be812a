import { useEffect, useState } from 'preact/hooks';
import { verdictsFor } from '@/lib/audit/attest';
import type { PortalAudit } from '@/lib/audit/model';
import { STATES, type Method, type State } from '@/lib/criteria/types';
import { requestAutoAuditPermission } from '@/lib/extension/platform';
import { readLocale, watchAuditStore, writeLocale } from '@/lib/extension/store';
import { failureText, methodLabel, stateLabel, t, type Locale } from '@/lib/i18n/strings';
import { formatFraction } from '@/lib/audit/score';
import { send } from '@/lib/messaging/client';
import type { Report, ReportCriterion } from '@/lib/report/schema';
import { compareReports, comparisonError, type Comparison } from '@/lib/report/compare';
import { toCsv } from '@/lib/report/csv';
import { toHtml } from '@/lib/report/html';
import { CompareView } from './Compare';
import { download, reportFileName } from './download';
import { CriterionItem } from './AuditView';
import type { TabTarget } from './EvidenceList';
import type { Request, Response } from '@/lib/messaging/protocol';


type Loaded = Extract<Response, { ok: true }>;

/**
 * The full audit: every criterion by group with filters, evidence and the
 * inspector's attestations, the pages and addresses of the portal. It
 * follows storage, so it updates live as pages are added from the popup.
 */
export function Workspace({ activeTabId }: { activeTabId: () => Promise<number | undefined> }) {
  const [locale, setLocale] = useState<Locale>('vi');
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [stateFilter, setStateFilter] = useState<State | 'all'>('all');
  const [methodFilter, setMethodFilter] = useState<Method | 'all'>('all');
  const portal = data?.audit?.origins[0] ?? null;

  const load = async (origin: string | null) => {
    const res = await send({ type: 'get-audit', origin });
    if (res.ok) setData(res);
    else setError(res.detail);
  };

  /** Send a change; show its error, or the updated audit. */
  const act = async (request: Request): Promise<boolean> => {
    const res = await send(request);
    if (!res.ok) {
      setError(failureText(locale, res.code, res.detail));
      return false;
    }
    setError('');
    if (res.audit) setData(res);
    return true;
  };

  useEffect(() => {
    void readLocale().then(setLocale);
    void load(null);
  }, []);
  useEffect(() => watchAuditStore(() => void load(portal)), [portal]);

  const [notice, setNotice] = useState('');
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice('');
    const res = await send({ type: 'import-report', text: await file.text() });
    if (!res.ok) return setError(failureText(locale, res.code, res.detail));
    setError('');
    if (res.report) setData(res);
    setNotice(t(locale, 'imported', { portal: res.report?.portal.origin ?? '' }));
  };

  const auditActiveTab = async () => {
    const tabId = await activeTabId();
    if (tabId === undefined) return setError(t(locale, 'errorNoTab'));
    await act({ type: 'audit-tab', tabId });
  };

  return (
    <main lang={locale} class="workspace">
      <header>
        <h1>
          {t(locale, 'appName')} · {t(locale, 'workspaceTitle')}
        </h1>
        <select
          aria-label={t(locale, 'language')}
          value={locale}
          onChange={(e) => {
            const l = (e.currentTarget as HTMLSelectElement).value as Locale;
            setLocale(l);
            void writeLocale(l);
          }}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </header>
      <div class="actions">
        <button type="button" data-testid="audit-active" onClick={() => void auditActiveTab()}>
          {t(locale, 'auditThisPage')}
        </button>
        <label class="button">
          {t(locale, 'importReport')}
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
      {!data?.audit || !data.report ? (
        <p>{t(locale, 'noAuditYet')}</p>
      ) : (
        <AuditWorkspace
          audit={data.audit}
          report={data.report}
          history={data.history.length}
          historyList={data.history}
          autoAudit={data.autoAudit}
          locale={locale}
          act={act}
          tab={activeTabId}
          stateFilter={stateFilter}
          setStateFilter={setStateFilter}
          methodFilter={methodFilter}
          setMethodFilter={setMethodFilter}
        />
      )}
    </main>
  );
}

function AuditWorkspace(props: {
  audit: PortalAudit;
  report: Report;
  history: number;
  historyList: PortalAudit[];
  autoAudit: boolean;
  locale: Locale;
  act: (r: Request) => Promise<boolean>;
  tab: TabTarget;
  stateFilter: State | 'all';
  setStateFilter: (s: State | 'all') => void;
  methodFilter: Method | 'all';
  setMethodFilter: (m: Method | 'all') => void;
}) {
  const { audit, report, locale, act } = props;
  const key = audit.origins[0]!;
  const results = report.criteria;
  const s = report.score;
  const [origin, setOrigin] = useState('');
  const [permissionNote, setPermissionNote] = useState('');
  const [comparison, setComparison] = useState<Comparison | null>(null);

  const reportPage = (auditId: string | null) =>
    void browser.tabs.create({
      url: browser.runtime.getURL(`/report.html?portal=${encodeURIComponent(key)}${auditId ? `&audit=${encodeURIComponent(auditId)}` : ''}&lang=${locale}`),
    });
  const exportCsv = () => {
    const csv = toCsv(report, locale);
    download(reportFileName(report.portal.origin, report.generatedAt, 'csv'), csv.criteria, 'text/csv;charset=utf-8');
    download(reportFileName(report.portal.origin, report.generatedAt, 'evidence.csv'), csv.evidence, 'text/csv;charset=utf-8');
  };
  const exportHtml = () => download(reportFileName(report.portal.origin, report.generatedAt, 'html'), toHtml(report, locale), 'text/html;charset=utf-8');
  const exportJson = () =>
    download(reportFileName(report.portal.origin, report.generatedAt, 'json'), JSON.stringify(report, null, 2), 'application/json');
  const compareWith = async (auditId: string) => {
    const res = await send({ type: 'get-report', portal: key, auditId });
    if (!res.ok || !res.report) return void act({ type: 'get-report', portal: key, auditId });
    const older = res.report;
    const refused = comparisonError(older, report);
    if (refused) return setPermissionNote(refused[locale]);
    setComparison(compareReports(older, report));
  };
  const visible = results.filter(
    (r) =>
      (props.stateFilter === 'all' || r.state === props.stateFilter) &&
      (props.methodFilter === 'all' || r.method === props.methodFilter),
  );

  const toggleAutoAudit = async (enabled: boolean) => {
    if (enabled && !(await requestAutoAuditPermission())) return setPermissionNote(t(locale, 'autoAuditDenied'));
    setPermissionNote('');
    await act({ type: 'set-auto-audit', portal: key, enabled });
  };

  return (
    <>
      <section class="score">
        <div class="label">
          {t(locale, 'portal')}: <strong>{audit.origins.join(', ')}</strong>
        </div>
        <div class="value" data-testid="score">
          {s.formatted[locale]}
        </div>
        <div class="counts">
          {STATES.filter((st) => (s.counts[st] ?? 0) > 0)
            .map((st) => `${stateLabel(locale, st)} ${s.counts[st]}`)
            .join(' · ')}
        </div>
        <div class="hint">
          {t(locale, 'createdAt', { at: new Date(audit.createdAt).toLocaleString(locale) })} · {t(locale, 'history', { n: props.history })}
        </div>
      </section>

      <div class="actions">
        <button type="button" data-testid="open-report" onClick={() => reportPage(null)}>
          {t(locale, 'openReport')}
        </button>
        <button type="button" data-testid="ws-export-json" onClick={exportJson}>
          {t(locale, 'exportJson')}
        </button>
        <button type="button" data-testid="ws-export-csv" onClick={exportCsv}>
          {t(locale, 'exportCsv')}
        </button>
        <button type="button" data-testid="ws-export-html" onClick={exportHtml}>
          {t(locale, 'exportHtml')}
        </button>
      </div>

      {comparison && <CompareView cmp={comparison} locale={locale} onClose={() => setComparison(null)} />}

      {props.historyList.length > 0 && (
        <details class="box" data-testid="history">
          <summary>
            {t(locale, 'historyTitle')} ({props.historyList.length})
          </summary>
          <ul class="pages">
            {props.historyList.map((h) => (
              <li key={h.id} data-audit={h.id}>
                {new Date(h.createdAt).toLocaleString(locale)} · {t(locale, 'pagesAudited', { n: h.pages.length })}{' '}
                <button type="button" class="link" onClick={() => reportPage(h.id)}>
                  {t(locale, 'view')}
                </button>{' '}
                <button type="button" class="link" data-testid="compare-with-current" onClick={() => void compareWith(h.id)}>
                  {t(locale, 'compareWithCurrent')}
                </button>{' '}
                <button type="button" class="link" onClick={() => void act({ type: 'restore-audit', portal: key, auditId: h.id })}>
                  {t(locale, 'restore')}
                </button>{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    if (confirm(t(locale, 'deleteConfirm'))) void act({ type: 'delete-audit', portal: key, auditId: h.id });
                  }}
                >
                  {t(locale, 'delete')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      <details class="box">
        <summary>
          {t(locale, 'pages')} ({report.pages.length})
        </summary>
        <ul class="pages" data-testid="pages">
          {report.pages.map((p) => (
            <li key={p.url}>
              <span class="url" title={p.url}>
                {p.title || p.url}
              </span>
              <span class="muted"> {p.url}</span>
              <button type="button" class="link" onClick={() => void act({ type: 'remove-page', portal: key, url: p.url })}>
                {t(locale, 'removePage')}
              </button>
            </li>
          ))}
        </ul>
        <h3>{t(locale, 'origins')}</h3>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void act({ type: 'link-origin', portal: key, origin }).then((ok) => ok && setOrigin(''));
          }}
        >
          <input value={origin} placeholder={t(locale, 'linkOriginPlaceholder')} onInput={(e) => setOrigin((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">{t(locale, 'linkOrigin')}</button>
        </form>
        <label class="row">
          <input type="checkbox" checked={props.autoAudit} onChange={(e) => void toggleAutoAudit((e.currentTarget as HTMLInputElement).checked)} />
          {t(locale, 'autoAudit')}
        </label>
        <p class="hint">{permissionNote || t(locale, 'autoAuditHint')}</p>
        <button
          type="button"
          onClick={() => {
            if (confirm(t(locale, 'newAuditConfirm'))) void act({ type: 'new-audit', portal: key });
          }}
        >
          {t(locale, 'newAudit')}
        </button>
      </details>

      <div class="filters">
        <label>
          {t(locale, 'filterState')}{' '}
          <select data-testid="filter-state" value={props.stateFilter} onChange={(e) => props.setStateFilter((e.currentTarget as HTMLSelectElement).value as State | 'all')}>
            <option value="all">{t(locale, 'filterAll')}</option>
            {STATES.map((st) => (
              <option key={st} value={st}>
                {stateLabel(locale, st)} ({s.counts[st] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(locale, 'filterMethod')}{' '}
          <select value={props.methodFilter} onChange={(e) => props.setMethodFilter((e.currentTarget as HTMLSelectElement).value as Method | 'all')}>
            <option value="all">{t(locale, 'filterAll')}</option>
            {(['auto', 'auto*', 'assisted', 'manual'] as const).map((m) => (
              <option key={m} value={m}>
                {methodLabel(locale, m)}
              </option>
            ))}
          </select>
        </label>
      </div>

      {report.groups.map((g) => {
        const inGroup = visible.filter((r) => r.group === g.id);
        if (inGroup.length === 0) return null;
        return (
          <section key={g.id} class="group" data-group={g.id}>
            <h2>
              {g.id} · {g.title[locale]} <span class="gscore">{formatFraction(g, locale)}</span>
            </h2>
            <ul class="criteria">
              {inGroup.map((r) => (
                <WorkspaceCriterion key={r.id} result={r} portal={key} locale={locale} act={act} tab={props.tab} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function WorkspaceCriterion({ result, portal, locale, act, tab }: { result: ReportCriterion; portal: string; locale: Locale; act: (r: Request) => Promise<boolean>; tab: TabTarget }) {
  const [note, setNote] = useState(result.attestation?.note ?? '');
  const [author, setAuthor] = useState(result.attestation?.author ?? '');
  const [verdict, setVerdict] = useState(result.attestation?.state ?? verdictsFor(result.method)[0]!);
  const [saved, setSaved] = useState('');
  // Automatic findings that proved "met" are not for the inspector to overrule.
  const canAttest = result.method === 'assisted' || result.method === 'manual' || result.automaticState !== 'met';
  const save = async () => {
    const ok = await act({ type: 'attest', portal, criterionId: result.id, state: verdict, note, ...(author ? { author } : {}) });
    setSaved(ok ? t(locale, 'saved') : '');
  };
  return (
    <CriterionItem result={result} locale={locale} tab={tab}>
      <div class="detail">
        {result.attestation && (
          <button type="button" class="link" data-testid="withdraw" onClick={() => void act({ type: 'withdraw', portal, criterionId: result.id })}>
            {t(locale, 'withdraw')}
          </button>
        )}
        {canAttest && (
          <form
            class="attest"
            data-testid="attest-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <h3>{t(locale, 'attestTitle')}</h3>
            <label>
              {t(locale, 'verdict')}{' '}
              <select name="verdict" value={verdict} onChange={(e) => setVerdict((e.currentTarget as HTMLSelectElement).value as typeof verdict)}>
                {verdictsFor(result.method).map((v) => (
                  <option key={v} value={v}>
                    {stateLabel(locale, v)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t(locale, 'note')}
              <textarea name="note" rows={2} value={note} placeholder={t(locale, 'notePlaceholder')} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
            </label>
            <label>
              {t(locale, 'author')}
              <input name="author" value={author} onInput={(e) => setAuthor((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <button type="submit">{t(locale, 'save')}</button> <span class="status">{saved}</span>
          </form>
        )}
      </div>
    </CriterionItem>
  );
}
