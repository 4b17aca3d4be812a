import { browser } from 'wxt/browser';

/**
 * Access for auditing while browsing. The manifest declares one optional
 * host pattern, `*://*.gov.vn/*`; asking for all of it makes Chromium say
 * "all your data on all websites" (gov.vn is a public suffix). So the
 * extension asks only for the portal's own hosts — each a subset of the
 * declared pattern — and the browser's prompt names that portal.
 */

/** The optional host pattern the manifest declares (wxt.config.ts). */
export const DECLARED_OPTIONAL_HOSTS = '*://*.gov.vn/*';

export interface AccessPlan {
  /** Match patterns to request: one per host of the portal on .gov.vn. */
  patterns: string[];
  /** Origins of the portal the declared permission cannot cover (not under .gov.vn, not http/https). */
  outside: string[];
}

/** A host under .gov.vn (not gov.vn itself, nor a look-alike such as gov.vn.example.com). */
export function isGovVnHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h.endsWith('.gov.vn') && h.length > '.gov.vn'.length && /^[a-z0-9.-]+$/.test(h);
}

/** What to ask for so that every page of a portal (its origins) can be audited while browsing. */
export function accessPlan(origins: readonly string[]): AccessPlan {
  const patterns: string[] = [];
  const outside: string[] = [];
  for (const origin of origins) {
    let u: URL;
    try {
      u = new URL(origin);
    } catch {
      outside.push(origin);
      continue;
    }
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !isGovVnHost(u.hostname)) {
      outside.push(origin);
      continue;
    }
    // Match patterns carry no port (Firefox refuses one); "*" is http and https.
    const pattern = `*://${u.hostname.toLowerCase()}/*`;
    if (!patterns.includes(pattern)) patterns.push(pattern);
  }
  return { patterns, outside };
}

/** Whether `pattern` covers pages of `hostname` ("*://host/*", "*://*.gov.vn/*"). */
export function patternCovers(pattern: string, hostname: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)\/\*$/.exec(pattern);
  if (!m) return pattern === '<all_urls>';
  const host = m[2]!;
  const h = hostname.toLowerCase();
  if (host === '*') return true;
  if (host.startsWith('*.')) return h === host.slice(2) || h.endsWith(host.slice(1));
  return h === host;
}

/** The granted host patterns that cover any of a portal's origins. */
export async function grantedFor(origins: readonly string[]): Promise<string[]> {
  const all = (await browser.permissions.getAll()).origins ?? [];
  const hosts = origins.flatMap((o) => {
    try {
      return [new URL(o).hostname];
    } catch {
      return [];
    }
  });
  return all.filter((p) => hosts.some((h) => patternCovers(p, h)));
}

/** Ask for the plan's patterns; must run straight from a click (a user gesture). */
export async function requestAccess(patterns: readonly string[]): Promise<boolean> {
  if (patterns.length === 0) return false;
  try {
    return await browser.permissions.request({ origins: [...patterns] });
  } catch {
    return false;
  }
}

/** Give the access back. */
export async function revokeAccess(patterns: readonly string[]): Promise<boolean> {
  if (patterns.length === 0) return true;
  try {
    return await browser.permissions.remove({ origins: [...patterns] });
  } catch {
    return false;
  }
}

/** Whether the extension may read pages at `url` while browsing. */
export async function mayAuditWhileBrowsing(url: string): Promise<boolean> {
  try {
    const { hostname } = new URL(url);
    return await browser.permissions.contains({ origins: [`*://${hostname}/*`] });
  } catch {
    return false;
  }
}

/** Follow grants and revocations (also those made in the browser's own settings). */
export function watchPermissions(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
