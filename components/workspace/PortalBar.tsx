import { vietnamTime } from '@/lib/i18n/time';
import type { PortalSummary } from '@/lib/messaging/protocol';
import { useStrings } from './strings';

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
};

export interface TabPortal {
  /** The origin of the page in the tab, when the extension may read it. */
  origin: string | null;
  /** The stored portal that origin belongs to, if any. */
  portal: string | null;
}

/**
 * Which portal the workspace shows, said plainly; the switcher (every
 * stored portal, its score and when it was last audited); and what the
 * open tab is, when it is another portal's page.
 */
export function PortalBar({
  shown,
  origins,
  portals,
  tab,
  onChoose,
  onShowTab,
  onAuditTab,
}: {
  shown: string;
  origins: string[];
  portals: PortalSummary[];
  tab: TabPortal | null;
  onChoose: (portal: string) => void;
  onShowTab: () => void;
  onAuditTab: () => void;
}) {
  const { locale, tw } = useStrings();
  const sorted = [...portals].sort((a, b) => (a.lastAuditedAt < b.lastAuditedAt ? 1 : -1));
  const elsewhere = tab && tab.origin && !origins.includes(tab.origin) && tab.portal !== shown;
  return (
    <section class="portal-bar" aria-label={tw('portalShown')}>
      <p class="portal-shown" data-testid="portal-shown" data-portal={shown}>
        {tw('portalShown')}: <strong>{hostOf(shown)}</strong>
        {origins.length > 1 && <span class="muted"> (+{origins.slice(1).map(hostOf).join(', ')})</span>}
      </p>
      {portals.length > 0 && (
        <label class="switcher">
          <span>{tw('portalSwitcher')}</span>
          <select data-testid="portal-switcher" value={shown} onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value)}>
            {sorted.map((p) => (
              <option key={p.key} value={p.key}>
                {tw('portalOption', { host: hostOf(p.key), score: p.score.formatted[locale], at: vietnamTime(p.lastAuditedAt, locale) })}
              </option>
            ))}
          </select>
        </label>
      )}
      {tab && !tab.origin && (
        <p class="hint" data-testid="tab-portal-note">
          {tw('tabUnknown')}
        </p>
      )}
      {elsewhere && (
        <p class="notice" data-testid="tab-portal-note">
          {tab.portal ? tw('tabOtherPortal', { origin: tab.origin! }) : tw('tabNotAudited', { origin: tab.origin! })}{' '}
          {tab.portal ? (
            <button type="button" class="link" data-testid="show-tab-portal" onClick={onShowTab}>
              {tw('showTabPortal')}
            </button>
          ) : (
            <button type="button" class="link" onClick={onAuditTab}>
              {tw('auditThisPage')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
