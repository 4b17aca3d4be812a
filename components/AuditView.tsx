import { useState } from 'preact/hooks';
import type { State } from '@/lib/criteria/types';
import { vietnamTimeLabelled } from '@/lib/i18n/time';
import { pageLine, pageTypeName, pageWarnings, platformNames } from '@/lib/report/pages';
import type { Report } from '@/lib/report/schema';
import { CriteriaFilters } from './CriteriaFilters';
import { CriterionItem, Legend } from './Criterion';
import { filterCriteria, isFiltering, NO_FILTER } from './criteria-filter';
import type { TabTarget } from './EvidenceList';
import { EvidenceStepper } from './EvidenceStepper';
import { useLocale } from './hooks';

/** Not met and errors first, then what needs review: what to act on. */
const ACT_ON: readonly State[] = ['not_met', 'error', 'needs_review'];

/** When the audit last read a page. */
export const lastAuditedAt = (report: Report) => report.pages.map((p) => p.auditedAt).sort().at(-1) ?? null;

/** The score of a report: the ministry's format, the counts that are not hidden behind it, pages, when. */
export function ScoreBox({ report }: { report: Report }) {
  const { locale, tr } = useLocale();
  const c = report.score.counts;
  const truncated = report.pages.some((p) => p.truncated.length > 0);
  const last = lastAuditedAt(report);
  const platforms = platformNames(report.portal.platforms);
  const lastPage = [...report.pages].sort((a, b) => (a.auditedAt < b.auditedAt ? -1 : 1)).at(-1);
  const lastType = lastPage ? pageTypeName(lastPage.pageType, locale) : null;
  const warnings = report.pages.flatMap((p) => pageWarnings(p, locale).map((w) => `${w} (${p.url})`));
  const p = report.points;
  return (
    <section class="score" aria-labelledby="score-label">
      <div id="score-label" class="label">
        {tr(p ? 'profile2024' : 'score')}
      </div>
      {p && (
        <>
          <div class="value" data-testid="points">
            {p.formatted[locale]}
          </div>
          <div class="level" data-testid="level" data-level={p.level?.id}>
            <strong>{p.levelFormatted[locale]}</strong> · {tr('coverage', { pct: locale == 'vi' ? String(p.coverage).replace('.', ',') : p.coverage })}
          </div>
        </>
      )}
      <div class="value" data-testid="score">
        {report.score.formatted[locale]}
      </div>
      <div class="counts" data-testid="counts">
        {tr('counts', { met: c.met ?? 0, not_met: c.not_met ?? 0, needs_review: c.needs_review ?? 0, not_checked: c.not_checked ?? 0 })}
      </div>
      <div class="pages">
        {tr('pagesAudited', { n: report.pages.length })} · {report.portal.origin}
      </div>
      {(platforms || lastType) && (
        <div class="pages" data-testid="platform">
          {[platforms && pageLine('platform', platforms, locale), lastType && pageLine('pageType', lastType, locale)].filter(Boolean).join(' · ')}
        </div>
      )}
      {last && (
        <div class="when" data-testid="last-audited">
          {tr('lastAudited', { at: vietnamTimeLabelled(last, locale) })}
        </div>
      )}
      <div class="hint">{tr('scoreHint')}</div>
      {warnings.map((w) => (
        <div class="warning" role="status" data-testid="page-warning" key={w}>
          {w}
        </div>
      ))}
      {truncated && (
        <div class="warning" role="status">
          {tr('truncatedWarning')}
        </div>
      )}
    </section>
  );
}

/** The popup's at-a-glance view of a report (made by the background). */
export function AuditView({ report, tab }: { report: Report; tab?: TabTarget }) {
  const { locale, tr } = useLocale();
  const [showAll, setShowAll] = useState(false);
  const [filter, setFilter] = useState(NO_FILTER);
  const toFix = report.criteria.filter((r) => ACT_ON.includes(r.state)).sort((a, b) => ACT_ON.indexOf(a.state) - ACT_ON.indexOf(b.state));
  const filtered = filterCriteria(report, filter);
  const item = (r: Report['criteria'][number]) => <CriterionItem key={r.id} result={r} report={report} {...(tab ? { tab } : {})} />;

  return (
    <div class="audit">
      <ScoreBox report={report} />
      {tab && <EvidenceStepper report={report} tab={tab} />}

      <section aria-labelledby="groups-label">
        <h2 id="groups-label">{tr('groups')}</h2>
        <ul class="groups" data-testid="groups">
          {report.groups.map((g) => {
            const gp = report.points?.groups.find((x) => x.id === g.id);
            const width = gp ? (gp.points / gp.maxPoints) * 100 : g.percent;
            return (
              <li key={g.id} title={g.title[locale]}>
                <span class="gid">{g.id}</span>
                <span class="gname">{g.title[locale]}</span>
                <span class="gscore" data-testid={gp ? 'group-points' : undefined}>
                  {gp ? gp.formatted[locale] : `${g.met}/${g.total}`}
                </span>
                <span class="bar" aria-hidden="true">
                  <span style={{ width: `${width}%` }} />
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <CriteriaFilters report={report} filter={filter} onChange={setFilter} shown={filtered.length} />

      {isFiltering(filter) ? (
        <section aria-label={tr('filteredCount', { n: filtered.length })}>
          {filtered.length === 0 ? (
            <p>{tr('noMatch')}</p>
          ) : (
            <ul class="criteria" data-testid="filtered">
              {filtered.map(item)}
            </ul>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="tofix-label">
            <h2 id="tofix-label">
              {tr('toFix')} ({toFix.length})
            </h2>
            {toFix.length === 0 ? (
              <p>{tr('noneToFix')}</p>
            ) : (
              <ul class="criteria" data-testid="to-fix">
                {toFix.map(item)}
              </ul>
            )}
          </section>
          <section aria-label={tr('allCriteria')}>
            <button type="button" class="link" data-testid="toggle-all" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
              {tr('showAll', { n: report.criteria.length })}
            </button>
            {showAll && (
              <ul class="criteria" data-testid="all-criteria">
                {report.criteria.map(item)}
              </ul>
            )}
          </section>
        </>
      )}
      <Legend report={report} />
    </div>
  );
}
