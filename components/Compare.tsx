import type { Comparison, CriterionChange } from '@/lib/report/compare';
import { stateLabel } from '@/lib/i18n/strings';
import { vietnamTimeLabelled } from '@/lib/i18n/time';
import { useStrings } from './workspace/strings';

const ORDER: readonly CriterionChange[] = ['lost', 'not_revisited', 'gained', 'changed'];
const BADGE: Record<CriterionChange, string> = { gained: 'met', lost: 'not_met', not_revisited: 'not_checked', changed: 'needs_review', unchanged: '' };

/** What changed between two audits of a portal: score, groups, criteria, and which pages each covers. */
export function CompareView({ cmp, onClose }: { cmp: Comparison; onClose: () => void }) {
  const { locale, tr, tw } = useStrings();
  const changed = cmp.criteria.filter((c) => c.change !== 'unchanged').sort((a, b) => ORDER.indexOf(a.change) - ORDER.indexOf(b.change));
  const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
  const pages = [...new Set([...cmp.pages.older, ...cmp.pages.newer])];
  return (
    <section class="box compare" data-testid="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{tw('compareTitle', { old: vietnamTimeLabelled(cmp.older.auditedAt, locale), new: vietnamTimeLabelled(cmp.newer.auditedAt, locale) })}</h2>
      {cmp.warnings.map((w, i) => (
        <p key={i} class="warning">
          {w[locale]}
        </p>
      ))}
      <p class="value" data-testid="compare-score">
        {cmp.score.formatted.old[locale]} → {cmp.score.formatted.new[locale]} ({sign(cmp.score.delta)})
      </p>
      <div class="table-scroll">
        <table class="groups-delta">
          <tbody>
            {cmp.groups.map((g) => (
              <tr key={g.id} class={g.delta > 0 ? 'up' : g.delta < 0 ? 'down' : ''}>
                <th scope="row">{g.id}</th>
                <td>
                  {g.old}/{g.total} → {g.new}/{g.total}
                </td>
                <td>{sign(g.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul class="criteria" data-testid="compare-criteria">
        {changed.map((c) => (
          <li key={c.id} data-criterion={c.id} data-change={c.change}>
            <span class={`badge ${BADGE[c.change]}`}>{tw(c.change)}</span>
            <span class="cid">{c.id}</span> {c.title[locale]}: {stateLabel(locale, c.old)} → {stateLabel(locale, c.new)}
          </li>
        ))}
      </ul>
      {changed.some((c) => c.change === 'not_revisited') && <p class="hint">{tw('notRevisitedHint')}</p>}
      <details class="pages-compared">
        <summary>
          {tw('comparePages')} ({tw('compareOlder')} {cmp.pages.older.length}, {tw('compareNewer')} {cmp.pages.newer.length})
        </summary>
        <ul class="pages" data-testid="compare-pages">
          {pages.map((u) => (
            <li key={u}>
              <span class="url">{u}</span>{' '}
              <span class="muted">
                ({cmp.pages.shared.includes(u) ? tw('compareBoth') : cmp.pages.older.includes(u) ? tw('compareOnlyOlder') : tw('compareOnlyNewer')})
              </span>
            </li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={onClose}>
        {tw('closeCompare')}
      </button>
    </section>
  );
}
