import { useMemo, useState } from 'preact/hooks';
import type { PortalAudit } from '@/lib/audit/model';
import { mergeFindings, type CriterionResult } from '@/lib/audit/merge';
import { pageKey } from '@/lib/audit/portal';
import { formatFraction, score } from '@/lib/audit/score';
import type { Profile } from '@/lib/criteria';
import { GROUP_IDS, type State } from '@/lib/criteria/types';
import { send } from '@/lib/messaging/client';
import { methodLabel, stateLabel, t, type Locale } from '@/lib/i18n/strings';
import { EvidenceList, showOnPage, type TabTarget } from './EvidenceList';

/** Not met and errors first, then what needs review: what to act on. */
const ACT_ON: readonly State[] = ['not_met', 'error', 'needs_review'];

export function AuditView({ audit, profile, locale, tab }: { audit: PortalAudit; profile: Profile; locale: Locale; tab?: TabTarget }) {
  const results = useMemo(() => mergeFindings(profile.criteria, audit.pages, audit.attestations), [audit, profile]);
  const s = useMemo(() => score(results, GROUP_IDS), [results]);
  const [showAll, setShowAll] = useState(false);
  const [overlay, setOverlay] = useState('');
  const toFix = results
    .filter((r) => ACT_ON.includes(r.state))
    .sort((a, b) => ACT_ON.indexOf(a.state) - ACT_ON.indexOf(b.state));
  const truncated = audit.pages.some((p) => p.truncated.length > 0);

  return (
    <div class="audit">
      <section class="score" aria-labelledby="score-label">
        <div id="score-label" class="label">{t(locale, 'score')}</div>
        <div class="value" data-testid="score">{formatFraction(s, locale)}</div>
        <div class="counts" data-testid="counts">
          {t(locale, 'counts', {
            met: s.counts.met,
            not_met: s.counts.not_met,
            needs_review: s.counts.needs_review,
            not_checked: s.counts.not_checked,
          })}
        </div>
        <div class="pages">{t(locale, 'pagesAudited', { n: audit.pages.length })} · {audit.origins[0]}</div>
        <div class="hint">{t(locale, 'scoreHint')}</div>
        {truncated && <div class="warning" role="status">{t(locale, 'truncatedWarning')}</div>}
      </section>

      {tab && (
        <div class="actions">
          <button
            type="button"
            data-testid="show-all-on-page"
            onClick={() => {
              // Evidence of every criterion found on the page the tab shows.
              void tab().then(async (tabId) => {
                const url = tabId === undefined ? undefined : (await browser.tabs.get(tabId)).url;
                const here = url ? pageKey(url) : null;
                const items = results.flatMap((r) =>
                  r.evidence.filter((e) => pageKey(e.pageUrl) === here).map((e) => ({ selector: e.selector, label: r.criterion.id })),
                );
                setOverlay(await showOnPage(tab, locale, items, url ?? null, false));
              });
            }}
          >
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
          {s.groups.map((g) => {
            const group = profile.groups.find((pg) => pg.id === g.id)!;
            return (
              <li key={g.id} title={group.title[locale]}>
                <span class="gid">{g.id}</span>
                <span class="gname">{group.title[locale]}</span>
                <span class="gscore">
                  {g.met}/{g.total}
                </span>
                <span class="bar" aria-hidden="true">
                  <span style={{ width: `${g.percent}%` }} />
                </span>
              </li>
            );
          })}
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
              <CriterionItem key={r.criterion.id} result={r} locale={locale} {...(tab ? { tab } : {})} />
            ))}
          </ul>
        )}
      </section>

      <section>
        <button type="button" class="link" data-testid="toggle-all" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {t(locale, 'showAll', { n: results.length })}
        </button>
        {showAll && (
          <ul class="criteria" data-testid="all-criteria">
            {results.map((r) => (
              <CriterionItem key={r.criterion.id} result={r} locale={locale} {...(tab ? { tab } : {})} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** One criterion; expands to its evidence or to why it is missing. Page text is rendered as text. */
export function CriterionItem({ result, locale, tab }: { result: CriterionResult; locale: Locale; tab?: TabTarget }) {
  const c = result.criterion;
  return (
    <li class={`criterion state-${result.state}`} data-criterion={c.id} data-state={result.state}>
      <details>
        <summary>
          <span class={`badge ${result.state}`}>{stateLabel(locale, result.state)}</span>
          <span class="cid">{c.id}</span> <span class="ctitle">{c.title[locale]}</span>
        </summary>
        <div class="detail">
          {result.message && <p class="message">{result.message[locale]}</p>}
          {result.attestation && (
            <p class="attestation">
              {result.attestation.author ? `${result.attestation.author}: ` : ''}
              {result.attestation.note}
            </p>
          )}
          {result.evidence.length > 0 ? (
            <EvidenceList evidence={result.evidence} criterionId={c.id} locale={locale} {...(tab ? { tab } : {})} />
          ) : (
            !result.message && <p class="message">{t(locale, 'noEvidence')}</p>
          )}
          <p class="meta">
            <strong>{t(locale, 'method')}:</strong> {methodLabel(locale, c.method)} · <strong>{t(locale, 'basis')}:</strong> {c.basis}
          </p>
          <p class="how">
            <strong>{t(locale, 'howToVerify')}:</strong> {c.howToVerify[locale]}
          </p>
        </div>
      </details>
    </li>
  );
}
