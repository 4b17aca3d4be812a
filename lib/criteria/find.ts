import { normalizeVi } from '../text/vietnamese';
import { dedupe, evidenceAt, identifiers, slugs, type Matcher, type UrlTest } from './match';
import type { Evidence } from './types';
import { EVIDENCE_CAP } from './types';
import type { LinkItem, PageView, TextItem } from './views';

/**
 * Finders: evidence on a page for compiled matchers (./match.ts), reading the
 * page's shared views (./views.ts). None compiles a pattern.
 */

export interface TextScan {
  /** Longer texts are prose, not labels (default: any length). */
  maxLength?: number;
  /** Which strings to read (default: all visible strings). */
  kinds?: ReadonlyArray<TextItem['kind']>;
  /** Only the portal's own strings, not the words of links to the national portal. */
  own?: boolean;
  cap?: number;
  /**
   * A matcher the test implies (the test finds a string only when this
   * matcher does): only the strings holding its key words are read.
   */
  needs?: Matcher;
}

/**
 * Positions (ascending) of the strings of a list that hold every word of one
 * of the matcher's labels, from the page's word index; null when the matcher
 * has no key words (then every string is read).
 */
export function candidates(page: PageView, list: readonly { norm: string }[], matcher: Matcher): readonly number[] | null {
  const needs = matcher.needs;
  if (needs === undefined) return null;
  const index = page.wordIndex(list);
  let found: readonly number[] | null = null;
  let merged: number[] | null = null;
  for (const key of needs.keys()) {
    const at = index.get(key);
    if (at === undefined) continue;
    if (found === null) found = at;
    else (merged ??= [...found]).push(...at);
  }
  if (merged === null) return found ?? [];
  return [...new Set(merged)].sort((a, b) => a - b);
}

/** The strings of a list (one of the page's views) that can hold one of the matcher's labels, in order. */
export function textsWith<T extends { norm: string }>(page: PageView, list: readonly T[], matcher: Matcher | ((norm: string) => boolean)): readonly T[] {
  const only = 'needs' in matcher && matcher.needs !== undefined ? candidates(page, list, matcher as Matcher) : null;
  return only === null ? list : only.map((i) => list[i]!);
}

/** Visible strings judged by a test on their normalised form. */
export function scanText(page: PageView, test: (t: TextItem) => boolean, opts: TextScan = {}): Evidence[] {
  const cap = opts.cap ?? EVIDENCE_CAP;
  const out: Evidence[] = [];
  const list = opts.own ? page.ownTexts : page.texts;
  const only = opts.needs ? candidates(page, list, opts.needs) : null;
  const n = only === null ? list.length : only.length;
  for (let k = 0; k < n; k++) {
    const t = list[only === null ? k : only[k]!]!;
    if (opts.kinds && !opts.kinds.includes(t.kind)) continue;
    if (opts.maxLength !== undefined && t.raw.length > opts.maxLength) continue;
    if (!test(t)) continue;
    out.push(evidenceAt(page.url, t.selector, t.raw));
    if (out.length >= cap * 4) break;
  }
  return dedupe(out, cap);
}

/** Visible strings a matcher finds. */
export function findText(page: PageView, matcher: Matcher, opts: TextScan = {}): Evidence[] {
  return scanText(page, (t) => matcher(t.norm), { ...opts, needs: matcher });
}

export interface LinkScan {
  urls?: UrlTest;
  labels?: Matcher;
  /** Also links whose route is a slug of one of the labels ("tra-cuu-ho-so"). */
  slugs?: boolean;
  /** Which links: all (default), the portal's own, or those to the national portal. */
  among?: 'all' | 'own' | 'national';
  cap?: number;
}

const slugCache = new WeakMap<Matcher, UrlTest>();
/** The labels' slugs, compiled once per matcher. */
function slugsOf(m: Matcher): UrlTest {
  let t = slugCache.get(m);
  if (!t) {
    t = slugs(m.labels);
    slugCache.set(m, t);
  }
  return t;
}

function linkList(page: PageView, among: LinkScan['among']): readonly LinkItem[] {
  return among === 'own' ? page.ownLinks : among === 'national' ? page.nationalLinks : page.links;
}

export function linkEvidence(page: PageView, l: LinkItem, withTarget = false): Evidence {
  const words = l.link.text || l.link.label || l.href;
  return evidenceAt(page.url, l.selector, withTarget ? `${words} → ${l.href}` : words);
}

/** Links whose target matches, or whose words match a label, or whose route is a label's slug. */
export function findLinks(page: PageView, opts: LinkScan): Evidence[] {
  const cap = opts.cap ?? EVIDENCE_CAP;
  const out: Evidence[] = [];
  for (const l of linkList(page, opts.among)) {
    if (l.unbuilt) continue;
    const hit =
      (opts.urls !== undefined && opts.urls(l.href)) ||
      (opts.labels !== undefined && (opts.labels(l.norm) || (l.normLabel !== '' && opts.labels(l.normLabel)))) ||
      (opts.slugs === true && opts.labels !== undefined && slugsOf(opts.labels)(l.path));
    if (hit) out.push(linkEvidence(page, l));
    if (out.length >= cap) break;
  }
  return dedupe(out, cap);
}

/** Is the page itself at a matching address? */
export function pageAt(page: PageView, test: UrlTest): Evidence[] {
  return test(page.url) ? [evidenceAt(page.url, 'html', page.url)] : [];
}

/** External scripts whose address matches, and inline scripts whose code matches (the match is the evidence). */
export function findScripts(page: PageView, opts: { src?: UrlTest; code?: readonly RegExp[] }, cap = EVIDENCE_CAP): Evidence[] {
  const out: Evidence[] = [];
  if (opts.src) for (const s of page.externalScripts) if (opts.src(s.src) && out.length < cap) out.push(evidenceAt(page.url, s.selector, s.src));
  if (opts.code)
    for (const s of page.inlineScripts) {
      if (out.length >= cap) break;
      for (const re of opts.code) {
        const m = re.exec(s.text);
        if (m) {
          out.push(evidenceAt(page.url, s.selector, m[0]));
          break;
        }
      }
    }
  return out;
}

export function findIframes(page: PageView, test: UrlTest, cap = EVIDENCE_CAP): Evidence[] {
  return page.snap.iframes
    .filter((f) => test(f.src))
    .slice(0, cap)
    .map((f) => evidenceAt(page.url, f.selector, f.title || f.src));
}

export function findImages(page: PageView, opts: { src?: UrlTest; alt?: Matcher }, cap = EVIDENCE_CAP): Evidence[] {
  const out: Evidence[] = [];
  for (const i of page.snap.images) {
    if ((opts.src && opts.src(i.src)) || (opts.alt && i.alt !== null && opts.alt(normalizeVi(i.alt)))) out.push(evidenceAt(page.url, i.selector, i.alt || i.src));
    if (out.length >= cap) break;
  }
  return out;
}

/** Form fields whose label, placeholder, name or id matches. */
export function findInputs(
  page: PageView,
  labels: Matcher,
  opts: { names?: ReturnType<typeof identifiers>; forms?: PageView['snap']['forms'] } = {},
  cap = EVIDENCE_CAP,
): Evidence[] {
  const out: Evidence[] = [];
  for (const f of opts.forms ?? page.snap.forms)
    for (const i of f.inputs) {
      if (i.type.toLowerCase() === 'hidden') continue;
      const byText = (i.label !== '' && labels(normalizeVi(i.label))) || (i.placeholder !== '' && labels(normalizeVi(i.placeholder)));
      const byName = opts.names !== undefined && opts.names(`${i.name} ${i.id}`);
      if (byText || byName) out.push(evidenceAt(page.url, i.selector, i.label || i.placeholder || i.name || i.id));
    }
  return dedupe(out, cap);
}

/**
 * Are two strings read together: inline parts of one block, sibling blocks
 * of one container (a heading and the paragraph after it, the cells of a
 * row, a term and its definition), or a block and one nested in its sibling?
 */
export function sameBlock(label: { blocks: readonly number[]; tag?: string }, value: { blocks: readonly number[] }): boolean {
  const [l0, l1, l2] = label.blocks;
  const [v0, v1, v2] = value.blocks;
  if (l0 === undefined || v0 === undefined) return false;
  if (l0 === v0) return true;
  if (l1 !== undefined && (l1 === v1 || l1 === v2 || l1 === v0)) return true;
  if (v1 !== undefined && v1 === l0) return true;
  // A column header and a cell of a later row: one table.
  return label.tag === 'th' && l2 !== undefined && l2 === v2;
}

export interface LabelledValue {
  /** The label text. */
  label: TextItem;
  /** Where the value was found: the label's own text, or another text of its block. */
  value: TextItem;
  evidence: Evidence;
}

/**
 * A label shown with its value: in the label's own text ("Tổng đài hỗ trợ:
 * 1022") or in a following text of the same block (label and value in
 * sibling elements, a heading and the paragraph after it, a table or
 * definition row). Without block data (older snapshots) the next few texts.
 * `value` receives normalised text: the label's own text with the label cut
 * out, or a following text whole.
 */
export function findLabelledValues(
  page: PageView,
  opts: {
    label: Matcher;
    value: (normalisedText: string, ownText: boolean) => boolean;
    /** How many following texts may hold the value. */
    window?: number;
    /** Texts that never hold the value (visitor counters). */
    ignore?: (normalisedText: string) => boolean;
    /** Texts longer than this are prose, not labels. */
    maxLabelLength?: number;
    /**
     * A link's words are a menu entry, not a label: by default a link is read
     * only with a value in its own words ("Tổng đài: 1900 1234" as a link).
     */
    linkLabels?: boolean;
    cap?: number;
  },
): LabelledValue[] {
  const texts = page.contentTexts;
  const window = opts.window ?? 4;
  const cap = opts.cap ?? EVIDENCE_CAP;
  const out: LabelledValue[] = [];
  const seen = new Set<string>();
  // Only a text that holds a label can start a match.
  const only = candidates(page, texts, opts.label);
  const n = only === null ? texts.length : only.length;
  for (let k = 0; k < n && out.length < cap; k++) {
    const i = only === null ? k : only[k]!;
    const t = texts[i]!;
    if (opts.maxLabelLength !== undefined && t.raw.length > opts.maxLabelLength) continue;
    const rest = opts.label.cut(t.norm);
    if (rest === null) continue;
    if (opts.value(rest, true)) {
      if (!seen.has(t.selector)) out.push({ label: t, value: t, evidence: evidenceAt(page.url, t.selector, t.raw) });
      seen.add(t.selector);
      continue;
    }
    if (t.tag === 'a' && !opts.linkLabels) continue;
    for (let j = i + 1; j <= i + window && j < texts.length; j++) {
      const v = texts[j]!;
      if (opts.ignore?.(v.norm)) continue;
      // With block data the value must share the label's block; without it, nearness in order is all there is.
      if (t.blocks.length > 0 && v.blocks.length > 0 && !sameBlock(t, v)) continue;
      if (opts.value(v.norm, false)) {
        if (!seen.has(v.selector)) out.push({ label: t, value: v, evidence: evidenceAt(page.url, v.selector, `${t.raw} ${v.raw}`) });
        seen.add(v.selector);
        break;
      }
    }
  }
  return out;
}
