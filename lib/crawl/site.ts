import { getDomain } from 'tldts';

/**
 * Where the command line may go: the portal's own site and nothing else.
 * Pure functions (no DNS, no network), shared by the fetcher, the renderer
 * and the crawler.
 */

export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'reserved';

function ipv4Class(parts: number[]): AddressClass {
  const [a, b] = parts as [number, number, number, number];
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if (a >= 224) return 'reserved'; // multicast and the reserved 240/4
  return 'public';
}

function parseIpv4(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : null;
}

/**
 * The class of an IP address (v4 or v6, brackets allowed), or null when
 * `host` is a name. The URL parser has already turned decimal, octal and
 * hex forms of IPv4 into dotted quads.
 */
export function addressClass(host: string): AddressClass | null {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  const v4 = parseIpv4(h);
  if (v4) return ipv4Class(v4);
  if (!h.includes(':')) return null;
  if (h === '::1') return 'loopback';
  if (h === '::') return 'unspecified';
  // IPv4-mapped (::ffff:a.b.c.d, or as the URL parser writes it, ::ffff:7f00:1).
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(h);
  if (mapped) {
    if (mapped[1]) return addressClass(mapped[1]);
    const hi = parseInt(mapped[2]!, 16);
    const lo = parseInt(mapped[3]!, 16);
    return ipv4Class([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  }
  const first = parseInt(h.split(':')[0] || '0', 16);
  if ((first & 0xfe00) === 0xfc00) return 'private'; // fc00::/7
  if ((first & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((first & 0xff00) === 0xff00) return 'reserved'; // multicast
  return 'public';
}

/** Whether an address class is one a public page must never make us reach. */
export function isInternal(cls: AddressClass | null): boolean {
  return cls !== null && cls !== 'public';
}

/** "localhost" and its subdomains resolve to loopback by definition. */
export function isLocalhostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

/**
 * The site of a host: its registrable domain (dichvucong.thanhhoa.gov.vn →
 * thanhhoa.gov.vn, with the public suffix list), or the host itself for an
 * IP address, a single label or a bare public suffix.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (addressClass(h) !== null || !h.includes('.')) return h;
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/**
 * Whether two addresses belong to the same site: the same registrable
 * domain; for an IP address or a single-label host, which have none, the
 * same host and port (another port is another service), an upgrade from
 * http to https on the default ports included.
 */
export function sameSite(a: URL, b: URL): boolean {
  const sa = siteOf(a.hostname);
  const sb = siteOf(b.hostname);
  if (sa !== sb) return false;
  const hasDomain = addressClass(sa) === null && sa.includes('.');
  if (hasDomain) return true;
  if (a.port === b.port) return true;
  const defaults = (u: URL) => u.port === '' || (u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443');
  return defaults(a) && defaults(b);
}

/** Why a redirect from `from` to `to` is refused, or null when it may be followed. */
export function redirectRefusal(from: URL, to: URL): string | null {
  if (to.protocol !== 'http:' && to.protocol !== 'https:') return `it leads to a ${to.protocol.replace(':', '')}: address`;
  if (!sameSite(from, to)) return `it leads off the portal's site (${to.host})`;
  return null;
}

/** An address with its user name and password removed, safe to print or store. */
export function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//');
  }
}
