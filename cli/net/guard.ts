import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { addressClass, isInternal, isLocalhostName } from '../../lib/crawl/site';

/**
 * The address guard: a page of a public portal must never make the command
 * line reach loopback, private or link-local addresses (a redirect or a
 * script pointing at 127.0.0.1 or 10.x). Checked on the addresses a name
 * resolves to, at connection time, so a name that resolves inward is
 * caught too. An audit of an internal address (a local test portal, an
 * intranet staging server) may stay inside.
 */
export interface AddressPolicy {
  /** The original address was internal: internal addresses are allowed. */
  allowInternal: boolean;
}

export class RefusedAddressError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, an internal address, and the page audited is public`);
    this.name = 'RefusedAddressError';
  }
}

/** Whether a host (name or IP) is internal, resolving names. */
export async function hostIsInternal(host: string): Promise<boolean> {
  const literal = addressClass(host);
  if (literal !== null) return isInternal(literal);
  if (isLocalhostName(host)) return true;
  const addresses = await new Promise<LookupAddress[]>((resolve) =>
    dnsLookup(host, { all: true }, (err, list) => resolve(err ? [] : list)),
  );
  return addresses.some((a) => isInternal(addressClass(a.address)));
}

/** A lookup function for net.connect that refuses internal addresses unless the policy allows them. */
export function guardedLookup(policy: AddressPolicy) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number } & Record<string, unknown>,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, list) => {
      if (err) return callback(err, options.all ? [] : '', 0);
      if (!policy.allowInternal) {
        const bad = list.find((a) => isInternal(addressClass(a.address)));
        if (bad) return callback(new RefusedAddressError(hostname, bad.address), options.all ? [] : '', 0);
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}
