import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { pageKey } from '@/lib/audit/portal';
import type { State } from '@/lib/criteria/types';
import { methodLabel, stateLabel, t, type Locale } from '@/lib/i18n/strings';
import { send } from '@/lib/messaging/client';
import { pageLine, pageTypeName, pageWarnings, platformNames } from '@/lib/report/pages';
import type { Report, ReportCriterion } from '@/lib/report/schema';
import { EvidenceList, showOnPage, type TabTarget } from './EvidenceList';

/** Not met and errors first, then what needs review: what to act on. */
const ACT_ON: readonly State[] = ['not_met', 'error', 'needs_review'];

/** The popup's at-a-glance view of a report (made by the background). */
export function AuditView({ report, locale, tab }: { report: Report; locale: Locale; tab?: TabTarget }) {
  const [showAll, setShowAll] = useState(false);
  const [overlay, setOverlay] = useState('');
  const toFix = report.criteria
    .filter((r) => ACT_ON.includes(r.state))
    .sort((a, b) => ACT_ON.indexOf(a.state) - ACT_ON.indexOf(b.state));
  const truncated = report.pages.some((p) => p.truncated.length > 0);
  const c = report.score.counts;
  const platforms = platformNames(report.portal.platforms);
  const last = [...report.pages].sort((a, b) => (a.auditedAt < b.auditedAt ? -1 : 1)).at(-1);
  const lastType = last ? pageTypeName(last.pageType, locale) : null;
  const warnings = report.pages.flatMap((p) => pageWarnings(p, locale).map((w) => `${w} (${p.url})`));

  const showAllOnPage = async (target: TabTarget) => {
    const tabId = await target();
    const url = tabId === undefined ? undefined : (await browser.tabs.get(tabId)).url;
    const here = url ? pageKey(url) : null;
    // Evidence of every criterion found on the page the tab shows.
    const items = report.criteria.flatMap((r) =>
      r.evidence.filter((e) => pageKey(e.pageUrl) === here).map((e) => ({ selector: e.selector, label: r.id })),
    );
    setOverlay(await showOnPage(target, locale, items, url ?? null, false));
  };

  return (
    <div class="audit">
      <section class="score" aria-labelledby="score-label">
        <div id="score-label" class="label">
          {t(locale, 'score')}
        </div>
        <div class="value" data-testid="score">
          {report.score.formatted[locale]}
        </div>
        <div class="counts" data-testid="counts">
          {t(locale, 'counts', { met: c.met ?? 0, not_met: c.not_met ?? 0, needs_review: c.needs_review ?? 0, not_checked: c.not_checked ?? 0 })}
        </div>
        <div class="pages">
          {t(locale, 'pagesAudited', { n: report.pages.length })} · {report.portal.origin}
        </div>
        {(platforms || lastType) && (
          <div class="pages" data-testid="platform">
            {[platforms && pageLine('platform', platforms, locale), lastType && pageLine('pageType', lastType, locale)]
              .filter(Boolean)
              .join(' · ')}
          </div>
        )}
        <div class="hint">{t(locale, 'scoreHint')}</div>
        {warnings.map((w) => (
          <div class="warning" role="status" data-testid="page-warning" key={w}>
            {w}
          </div>
        ))}
        {truncated && (
          <div class="warning" role="status">
            {t(locale, 'truncatedWarning')}
          </div>
        )}
      </section>

      {tab && (
        <div class="actions">
          <button type="button" data-testid="show-all-on-page" onClick={() => void showAllOnPage(tab)}>
            {t(locale, 'showAllOnPage')}
          </button>
          <button
            type="button"
            data-testid="hide-on-page"
            onClick={() =>
              void tab().then(async (tabId) => {
                if (tabId !== undefined) await send({ type: 'clear-highlight', tabId });
                setOverlay('');
              })
            }
          >
            {t(locale, 'hideOnPage')}
          </button>
          <span class="status" role="status" data-testid="overlay-status">
            {overlay}
          </span>
        </div>
      )}

      <section aria-labelledby="groups-label">
        <h2 id="groups-label">{t(locale, 'groups')}</h2>
        <ul class="groups" data-testid="groups">
          {report.groups.map((g) => (
            <li key={g.id} title={g.title[locale]}>
              <span class="gid">{g.id}</span>
              <span class="gname">{g.title[locale]}</span>
              <span class="gscore">
                {g.met}/{g.total}
              </span>
              <span class="bar" aria-hidden="true">
                <span style={{ width: `${g.percent}%` }} />
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tofix-label">
        <h2 id="tofix-label">
          {t(locale, 'toFix')} ({toFix.length})
        </h2>
        {toFix.length === 0 ? (
          <p>{t(locale, 'noneToFix')}</p>
        ) : (
          <ul class="criteria" data-testid="to-fix">
            {toFix.map((r) => (
              <CriterionItem key={r.id} result={r} locale={locale} {...(tab ? { tab } : {})} />
            ))}
          </ul>
        )}
      </section>

      <section>
        <button type="button" class="link" data-testid="toggle-all" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {t(locale, 'showAll', { n: report.criteria.length })}
        </button>
        {showAll && (
          <ul class="criteria" data-testid="all-criteria">
            {report.criteria.map((r) => (
              <CriterionItem key={r.id} result={r} locale={locale} {...(tab ? { tab } : {})} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/**
 * One criterion; expands to its evidence or to why it is missing (and to
 * whatever the caller adds, e.g. the attestation form). Page text is
 * rendered as text.
 */
export function CriterionItem({ result, locale, tab, children }: { result: ReportCriterion; locale: Locale; tab?: TabTarget; children?: ComponentChildren }) {
  return (
    <li class={`criterion state-${result.state}`} data-criterion={result.id} data-state={result.state} data-source={result.source}>
      <details>
        <summary>
          <span class={`badge ${result.state}`}>{stateLabel(locale, result.state)}</span>
          {result.source === 'inspector' && <span class="badge inspector">{t(locale, 'inspectorSource')}</span>}
          <span class="cid">{result.id}</span> <span class="ctitle">{result.title[locale]}</span>
        </summary>
        <CriterionDetail result={result} locale={locale} {...(tab ? { tab } : {})} />
        {children}
      </details>
    </li>
  );
}

/** Why a criterion is in its state: message, evidence, attestation, basis, how to verify. */
export function CriterionDetail({ result, locale, tab }: { result: ReportCriterion; locale: Locale; tab?: TabTarget }) {
  return (
    <div class="detail">
      {result.message && <p class="message">{result.message[locale]}</p>}
      {result.evidence.length > 0 ? (
        <EvidenceList evidence={result.evidence} criterionId={result.id} locale={locale} {...(tab ? { tab } : {})} />
      ) : (
        !result.message && <p class="message">{t(locale, 'noEvidence')}</p>
      )}
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
        </div>
      )}
      <p class="meta">
        <strong>{t(locale, 'method')}:</strong> {methodLabel(locale, result.method)} · <strong>{t(locale, 'basis')}:</strong> {result.basis}
      </p>
      <p class="how">
        <strong>{t(locale, 'howToVerify')}:</strong> {result.howToVerify[locale]}
      </p>
    </div>
  );
}
