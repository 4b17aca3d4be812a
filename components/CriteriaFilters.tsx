import { STATES, type Method, type State } from '@/lib/criteria/types';
import { methodLabel, stateLabel } from '@/lib/i18n/strings';
import { pageTypeName } from '@/lib/report/pages';
import type { Report } from '@/lib/report/schema';
import { isFiltering, NO_FILTER, pageTypesOf, type CriteriaFilter } from './criteria-filter';
import { useLocale } from './hooks';

const METHODS: readonly Method[] = ['auto', 'auto*', 'assisted', 'manual'];

/** Find and filter criteria: by id or words, state, method, group and (when pages carry one) page type. */
export function CriteriaFilters({ report, filter, onChange, shown }: { report: Report; filter: CriteriaFilter; onChange: (f: CriteriaFilter) => void; shown: number }) {
  const { locale, tr } = useLocale();
  const types = pageTypesOf(report);
  const c = report.score.counts;
  const set = (change: Partial<CriteriaFilter>) => onChange({ ...filter, ...change });
  return (
    <div role="search" class="filters" data-testid="filters">
      <label class="search">
        <span>{tr('search')}</span>
        <input type="search" data-testid="criteria-search" value={filter.query} placeholder={tr('searchPlaceholder')} onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <label>
        <span>{tr('filterState')}</span>
        <select data-testid="filter-state" value={filter.state} onChange={(e) => set({ state: (e.currentTarget as HTMLSelectElement).value as State | 'all' })}>
          <option value="all">{tr('filterAll')}</option>
          {STATES.map((st) => (
            <option key={st} value={st}>
              {stateLabel(locale, st)} ({c[st] ?? 0})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{tr('filterMethod')}</span>
        <select data-testid="filter-method" value={filter.method} onChange={(e) => set({ method: (e.currentTarget as HTMLSelectElement).value as Method | 'all' })}>
          <option value="all">{tr('filterAll')}</option>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {methodLabel(locale, m)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{tr('filterGroup')}</span>
        <select data-testid="filter-group" value={filter.group} onChange={(e) => set({ group: (e.currentTarget as HTMLSelectElement).value })}>
          <option value="all">{tr('filterAll')}</option>
          {report.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.id} · {g.title[locale]}
            </option>
          ))}
        </select>
      </label>
      {types.length > 0 && (
        <label>
          <span>{tr('filterPageType')}</span>
          <select data-testid="filter-page-type" value={filter.pageType} onChange={(e) => set({ pageType: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="all">{tr('filterAll')}</option>
            {types.map((pt) => (
              <option key={pt} value={pt}>
                {pageTypeName(pt as Parameters<typeof pageTypeName>[0], locale) ?? pt}
              </option>
            ))}
          </select>
        </label>
      )}
      {isFiltering(filter) && (
        <p class="filter-count">
          <span role="status" data-testid="filtered-count">
            {tr('filteredCount', { n: shown })}
          </span>{' '}
          <button type="button" class="link" onClick={() => onChange(NO_FILTER)}>
            {tr('clearFilters')}
          </button>
        </p>
      )}
    </div>
  );
}
