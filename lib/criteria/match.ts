import type { PageSnapshot } from '../snapshot/schema';
import { escapeRegExp, normalizeVi, slugVi } from '../text/vietnamese';
import { EVIDENCE_CAP, type CheckResult, type Evidence, type Localized } from './types';

/**
 * Small matchers the criteria are written with. Patterns are plain labels
 * as portals write them; they are normalised the same way as page text
 * (case, Unicode form, tone-mark placement), and also turned into URL slugs.
 */

const EXCERPT = 160;

export function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EXCERPT ? `${t.slice(0, EXCERPT - 1)}…` : t;
}

function ev(page: PageSnapshot, selector: string, text: string): Evidence {
  return { pageUrl: page.url, selector, text: excerpt(text) };
}

/** Build a matcher for labels: whole-word match on the normalised text. */
export function labelMatcher(labels: readonly string[]): (text: string) => boolean {
  const alternatives = labels.map((l) => escapeRegExp(normalizeVi(l)));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (text) => re.test(normalizeVi(text));
}

export function dedupe(evidence: Evidence[], cap = EVIDENCE_CAP): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evidence) {
    const key = `${e.selector}\u0000${e.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length >= cap) break;
  }
  return out;
}

/**
 * Visible text anywhere a label can stand: text elements, links (text and
 * accessible label), buttons, and form inputs' labels and placeholders.
 */
export function findText(page: PageSnapshot, labels: readonly string[], cap = EVIDENCE_CAP): Evidence[] {
  const match = labelMatcher(labels);
  const out: Evidence[] = [];
  const push = (selector: string, text: string) => {
    if (out.length < cap * 4 && match(text)) out.push(ev(page, selector, text));
  };
  for (const t of page.texts) push(t.selector, t.text);
  for (const l of page.links) {
    push(l.selector, l.text);
    if (l.label) push(l.selector, l.label);
  }
  for (const b of page.buttons) push(b.selector, b.text);
  for (const f of page.forms)
    for (const i of f.inputs) {
      if (i.label) push(i.selector, i.label);
      if (i.placeholder) push(i.selector, i.placeholder);
    }
  push('title', page.title);
  return dedupe(out, cap);
}

/** Does a URL contain one of these path or host fragments (case-insensitive)? */
export function urlMatcher(fragments: readonly (string | RegExp)[]): (url: string) => boolean {
  return (url) => {
    const u = url.toLowerCase();
    return fragments.some((f) => (typeof f === 'string' ? u.includes(f.toLowerCase()) : f.test(url)));
  };
}

/** Links whose target matches a URL fragment, or whose text matches a label. */
export function findLinks(
  page: PageSnapshot,
  opts: { urls?: readonly (string | RegExp)[]; labels?: readonly string[]; slugs?: boolean },
  cap = EVIDENCE_CAP,
): Evidence[] {
  const byUrl = opts.urls ? urlMatcher(opts.urls) : () => false;
  const byLabel = opts.labels ? labelMatcher(opts.labels) : () => false;
  // Slugs of the labels, for routes such as /tra-cuu-ho-so.
  const slugs = opts.slugs && opts.labels ? opts.labels.map(slugVi).filter((s) => s.length > 3) : [];
  const out: Evidence[] = [];
  for (const l of page.links) {
    const href = l.href.toLowerCase();
    const hit =
      byUrl(l.href) ||
      byLabel(l.text) ||
      (l.label !== '' && byLabel(l.label)) ||
      slugs.some((s) => href.includes(s));
    if (hit) out.push(ev(page, l.selector, l.text || l.label || l.href));
    if (out.length >= cap) break;
  }
  return dedupe(out, cap);
}

/** Is the page itself at a route matching one of the fragments? */
export function pageAt(page: PageSnapshot, urls: readonly (string | RegExp)[]): Evidence[] {
  return urlMatcher(urls)(page.url) ? [ev(page, 'html', page.url)] : [];
}

/** External scripts whose URL matches, and inline scripts whose code matches. */
export function findScripts(
  page: PageSnapshot,
  opts: { src?: readonly (string | RegExp)[]; code?: readonly RegExp[] },
  cap = EVIDENCE_CAP,
): Evidence[] {
  const bySrc = opts.src ? urlMatcher(opts.src) : () => false;
  const out: Evidence[] = [];
  for (const s of page.scripts) {
    if (s.src && bySrc(s.src)) out.push(ev(page, s.selector, s.src));
    else if (s.text && opts.code) {
      const re = opts.code.find((r) => r.test(s.text));
      if (re) {
        const m = re.exec(s.text);
        out.push(ev(page, s.selector, m ? m[0] : s.text));
      }
    }
    if (out.length >= cap) break;
  }
  return out;
}

export function findIframes(page: PageSnapshot, urls: readonly (string | RegExp)[], cap = EVIDENCE_CAP): Evidence[] {
  const m = urlMatcher(urls);
  return page.iframes
    .filter((f) => m(f.src))
    .slice(0, cap)
    .map((f) => ev(page, f.selector, f.title || f.src));
}

export function findImages(
  page: PageSnapshot,
  opts: { src?: readonly (string | RegExp)[]; alt?: readonly string[] },
  cap = EVIDENCE_CAP,
): Evidence[] {
  const bySrc = opts.src ? urlMatcher(opts.src) : () => false;
  const byAlt = opts.alt ? labelMatcher(opts.alt) : () => false;
  return page.images
    .filter((i) => bySrc(i.src) || (i.alt !== null && byAlt(i.alt)))
    .slice(0, cap)
    .map((i) => ev(page, i.selector, i.alt || i.src));
}

/** Form inputs whose label, name, id or placeholder matches. */
export function findInputs(page: PageSnapshot, labels: readonly string[], cap = EVIDENCE_CAP): Evidence[] {
  const match = labelMatcher(labels);
  const slugs = labels.map((l) => slugVi(l).replace(/-/g, ''));
  const out: Evidence[] = [];
  for (const f of page.forms)
    for (const i of f.inputs) {
      const ident = `${i.name} ${i.id}`.toLowerCase().replace(/[-_\s]/g, '');
      if (match(i.label) || match(i.placeholder) || slugs.some((s) => s.length > 3 && ident.includes(s)))
        out.push(ev(page, i.selector, i.label || i.placeholder || i.name));
    }
  return dedupe(out, cap);
}

/** Evidence from several sources, de-duplicated and capped. */
export function anyOf(...sources: Evidence[][]): Evidence[] {
  return dedupe(sources.flat());
}

/** A visible text with where it is and its normalised form. */
export interface TextItem {
  selector: string;
  raw: string;
  norm: string;
  /** Tag of a text element; '' for link, button and field labels. */
  tag: string;
}

const textCache = new WeakMap<PageSnapshot, TextItem[]>();

/** The texts findText reads, normalised once per page. */
export function textsOf(page: PageSnapshot): TextItem[] {
  let items = textCache.get(page);
  if (items) return items;
  const list: TextItem[] = [];
  const add = (selector: string, raw: string, tag = '') => {
    if (raw) list.push({ selector, raw, norm: normalizeVi(raw), tag });
  };
  for (const t of page.texts) add(t.selector, t.text, t.tag);
  for (const l of page.links) {
    add(l.selector, l.text);
    add(l.selector, l.label);
  }
  for (const b of page.buttons) add(b.selector, b.text);
  for (const f of page.forms)
    for (const i of f.inputs) {
      add(i.selector, i.label);
      add(i.selector, i.placeholder);
    }
  add('title', page.title, 'title');
  textCache.set(page, list);
  return list;
}

/**
 * Visible texts judged by a predicate, e.g. a label that must be the whole
 * text of a badge, or sit in a short text rather than a paragraph.
 */
export function scanText(page: PageSnapshot, test: (item: TextItem) => boolean, maxLength = Infinity, cap = EVIDENCE_CAP): Evidence[] {
  const out: Evidence[] = [];
  for (const t of textsOf(page)) {
    if (t.raw.length > maxLength || !test(t)) continue;
    out.push(ev(page, t.selector, t.raw));
    if (out.length >= cap * 4) break;
  }
  return dedupe(out, cap);
}

/** The national portal dichvucong.gov.vn itself (not provincial hosts such as dichvucong.<tinh>.gov.vn). */
export const NATIONAL_PORTAL = /^https?:\/\/(?:www\.)?dichvucong\.gov\.vn(?:[/:?#]|$)/i;

/** What a finding says when the function is provided through the national portal. */
export const DELEGATED: Localized = {
  vi: 'Chức năng được cung cấp qua Cổng Dịch vụ công quốc gia (cổng tỉnh liên kết tới dichvucong.gov.vn).',
  en: 'The function is provided through the national portal (the portal links to dichvucong.gov.vn).',
};

/**
 * The page split into its own links and its links to the national portal, so
 * that a finding can say when a function is delegated to dichvucong.gov.vn.
 * On the national portal itself every link is its own.
 */
export function splitNationalLinks(page: PageSnapshot): { own: PageSnapshot; national: PageSnapshot } {
  if (NATIONAL_PORTAL.test(page.url)) return { own: page, national: { ...page, links: [] } };
  const outbound = page.links.filter((l) => NATIONAL_PORTAL.test(l.href));
  const inside = (selector: string) => outbound.some((l) => selector === l.selector || selector.startsWith(`${l.selector} > `));
  return {
    // A link's words are also among the page's texts: those of national links are not the portal's own.
    own: {
      ...page,
      links: page.links.filter((l) => !NATIONAL_PORTAL.test(l.href)),
      texts: outbound.length ? page.texts.filter((t) => !inside(t.selector)) : page.texts,
    },
    national: { ...page, links: outbound },
  };
}

/** Evidence of the portal's own function, or else of its link to the national portal's one (recorded as delegated). */
export function ownOrDelegated(own: Evidence[], national: Evidence[]): CheckResult {
  if (own.length > 0) return { evidence: anyOf(own, national) };
  if (national.length > 0) return { evidence: dedupe(national), message: DELEGATED };
  return { evidence: [] };
}

/**
 * A label shown with its value: the value in the label's own text
 * ("Tổng đài hỗ trợ: 1022") or in one of the next few texts in document
 * order (label and value in sibling cells or spans). `value` receives
 * normalised text: for the label's own text, the text with the label cut
 * out; for a following text, the whole of it.
 */
export function findLabelledValue(
  page: PageSnapshot,
  opts: {
    labels: readonly string[];
    value: (normalisedText: string, ownText: boolean) => boolean;
    /** Only texts that begin with the label (field labels, not sentences that mention it). */
    atStart?: boolean;
    /** How many following texts may hold the value. */
    window?: number;
    /** Texts that never hold the value (e.g. visitor counters). */
    ignore?: (normalisedText: string) => boolean;
  },
  cap = EVIDENCE_CAP,
): Evidence[] {
  // Whole words, as labelMatcher; anchored at the start for field labels such as "Lệ phí: …".
  const alternatives = opts.labels.map((l) => escapeRegExp(normalizeVi(l))).join('|');
  const labelRe = new RegExp(`${opts.atStart ? '^' : '(?<![\\p{L}\\p{N}])'}(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
  const window = opts.window ?? 3;
  const texts = page.texts.map((t) => normalizeVi(t.text));
  const out: Evidence[] = [];
  for (let i = 0; i < texts.length && out.length < cap; i++) {
    const t = texts[i]!;
    const m = labelRe.exec(t);
    if (!m) continue;
    const label = page.texts[i]!;
    const rest = t.slice(0, m.index) + t.slice(m.index + m[0].length);
    if (opts.value(rest, true)) {
      out.push({ pageUrl: page.url, selector: label.selector, text: excerpt(label.text) });
      continue;
    }
    for (let j = i + 1; j <= i + window && j < texts.length; j++) {
      const near = texts[j]!;
      if (opts.ignore?.(near)) continue;
      if (opts.value(near, false)) {
        const v = page.texts[j]!;
        out.push({ pageUrl: page.url, selector: v.selector, text: excerpt(`${label.text} ${v.text}`) });
        break;
      }
    }
  }
  return dedupe(out, cap);
}
