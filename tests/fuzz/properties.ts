import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attest } from '../../lib/audit/attest';
import { auditPage } from '../../lib/audit/evaluate';
import { mergeFindings } from '../../lib/audit/merge';
import { newPortalAudit, withPage } from '../../lib/audit/portal';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { STATES } from '../../lib/criteria/types';
import { buildReport } from '../../lib/report/build';
import { auditFromReport, parseReportText } from '../../lib/report/import';
import { renderReport } from '../../lib/report/output';
import type { Report } from '../../lib/report/schema';
import { TERMINAL_UNSAFE } from '../../lib/report/text';
import { SNAPSHOT_MAX_BYTES } from '../../lib/snapshot/build';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { PageSnapshotSchema, type PageSnapshot } from '../../lib/snapshot/schema';

/**
 * Property-based tests of what hostile input reaches: report import, the
 * snapshot builder (through the markup-only path), and the exporters.
 * `npm run fuzz` runs each property 10,000 times (FUZZ_RUNS to change it);
 * the unit run, 500 times. A property fails on any exception, any case over
 * its time limit (a hang), and any forged report accepted.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const NOW = new Date('2026-03-01T08:00:00.000Z');
/** A case taking longer than this is a hang. */
export const CASE_LIMIT_MS = 10_000;

// ------------------------------------------------------------------ strings

/** Characters hostile input likes: controls, bidi, invisible, surrogates, markup, quotes, formula triggers. */
const NASTY = ['\u0000', '\u0007', '\u001b', '\u009b', '\u202e', '\u2066', '\u200b', '\u00ad', '\ufeff', '\ud800', '\udfff', '😀', '<', '>', '&', '"', "'", '`', '=', '+', '-', '@', '\uff1d', '\n', '\r', '\t', ' ', 'ư', 'ạ', '\\', '/', '*', '[', '$', '{', '}'];
const nastyChar = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(...'abcđăâêôơưxyz0189'.split('')));
export const nastyString = (maxLength = 40) => fc.array(nastyChar, { maxLength }).map((a) => a.join(''));
const words = fc.constantFrom('Tra cứu hồ sơ', 'Đăng nhập', 'VNeID', 'client_secret: "Zx81abcdQ2w3e4r5"', 'password = "p4ss-w0rd!"', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3OCJ9.c2lnbmF0dXJlLXh4eA', 'jQuery v1.4.2', '/js/jquery-1.8.3.min.js', 'Chính sách bảo mật', '1900 1234', '-----BEGIN PRIVATE KEY-----', 'x=/[', '/*', '*/', '<!--', '-->', '`${', '\\');
const text = fc.oneof({ weight: 3, arbitrary: nastyString() }, { weight: 2, arbitrary: words }, { weight: 1, arbitrary: fc.tuple(words, nastyString(8), words).map((p) => p.join('')) });

// ------------------------------------------------------------------ pages

const TAGS = ['div', 'p', 'a', 'span', 'b', 'i', 'svg', 'math', 'style', 'script', 'table', 'tr', 'td', 'form', 'input', 'label', 'select', 'option', 'template', 'noscript', 'iframe', 'title', 'base', 'meta', 'textarea', 'button', 'img', 'h1', 'ul', 'li', 'nav', 'footer', 'plaintext', 'xmp', 'my-widget', 'foo:bar', 'frameset', 'body', 'head', 'html', 'foreignObject', 'desc'];
const ATTRS = ['href', 'src', 'id', 'for', 'name', 'type', 'title', 'alt', 'aria-label', 'aria-labelledby', 'srcdoc', 'shadowrootmode', 'action', 'content', 'rel', 'form', 'sandbox', 'placeholder', 'lang', 'value'];
const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(text, fc.constantFrom('open', 'closed', '/a', 'http://x.vn/a.js', 'javascript:alert(1)', 'tel:19001234', '#', 'x', 'text/javascript', 'application/json'))).map(([n, v]) => `${n}="${v.replace(/"/g, '&quot;')}"`);
interface HtmlNode {
  html: string;
}
const { node } = fc.letrec<{ node: HtmlNode; element: HtmlNode; leaf: HtmlNode }>((tie) => ({
  leaf: fc.oneof(
    text.map((t) => ({ html: t })),
    text.map((t) => ({ html: `<!--${t}-->` })),
    fc.constantFrom('<br>', '<hr>', '<img src=x alt="ảnh">', '</div>', '</p>', '</table>', '<![CDATA[x]]>', '&#xD800;', '&amp;', '&lt;script&gt;').map((h) => ({ html: h })),
  ),
  element: fc
    .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
    .map(([tag, attrs, children, close]) => ({ html: `<${tag}${attrs.length ? ' ' : ''}${attrs.join(' ')}>${children.map((c) => c.html).join('')}${close ? `</${tag}>` : ''}` })),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('element')),
}));
export const page = fc.array(node, { maxLength: 12 }).map((nodes) => nodes.map((n) => n.html).join(''));
const pageUrl = fc.oneof(
  fc.constant('https://dichvucong.fuzz.gov.vn/portaldvc/home'),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.integer({ min: 60, max: 400 }).map((n) => `https://${'d'.repeat(Math.min(n, 63))}.${'e'.repeat(Math.max(1, Math.min(63, n - 63)))}.gov.vn/p`),
);

// ------------------------------------------------------------------ reports

/** A genuine report: the demo page audited, one manual criterion attested. */
let genuineCache: Report | null = null;
export async function genuineReport(): Promise<Report> {
  if (genuineCache) return structuredClone(genuineCache);
  const snapshot = await snapshotFromHtml(readFileSync(join(ROOT, 'demo/trang-chu.html'), 'utf8'), 'https://dichvucong.minhhoa.gov.vn/portaldvc/home', { now: NOW });
  let audit = withPage(newPortalAudit(snapshot.origin, DEFAULT_PROFILE, NOW), auditPage(snapshot, DEFAULT_PROFILE.criteria, NOW));
  const manual = DEFAULT_PROFILE.criteria.find((c) => c.method === 'manual')!;
  const merged = mergeFindings(DEFAULT_PROFILE.criteria, audit.pages, audit.attestations);
  const r = attest(audit, manual, merged.find((m) => m.criterion.id === manual.id)!.automaticState, { state: 'met', note: 'Quyết định 12/QĐ-UBND' }, NOW);
  if (r.ok) audit = r.audit;
  genuineCache = buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.1.0', now: NOW });
  return structuredClone(genuineCache);
}

const ids = DEFAULT_PROFILE.criteria.map((c) => c.id);
const state = fc.constantFrom(...STATES);
const evidence = fc.record({ pageUrl: fc.oneof(fc.constant('https://dichvucong.minhhoa.gov.vn/portaldvc/home'), text), selector: text, text });
type Mutation = (r: Report) => void;
const at = (n: number, len: number) => (len === 0 ? 0 : n % len);
/** One change a forger (or a damaged file) could make. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), state).map(([i, s]): Mutation => (r) => void (r.criteria[at(i, r.criteria.length)]!.state = s)),
  fc.tuple(fc.nat(), state).map(([i, s]): Mutation => (r) => void (r.criteria[at(i, r.criteria.length)]!.automaticState = s)),
  fc.tuple(fc.nat(), fc.constantFrom('automatic', 'inspector')).map(([i, s]): Mutation => (r) => void (r.criteria[at(i, r.criteria.length)]!.source = s as 'automatic')),
  fc.tuple(fc.nat(), state).map(([i, s]): Mutation => (r) => {
    const f = r.pages[0]!.findings[ids[at(i, ids.length)]!];
    if (f) f.state = s;
  }),
  fc.nat().map((i): Mutation => (r) => {
    for (const f of Object.values(r.pages[0]!.findings)) f.state = i % 2 ? 'met' : f.state;
  }),
  fc.tuple(fc.nat(), fc.array(evidence, { maxLength: 7 })).map(([i, ev]): Mutation => (r) => {
    const f = r.pages[0]!.findings[ids[at(i, ids.length)]!];
    if (f) f.evidence = ev;
  }),
  fc.tuple(fc.nat(), fc.array(evidence, { maxLength: 12 })).map(([i, ev]): Mutation => (r) => void (r.criteria[at(i, r.criteria.length)]!.evidence = ev)),
  fc.tuple(fc.nat(), fc.option(fc.record({ state: fc.constantFrom('met', 'not_met', 'not_applicable'), note: text, at: fc.oneof(fc.constant(NOW.toISOString()), text) }), { nil: null })).map(
    ([i, a]): Mutation => (r) => void (r.criteria[at(i, r.criteria.length)]!.attestation = a as Report['criteria'][number]['attestation']),
  ),
  fc.integer({ min: 0, max: 83 }).map((n): Mutation => (r) => void (r.score.met = n)),
  fc.double({ min: 0, max: 100, noNaN: true }).map((p): Mutation => (r) => void (r.score.percent = p)),
  text.map((t): Mutation => (r) => void (r.score.formatted.vi = t)),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 10 })).map(([g, n]): Mutation => (r) => void (r.groups[at(g, r.groups.length)]!.met = n)),
  text.map((t): Mutation => (r) => void (r.generatedAt = t)),
  text.map((t): Mutation => (r) => void (r.pages[0]!.auditedAt = t)),
  fc.tuple(fc.nat(), text).map(([i, t]): Mutation => (r) => void (r.criteria[at(i, r.criteria.length)]!.title.vi = t)),
  fc.tuple(fc.nat(), text).map(([i, t]): Mutation => (r) => void (r.criteria[at(i, r.criteria.length)]!.note = t)),
  fc.oneof(fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'vn-dvc-2023'), text).map((t): Mutation => (r) => void (r.checklist.id = t)),
  text.map((t): Mutation => (r) => void (r.tool.version = t)),
  fc.constantFrom('pages', 'criteria', 'score', 'groups', 'portal', 'checklist', 'tool').map((k): Mutation => (r) => void delete (r as unknown as Record<string, unknown>)[k]),
  fc.constant<Mutation>((r) => void r.pages.push(structuredClone(r.pages[0]!))),
  fc.tuple(text, state).map(([k, s]): Mutation => (r) => void (r.pages[0]!.findings[k] = { state: s, evidence: [] })),
);

/** What an accepted report must be: what the tool itself builds from the audit it describes. */
function rebuilt(r: Report): boolean {
  const audit = auditFromReport(r);
  const strip = (x: Report) => JSON.stringify({ ...x, generatedAt: null });
  const ctx = { profile: DEFAULT_PROFILE, toolVersion: r.tool.version, now: NOW };
  return (['vi', 'en'] as const).some((locale) => strip(buildReport(audit, { ...ctx, locale })) === strip(r));
}

// ------------------------------------------------------------------ exporters

/** The cells of an RFC 4180 table, unquoted, as a spreadsheet reads them. */
function csvCells(table: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < table.length) {
    let cell = '';
    if (table[i] === '"') {
      i++;
      for (;;) {
        const q = table.indexOf('"', i);
        if (q === -1) throw new Error('an unterminated quoted CSV cell');
        cell += table.slice(i, q);
        if (table[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const end = table.slice(i).search(/,|\r\n/);
      cell = end === -1 ? table.slice(i) : table.slice(i, i + end);
      i = end === -1 ? table.length : i + end;
    }
    cells.push(cell);
    if (table.startsWith(',', i)) i += 1;
    else if (table.startsWith('\r\n', i)) i += 2;
  }
  return cells;
}

const MARKER = '<b data-fuzz>';
function exportsAreSafe(report: Report): void {
  for (const locale of ['vi', 'en'] as const) {
    const textOut = renderReport(report, 'text', locale).main;
    if (TERMINAL_UNSAFE.test(textOut.replace(/\n/g, ''))) throw new Error('a control or bidi character reached the text summary');
    TERMINAL_UNSAFE.lastIndex = 0;
    const json = renderReport(report, 'json', locale).main;
    if (/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(json)) throw new Error('a C1 or bidi control reached the JSON output');
    if (JSON.stringify(JSON.parse(json)) !== JSON.stringify(report)) throw new Error('the JSON output is not the report');
    const html = renderReport(report, 'html', locale).main;
    if (html.includes(MARKER)) throw new Error('report data became markup in the HTML export');
    const csv = renderReport(report, 'csv', locale);
    for (const table of [csv.main, csv.evidence ?? ''])
      for (const cell of csvCells(table.replace(/^\uFEFF/, '')))
        if (/^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/.test(cell) && !/^\d+$/.test(cell)) throw new Error(`a CSV cell starts a formula: ${JSON.stringify(cell.slice(0, 40))}`);
  }
}

// ------------------------------------------------------------------ the properties

export interface FuzzProperty {
  name: string;
  run(runs: number, seed?: number): Promise<void>;
}

const timed = async <T>(work: () => Promise<T>): Promise<T> => {
  const t0 = Date.now();
  const out = await work();
  if (Date.now() - t0 > CASE_LIMIT_MS) throw new Error(`a case took ${Date.now() - t0} ms (a hang)`);
  return out;
};

export const PROPERTIES: FuzzProperty[] = [
  {
    name: 'import never throws on any text, and answers in one line',
    run: (runs, seed) =>
      fc.assert(
        fc.asyncProperty(fc.oneof(fc.json(), fc.string({ unit: 'binary' }), nastyString(200), fc.jsonValue().map((v) => JSON.stringify({ schemaVersion: 2, tool: { name: 'DVC Inspector', version: '1' }, v }))), async (input) => {
          const result = await timed(async () => parseReportText(input));
          if (!result.ok && (result.error.en.includes('\n') || result.error.vi.includes('\n'))) throw new Error('a message of more than one line');
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'a changed report is refused, or is exactly what the tool would build (no forged report accepted)',
    run: (runs, seed) =>
      fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
          const r = await genuineReport();
          for (const change of changes) {
            try {
              change(r);
            } catch {
              // A change that does not apply to this report (a key gone already) is no change.
            }
          }
          const result = await timed(async () => parseReportText(JSON.stringify(r)));
          if (result.ok) {
            if (!rebuilt(result.report)) throw new Error('an inconsistent report was accepted');
            exportsAreSafe(result.report);
          }
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'any page gives a valid snapshot within its budget, and a report that imports and exports safely',
    run: (runs, seed) =>
      fc.assert(
        fc.asyncProperty(page, pageUrl, async (html, url) => {
          const snapshot: PageSnapshot = await timed(() => snapshotFromHtml(html, url));
          if (!PageSnapshotSchema.safeParse(snapshot).success) throw new Error('an invalid snapshot');
          if (Buffer.byteLength(JSON.stringify(snapshot)) > SNAPSHOT_MAX_BYTES) throw new Error('a snapshot over its budget');
          const audit = withPage(newPortalAudit(snapshot.origin || url, DEFAULT_PROFILE, NOW), auditPage(snapshot, DEFAULT_PROFILE.criteria, NOW));
          const report = buildReport(audit, { profile: DEFAULT_PROFILE, toolVersion: '0.1.0', now: NOW });
          if (report.criteria.some((c) => c.state === 'error')) throw new Error(`a check crashed: ${report.criteria.find((c) => c.state === 'error')!.id}`);
          const back = parseReportText(JSON.stringify(report));
          if (!back.ok) throw new Error(`a genuine report was refused: ${back.error.en}`);
          exportsAreSafe(back.report);
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'report text from anywhere (titles, evidence, notes, marker markup) exports safely',
    run: (runs, seed) =>
      fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(), text), { maxLength: 6 }), async (edits) => {
          const r = await genuineReport();
          for (const [i, t] of edits) {
            const c = r.criteria[i % r.criteria.length]!;
            const value = `${t}${MARKER}`;
            c.title.vi = value;
            c.note = value;
            c.evidence = c.evidence.map((e) => ({ ...e, text: value, selector: value }));
            r.portal.origin = value;
            r.tool.version = value;
          }
          exportsAreSafe(r);
        }),
        { numRuns: runs, seed },
      ),
  },
];
