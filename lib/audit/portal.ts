import type { Profile } from '../criteria';
import type { PageAudit, PortalAudit } from './model';

/** A new, empty audit of the portal at `origin`. */
export function newPortalAudit(origin: string, profile: Profile, now = new Date()): PortalAudit {
  return {
    id: `${origin}#${now.toISOString()}`,
    origins: [origin],
    checklist: { id: profile.id, version: profile.version },
    createdAt: now.toISOString(),
    pages: [],
    attestations: {},
  };
}

/** Page addresses compare without their fragment: "#top" is the same page. */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/** Add a page's findings; auditing the same page again replaces its findings. */
export function withPage(audit: PortalAudit, page: PageAudit): PortalAudit {
  const key = pageKey(page.url);
  return { ...audit, pages: [...audit.pages.filter((p) => pageKey(p.url) !== key), page] };
}

/** Drop a page and, with it, only the evidence it contributed. */
export function withoutPage(audit: PortalAudit, url: string): PortalAudit {
  const key = pageKey(url);
  return { ...audit, pages: audit.pages.filter((p) => pageKey(p.url) !== key) };
}

/** Link another origin of the same portal (e.g. motcua.<tỉnh>.gov.vn). */
export function withOrigin(audit: PortalAudit, origin: string): PortalAudit {
  return audit.origins.includes(origin) ? audit : { ...audit, origins: [...audit.origins, origin] };
}

/** The origin of a page address, or null when it has none. */
export function originOf(url: string): string | null {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}
