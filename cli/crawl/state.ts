import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { PageAuditSchema, type PageAudit } from '../../lib/audit/model';

/**
 * A crawl's journal in `--state DIR`: what the crawl is (crawl.json) and
 * one file per finished page (pages/<hash>.json: its findings or why it
 * failed, and the portal links it had), each written whole (a temporary
 * file renamed into place), so a crawl killed at any moment leaves only
 * finished pages behind. Resuming reads them back: finished pages are not
 * requested again, and the pages still to visit are rebuilt from the start
 * address, the sitemaps, the platform routes and the links of the finished
 * pages.
 */

export const PageRecordSchema = z.object({
  /** The address queued (no fragment, no credentials). */
  key: z.string().check(z.maxLength(4000)),
  depth: z.int().check(z.nonnegative()),
  /** A platform route tried on the chance that this portal has it. */
  probe: z.boolean(),
  outcome: z.enum(['audited', 'failed', 'missing']),
  page: z.optional(PageAuditSchema),
  failure: z.optional(
    z.object({ kind: z.string().check(z.maxLength(40)), reason: z.string().check(z.maxLength(2000)), status: z.optional(z.int()) }),
  ),
  /** Portal links found on the page, to rebuild what is left to visit. */
  links: z.array(z.string().check(z.maxLength(4000))).check(z.maxLength(5000)),
  /** Where the address led (redirects), when not to itself. */
  finalUrl: z.optional(z.string().check(z.maxLength(4000))),
});
export type PageRecord = z.infer<typeof PageRecordSchema>;

const CrawlMetaSchema = z.object({
  startUrl: z.string(),
  rendering: z.enum(['browser', 'static']),
  origins: z.array(z.string()),
  createdAt: z.string(),
});
export type CrawlMeta = z.infer<typeof CrawlMetaSchema>;

export class StateMismatch extends Error {}

function fileFor(key: string): string {
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`;
}

function writeWhole(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The journal: on disk with a directory, in memory without. */
export class CrawlJournal {
  readonly records = new Map<string, PageRecord>();
  meta: CrawlMeta | null = null;

  private constructor(private readonly dir: string | null) {}

  static open(dir: string | null | undefined, meta: CrawlMeta): CrawlJournal {
    const journal = new CrawlJournal(dir ?? null);
    if (!dir) {
      journal.meta = meta;
      return journal;
    }
    mkdirSync(join(dir, 'pages'), { recursive: true });
    const metaPath = join(dir, 'crawl.json');
    if (existsSync(metaPath)) {
      const old = CrawlMetaSchema.safeParse(JSON.parse(readFileSync(metaPath, 'utf8')));
      if (!old.success) throw new StateMismatch(`${metaPath} is not a crawl state of DVC Inspector`);
      if (old.data.startUrl !== meta.startUrl)
        throw new StateMismatch(`${dir} holds the crawl of ${old.data.startUrl}, not of ${meta.startUrl}: choose another --state directory`);
      if (old.data.rendering !== meta.rendering)
        throw new StateMismatch(`${dir} holds a crawl read ${old.data.rendering === 'browser' ? 'in the browser' : 'as static markup'}: resume it the same way or choose another --state directory`);
      journal.meta = { ...old.data, origins: [...new Set([...old.data.origins, ...meta.origins])] };
      for (const name of readdirSync(join(dir, 'pages'))) {
        if (!name.endsWith('.json')) continue;
        try {
          const rec = PageRecordSchema.safeParse(JSON.parse(readFileSync(join(dir, 'pages', name), 'utf8')));
          if (rec.success) journal.records.set(rec.data.key, rec.data);
        } catch {
          // A file cut short by a crash before its rename cannot exist; anything unreadable is redone.
        }
      }
    } else journal.meta = meta;
    writeWhole(metaPath, `${JSON.stringify(journal.meta, null, 2)}\n`);
    return journal;
  }

  get persistent(): boolean {
    return this.dir !== null;
  }

  add(record: PageRecord): void {
    this.records.set(record.key, record);
    if (this.dir) writeWhole(join(this.dir, 'pages', fileFor(record.key)), JSON.stringify(record));
  }

  saveOrigins(origins: readonly string[]): void {
    if (!this.meta) return;
    this.meta = { ...this.meta, origins: [...new Set([...this.meta.origins, ...origins])] };
    if (this.dir) writeWhole(join(this.dir, 'crawl.json'), `${JSON.stringify(this.meta, null, 2)}\n`);
  }

  has(key: string): boolean {
    return this.records.has(key);
  }

  audited(): PageAudit[] {
    return [...this.records.values()].flatMap((r) => (r.outcome === 'audited' && r.page ? [r.page] : []));
  }
}
