import { promises as dns } from 'node:dns';
import type { Ipv6Lookup } from '../../lib/snapshot/schema';

/**
 * IPv6 reachability of the portal's name (TN-01): its DNS AAAA record. The
 * resolver is injectable so that tests never touch the network; by default
 * the system's (node:dns promises), the same the command line's requests use.
 */

export interface Ipv6Resolver {
  resolve6(host: string): Promise<string[]>;
}

/** Answers that mean "no AAAA record" rather than "the lookup failed". */
const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND', 'NODATA', 'NOTFOUND']);
const LOOKUP_TIMEOUT_MS = 8000;

export async function lookupIpv6(host: string, resolver: Ipv6Resolver = dns, timeoutMs = LOOKUP_TIMEOUT_MS): Promise<Ipv6Lookup> {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase().slice(0, 300);
  let timer: NodeJS.Timeout | undefined;
  try {
    const addresses = await Promise.race([
      resolver.resolve6(name),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEOUT' })), timeoutMs);
      }),
    ]);
    return { host: name, addresses: [...new Set(addresses)].slice(0, 16).map((a) => String(a).slice(0, 60)) };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && NO_RECORD.has(code)) return { host: name, addresses: [] };
    return { host: name, addresses: [], error: (typeof code === 'string' ? code : err instanceof Error ? err.message : String(err)).slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
