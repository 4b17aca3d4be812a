import type { Comparison, CriterionChange } from '@/lib/report/compare';
import { stateLabel, t, type Locale } from '@/lib/i18n/strings';

const ORDER: readonly CriterionChange[] = ['lost', 'gained', 'changed'];

/** What changed between two audits of a portal: score, groups, criteria. */
export function CompareView({ cmp, locale, onClose }: { cmp: Comparison; locale: Locale; onClose: () => void }) {
  const changed = cmp.criteria.filter((c) => c.change !== 'unchanged').sort((a, b) => ORDER.indexOf(a.change) - ORDER.indexOf(b.change));
  const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
  return (
    <section class="box compare" data-testid="compare">
      <h2>
        {t(locale, 'compareTitle', { old: new Date(cmp.older.auditedAt).toLocaleString(locale), new: new Date(cmp.newer.auditedAt).toLocaleString(locale) })}
      </h2>
      {cmp.warnings.map((w, i) => (
        <p key={i} class="warning">
          {w[locale]}
        </p>
      ))}
      <p class="value" data-testid="compare-score">
        {cmp.score.formatted.old[locale]} → {cmp.score.formatted.new[locale]} ({sign(cmp.score.delta)})
      </p>
      <table class="groups-delta">
        <tbody>
          {cmp.groups.map((g) => (
            <tr key={g.id} class={g.delta > 0 ? 'up' : g.delta < 0 ? 'down' : ''}>
              <th>{g.id}</th>
              <td>{g.title[locale]}</td>
              <td>
                {g.old}/{g.total} → {g.new}/{g.total}
              </td>
              <td>{sign(g.delta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="criteria" data-testid="compare-criteria">
        {changed.map((c) => (
          <li key={c.id} data-criterion={c.id} data-change={c.change}>
            <span class={`badge ${c.change === 'gained' ? 'met' : c.change === 'lost' ? 'not_met' : 'needs_review'}`}>{t(locale, c.change)}</span>
            <span class="cid">{c.id}</span> {c.title[locale]}: {stateLabel(locale, c.old)} → {stateLabel(locale, c.new)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        {t(locale, 'closeCompare')}
      </button>
    </section>
  );
}
