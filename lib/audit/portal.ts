import type { Profile } from '../criteria';
import type { PageAudit, PortalAudit } from './model';

/** FNV-1a over UTF-16 units: a short, stable tag of a string (not a secret, not a checksum). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * An audit's id: when it started and a tag of its portal's origin, always
 * about 20 characters. (It used to embed the origin, so an origin longer than
 * 75 characters made every audit of that portal fail its own schema.)
 */
export function auditIdFor(origin: string, now: Date): string {
  return `a-${now.getTime().toString(36)}-${fnv1a(origin).toString(36).padStart(7, '0')}`;
}

/** A new, empty audit of the portal at `origin`. */
export function newPortalAudit(origin: string, profile: Profile, now = new Date()): PortalAudit {
  return {
    id: auditIdFor(origin, now),
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
