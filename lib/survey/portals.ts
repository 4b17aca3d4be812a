import { parse } from 'csv-parse/sync';

/**
 * The list of portals a survey audits: a CSV file with a header naming at
 * least `name` and `url` (optionally `kind`: province, ministry or
 * national, and `code`). csv-parse reads it as RFC 4180 (quoted fields with
 * commas, quotes and line breaks; a byte-order mark) and gives each record
 * its line, so every row that cannot be used is reported with its line and
 * the reason, and skipped — never silently.
 */

export const PORTAL_KINDS = ['national', 'province', 'ministry'] as const;
export type PortalKind = (typeof PORTAL_KINDS)[number];

export interface PortalEntry {
  name: string;
  /** The start address, as given (trimmed). */
  url: string;
  /** Lower-case host with its port when not the scheme's default: the portal's key and file name stem. */
  host: string;
  kind: PortalKind | null;
  code: string | null;
  /** Line of the list the row starts on (1 is the header). */
  line: number;
}

export interface ListProblem {
  line: number;
  reason: string;
}

export interface PortalList {
  portals: PortalEntry[];
  problems: ListProblem[];
}

export class PortalListError extends Error {}

const MAX_NAME = 300;
const MAX_URL = 2000;

/** The key of a portal's address: its host (with a non-default port), or null when it is no http(s) address. */
export function portalHost(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.host.toLowerCase();
}

/** A host as a file name: the port's colon (and an IPv6 address's brackets and colons) made safe everywhere. */
export function hostFileStem(host: string): string {
  return host.replace(/[[\]]/g, '').replace(/[^a-z0-9.-]/gi, '_');
}

/** The records of the list with the line each starts on; a row csv-parse rejects is a problem, and reading goes on at the next line. */
function records(text: string, problems: ListProblem[]): Array<{ record: string[]; line: number }> {
  // Read record by record rather than in one pass: after a malformed quote csv-parse cannot find the next record again.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: Array<{ record: string[]; line: number }> = [];
  let i = 0;
  while (i < lines.length) {
    const start = i;
    let chunk = lines[i]!;
    for (;;) {
      try {
        const rows = parse(chunk, { relax_column_count: true, skip_empty_lines: true }) as string[][];
        for (const record of rows) out.push({ record, line: start + 1 });
        i++;
        break;
      } catch (err) {
        const code = (err as { code?: string }).code;
        // A quoted field may span lines (RFC 4180): read on, a little.
        if (code === 'CSV_QUOTE_NOT_CLOSED' && i + 1 < lines.length && i - start < 10) {
          i++;
          chunk += `\n${lines[i]}`;
          continue;
        }
        const reason =
          code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'a quoted field is never closed'
            : code === 'CSV_INVALID_CLOSING_QUOTE'
              ? 'text follows the closing quote of a field (a quote inside a quoted field is written "")'
              : code === 'INVALID_OPENING_QUOTE'
                ? 'a quote inside an unquoted field (quote the whole field and write the quote as "")'
                : (err instanceof Error ? err.message : String(err)).replace(/ at line \d+/, '').slice(0, 200);
        problems.push({ line: start + 1, reason: `not a CSV row: ${reason}` });
        i = start + 1;
        break;
      }
    }
  }
  return out;
}

/** Parse a portals list; the header is required, bad rows are reported and skipped. */
export function parsePortalList(text: string): PortalList {
  const problems: ListProblem[] = [];
  const rows = records(text, problems);
  const header = rows[0];
  if (!header) throw new PortalListError('the list of portals is empty: it needs a header with at least name,url');
  const columns = header.record.map((c) => c.trim().toLowerCase());
  const col = (name: string) => columns.indexOf(name);
  const [iName, iUrl, iKind, iCode] = [col('name'), col('url'), col('kind'), col('code')];
  if (iName < 0 || iUrl < 0)
    throw new PortalListError(`the list of portals needs a header with at least name,url (found: ${columns.join(',').slice(0, 200)})`);

  const portals: PortalEntry[] = [];
  const seen = new Map<string, number>();
  for (const { record, line } of rows.slice(1)) {
    const cell = (i: number) => (i >= 0 ? (record[i] ?? '').trim() : '');
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length < columns.length || record.slice(columns.length).some((c) => c.trim() !== '')) {
      problems.push({ line, reason: `${record.length} fields where the header has ${columns.length}` });
      continue;
    }
    const name = cell(iName).replace(/\s+/g, ' ');
    const url = cell(iUrl);
    const kindText = cell(iKind).toLowerCase();
    if (!name) {
      problems.push({ line, reason: 'no name' });
      continue;
    }
    if (name.length > MAX_NAME || url.length > MAX_URL) {
      problems.push({ line, reason: 'name or address too long' });
      continue;
    }
    const host = portalHost(url);
    if (!host) {
      problems.push({ line, reason: url ? `not an http(s) address: ${url}` : 'no address' });
      continue;
    }
    if (kindText && !(PORTAL_KINDS as readonly string[]).includes(kindText)) {
      problems.push({ line, reason: `kind is one of ${PORTAL_KINDS.join(', ')}, not ${kindText}` });
      continue;
    }
    const first = seen.get(host);
    if (first !== undefined) {
      problems.push({ line, reason: `same host as line ${first} (${host}): one portal per host` });
      continue;
    }
    seen.set(host, line);
    portals.push({ name, url, host, kind: (kindText || null) as PortalKind | null, code: cell(iCode) || null, line });
  }
  problems.sort((a, b) => a.line - b.line);
  return { portals, problems };
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `--shard 2/4` → { index: 2, count: 4 }, or null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > 10_000 || index < 1 || index > count) return null;
  return { index, count };
}

/** FNV-1a (32 bits) of the UTF-8 bytes, mixed: stable everywhere, no platform API (lib/ also runs in the extension). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // MurmurHash3's finaliser: FNV's low bits alone slice hosts that differ in a few letters unevenly.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The shard a portal belongs to: a stable hash of its host, so every
 * machine slices the list the same way whatever its order, and adding a
 * portal moves no other.
 */
export function shardOf(host: string, count: number): number {
  return (fnv1a(host) % count) + 1;
}

export function inShard(portal: Pick<PortalEntry, 'host'>, shard: Shard | null): boolean {
  return !shard || shardOf(portal.host, shard.count) === shard.index;
}
