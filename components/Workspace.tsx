import { useEffect, useMemo, useState } from 'preact/hooks';
import { verdictsFor } from '@/lib/audit/attest';
import type { PortalAudit } from '@/lib/audit/model';
import { mergeFindings, type CriterionResult } from '@/lib/audit/merge';
import { formatFraction, score } from '@/lib/audit/score';
import { DEFAULT_PROFILE as profile } from '@/lib/criteria';
import { GROUP_IDS, STATES, type Method, type State } from '@/lib/criteria/types';
import { requestAutoAuditPermission } from '@/lib/extension/platform';
import { readLocale, watchAuditStore, writeLocale } from '@/lib/extension/store';
import { methodLabel, stateLabel, t, type Locale } from '@/lib/i18n/strings';
import { send } from '@/lib/messaging/client';
import { EvidenceList, type TabTarget } from './EvidenceList';
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
      setError(t(locale, res.code === 'invalid' ? 'errorInvalid' : 'errorUnknown', { detail: res.detail }));
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
      </div>
      {error && (
        <p class="failure" role="alert" data-testid="workspace-error">
          {error}
        </p>
      )}
      {!data?.audit ? (
        <p>{t(locale, 'noAuditYet')}</p>
      ) : (
        <AuditWorkspace
          audit={data.audit}
          history={data.history.length}
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
  history: number;
  autoAudit: boolean;
  locale: Locale;
  act: (r: Request) => Promise<boolean>;
  tab: TabTarget;
  stateFilter: State | 'all';
  setStateFilter: (s: State | 'all') => void;
  methodFilter: Method | 'all';
  setMethodFilter: (m: Method | 'all') => void;
}) {
  const { audit, locale, act } = props;
  const key = audit.origins[0]!;
  const results = useMemo(() => mergeFindings(profile.criteria, audit.pages, audit.attestations), [audit]);
  const s = useMemo(() => score(results, GROUP_IDS), [results]);
  const [origin, setOrigin] = useState('');
  const [permissionNote, setPermissionNote] = useState('');
  const visible = results.filter(
    (r) =>
      (props.stateFilter === 'all' || r.state === props.stateFilter) &&
      (props.methodFilter === 'all' || r.criterion.method === props.methodFilter),
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
          {formatFraction(s, locale)}
        </div>
        <div class="counts">
          {STATES.filter((st) => s.counts[st] > 0)
            .map((st) => `${stateLabel(locale, st)} ${s.counts[st]}`)
            .join(' · ')}
        </div>
        <div class="hint">
          {t(locale, 'createdAt', { at: new Date(audit.createdAt).toLocaleString(locale) })} · {t(locale, 'history', { n: props.history })}
        </div>
      </section>

      <details class="box">
        <summary>
          {t(locale, 'pages')} ({audit.pages.length})
        </summary>
        <ul class="pages" data-testid="pages">
          {audit.pages.map((p) => (
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
                {stateLabel(locale, st)} ({s.counts[st]})
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

      {profile.groups.map((g) => {
        const inGroup = visible.filter((r) => r.criterion.group === g.id);
        if (inGroup.length === 0) return null;
        const gs = s.groups.find((x) => x.id === g.id)!;
        return (
          <section key={g.id} class="group" data-group={g.id}>
            <h2>
              {g.id} · {g.title[locale]} <span class="gscore">{formatFraction(gs, locale)}</span>
            </h2>
            <ul class="criteria">
              {inGroup.map((r) => (
                <WorkspaceCriterion key={r.criterion.id} result={r} portal={key} locale={locale} act={act} tab={props.tab} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function WorkspaceCriterion({ result, portal, locale, act, tab }: { result: CriterionResult; portal: string; locale: Locale; act: (r: Request) => Promise<boolean>; tab: TabTarget }) {
  const c = result.criterion;
  const [note, setNote] = useState(result.attestation?.note ?? '');
  const [author, setAuthor] = useState(result.attestation?.author ?? '');
  const [verdict, setVerdict] = useState(result.attestation?.state ?? verdictsFor(c)[0]!);
  const [saved, setSaved] = useState('');
  const canAttest = c.method === 'assisted' || c.method === 'manual' || result.automaticState === 'not_met' || result.automaticState === 'not_checked' || result.automaticState === 'error';
  const save = async (state = verdict) => {
    const ok = await act({ type: 'attest', portal, criterionId: c.id, state, note, ...(author ? { author } : {}) });
    setSaved(ok ? t(locale, 'saved') : '');
  };
  return (
    <li class={`criterion state-${result.state}`} data-criterion={c.id} data-state={result.state} data-source={result.source}>
      <details>
        <summary>
          <span class={`badge ${result.state}`}>{stateLabel(locale, result.state)}</span>
          {result.source === 'inspector' && <span class="badge inspector">{t(locale, 'inspectorSource')}</span>}
          <span class="cid">{c.id}</span> <span class="ctitle">{c.title[locale]}</span>
        </summary>
        <div class="detail">
          {result.message && <p class="message">{result.message[locale]}</p>}
          {result.evidence.length > 0 && <EvidenceList evidence={result.evidence} criterionId={c.id} locale={locale} tab={tab} />}
          <p class="meta">
            <strong>{t(locale, 'method')}:</strong> {methodLabel(locale, c.method)} · <strong>{t(locale, 'basis')}:</strong> {c.basis}
          </p>
          <p class="how">
            <strong>{t(locale, 'howToVerify')}:</strong> {c.howToVerify[locale]}
          </p>
          {result.attestation && (
            <div class="attestation" data-testid="attestation">
              <p>
                {result.attestation.author
                  ? t(locale, 'attestedBy', { author: result.attestation.author, at: new Date(result.attestation.at).toLocaleString(locale) })
                  : t(locale, 'attestedAt', { at: new Date(result.attestation.at).toLocaleString(locale) })}
                {' · '}
                {t(locale, 'automaticWas', { state: stateLabel(locale, result.automaticState) })}
              </p>
              {result.attestation.note && <p class="note">{result.attestation.note}</p>}
              <button type="button" class="link" onClick={() => void act({ type: 'withdraw', portal, criterionId: c.id })}>
                {t(locale, 'withdraw')}
              </button>
            </div>
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
                  {verdictsFor(c).map((v) => (
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
      </details>
    </li>
  );
}
