import { useState } from 'preact/hooks';
import { formatFraction, formatPercent } from '@/lib/audit/score';
import { CriteriaFilters } from '../CriteriaFilters';
import { CriterionItem } from '../Criterion';
import { filterCriteria, NO_FILTER } from '../criteria-filter';
import { AttestationForm } from './AttestationForm';
import { useWorkspace } from './context';
import { useStrings } from './strings';

/** Every criterion by group, found and filtered, each with its attestation form. */
export function CriteriaPanel() {
  const { locale, tr, tw } = useStrings();
  const ws = useWorkspace();
  const [filter, setFilter] = useState(NO_FILTER);
  const visible = filterCriteria(ws.report, filter);
  return (
    <>
      <CriteriaFilters report={ws.report} filter={filter} onChange={setFilter} shown={visible.length} />
      {visible.length === 0 && <p>{tr('noMatch')}</p>}
      {ws.report.groups.map((g) => {
        const inGroup = visible.filter((r) => r.group === g.id);
        if (inGroup.length === 0) return null;
        return (
          <section key={g.id} class="group" data-group={g.id} aria-labelledby={`group-${g.id}`}>
            <h2 id={`group-${g.id}`}>
              {g.id} · {g.title[locale]} <span class="gscore">{formatFraction(g, locale)}</span>
              {ws.report.points?.groups.find((x) => x.id === g.id) && (
                <span class="gscore" data-testid="group-points">
                  {' '}
                  · {ws.report.points.groups.find((x) => x.id === g.id)!.formatted[locale]} ·{' '}
                  {tr('coverage', { pct: formatPercent(ws.report.points.groups.find((x) => x.id === g.id)!.coverage, locale) })}
                </span>
              )}
            </h2>
            <ul class="criteria">
              {inGroup.map((r) => (
                <CriterionItem key={r.id} result={r} report={ws.report} tab={ws.tab}>
                  {r.points === 0 && (
                    <p class="hint" data-testid="info-only">
                      {tw('infoOnly')}
                    </p>
                  )}
                  <AttestationForm result={r} />
                </CriterionItem>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
