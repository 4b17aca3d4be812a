import { escapeRegExp, normalizeVi, slugVi } from '../text/vietnamese';
import type { Evidence } from './types';
import { EVIDENCE_CAP } from './types';

/**
 * The matcher vocabulary the checks are written with, compiled once where a
 * check module is loaded (never per audit). Labels are written as portals
 * write them; they are normalised like page text (case, Unicode form,
 * tone-mark placement) and can also be turned into URL slugs.
 *
 * - `phrase(labels)`: the label as whole words anywhere in a text;
 * - `exact(labels)`: the whole text is the label (a heading, a filter, a column header, a badge);
 * - `start(labels)`: the text begins with the label (a label cell, "Mã thủ tục: 1.001234");
 * - `urls(fragments)`: an address contains a fragment (case-insensitive) or matches a RegExp.
 * Every RegExp here is linear: alternations of literals, no nested quantifiers.
 */

const EXCERPT = 160;

export function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EXCERPT ? `${t.slice(0, EXCERPT - 1)}…` : t;
}

export function evidenceAt(pageUrl: string, selector: string, text: string): Evidence {
  return { pageUrl, selector, text: excerpt(text) };
}

export function dedupe(evidence: readonly Evidence[], cap = EVIDENCE_CAP): Evidence[] {
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

/** Evidence from several sources, de-duplicated and capped. */
export function anyOf(...sources: ReadonlyArray<readonly Evidence[]>): Evidence[] {
  return dedupe(sources.flat());
}

/** Host of an absolute URL, lower-cased, without a trailing dot; '' when there is none. */
export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : '';
}

/** Path, query and fragment of an absolute URL ('' when there is none); a relative one as it is. */
export function pathOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url.trim());
  return m ? url.trim().slice(m[0].length) : url.trim();
}

export const isGovVn = (host: string) => host === 'gov.vn' || host.endsWith('.gov.vn');

const ALNUM = /[\p{L}\p{N}]/u;

/** The text without trailing characters that are neither letters nor digits. Linear. */
export function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0) {
    // A surrogate pair is one character; letters outside the BMP are rare but possible.
    const start = end >= 2 && /[\udc00-\udfff]/.test(s[end - 1]!) ? end - 2 : end - 1;
    if (ALNUM.test(s.slice(start, end))) break;
    end = start;
  }
  return s.slice(0, end);
}

const bareCache = new Map<string, string>();
/**
 * Normalised text without leading/trailing punctuation, icons or list
 * numbering: "1. Mã thủ tục:" -> "mã thủ tục", "-- Chọn --" -> "chọn".
 */
export function bare(norm: string): string {
  const hit = bareCache.get(norm);
  if (hit !== undefined) return hit;
  // Leading part anchored (linear); the trailing run is cut by a scan, not by a `[^…]+$` RegExp,
  // which retries from every position of a long run of punctuation.
  const b = trimEnd(norm.replace(/^(?:[^\p{L}\p{N}]+|(?:\d+|[ivx]+|[a-zđ])[.)]\s*)+/u, ''));
  if (bareCache.size >= 50_000) bareCache.clear();
  bareCache.set(norm, b);
  return b;
}

/** A compiled test on normalised text. */
export interface Matcher {
  (norm: string): boolean;
  /** The text with the label cut out ("hotline: 1900 1234" -> ": 1900 1234"), or null when the label is not in it. */
  cut(norm: string): string | null;
  /** The labels it was made from, normalised. */
  readonly labels: readonly string[];
  /**
   * The words a text must hold for the matcher to find it: every word of one
   * label, keyed by its longest word; absent when there is no such filter.
   */
  readonly needs?: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const wordCache = new Map<string, ReadonlySet<string>>();
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The words of a normalised text (maximal runs of letters and digits), made
 * once per distinct text. A label matched as whole words brings its words
 * whole into the text, so a text without any of a matcher's key words is
 * rejected without running its pattern.
 */
export function wordsOf(norm: string): ReadonlySet<string> {
  const hit = wordCache.get(norm);
  if (hit !== undefined) return hit;
  const words = norm === '' ? NO_WORDS : new Set(norm.match(WORD));
  if (wordCache.size >= 50_000) wordCache.clear();
  wordCache.set(norm, words);
  return words;
}

/**
 * The words each label needs, keyed by its longest (the rarest, as a rule):
 * a text can hold a label only if it holds every word of it. Null when a
 * label has no word (nothing to filter on).
 */
type KeyWords = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
function keyWords(norms: readonly string[]): KeyWords | null {
  const keys = new Map<string, Array<readonly string[]>>();
  for (const n of norms) {
    const words = n.match(WORD);
    if (!words) return null;
    const key = words.reduce((a, b) => (b.length > a.length ? b : a));
    const rest = [...new Set(words)].filter((w) => w !== key);
    const list = keys.get(key);
    if (list) list.push(rest);
    else keys.set(key, [rest]);
  }
  return keys;
}

/** Does the text hold every word of one of the labels? */
function holds(norm: string, keys: KeyWords): boolean {
  const words = wordsOf(norm);
  if (words.size < keys.size) {
    for (const w of words) {
      const rests = keys.get(w);
      if (rests !== undefined && holdsOne(words, rests)) return true;
    }
  } else for (const [k, rests] of keys) if (words.has(k) && holdsOne(words, rests)) return true;
  return false;
}

function holdsOne(words: ReadonlySet<string>, rests: ReadonlyArray<readonly string[]>): boolean {
  for (const rest of rests) {
    let all = true;
    for (const w of rest)
      if (!words.has(w)) {
        all = false;
        break;
      }
    if (all) return true;
  }
  return false;
}

/** Longest first, so "phí, lệ phí" wins over "phí" (the order of a RegExp alternation). */
function ordered(norms: readonly string[]): string[] {
  return [...new Set(norms)].sort((a, b) => b.length - a.length);
}

const ALNUM_AT = /[\p{L}\p{N}]/uy;
/** Is the character (code point) at i a letter or digit? */
function alnumAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  ALNUM_AT.lastIndex = i;
  return ALNUM_AT.test(s);
}
/** Is the character (code point) ending at i a letter or digit? */
function alnumBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return alnumAt(s, pair ? i - 2 : i - 1);
}

/**
 * Where a label first stands as whole words in a text, and which one: what
 * `(?<![\p{L}\p{N}])(?:l1|l2|…)(?![\p{L}\p{N}])` finds, by plain string
 * search. A check's many label patterns are then no RegExps at all: each
 * pattern would be compiled again in every fresh audit (a cold engine),
 * which cost more than the matching itself.
 */
function findWhole(text: string, labels: readonly string[]): { index: number; length: number } | null {
  let best = -1;
  let length = 0;
  for (const l of labels) {
    for (let i = text.indexOf(l); i !== -1 && (best === -1 || i < best); i = text.indexOf(l, i + 1))
      if (!alnumBefore(text, i) && !alnumAt(text, i + l.length)) {
        best = i;
        length = l.length;
        break;
      }
  }
  return best === -1 ? null : { index: best, length };
}

/** The first label the text begins with as whole words: what `^(?:l1|l2|…)(?![\p{L}\p{N}])` finds. */
function findStart(text: string, labels: readonly string[]): number {
  for (const l of labels) if (text.startsWith(l) && !alnumAt(text, l.length)) return l.length;
  return -1;
}

/**
 * A matcher behind a key-word filter: the labels are matched as whole words,
 * so each label's words are whole words of any text it is found in (and
 * `bare` keeps whole words of a text). Labels without any word keep the
 * RegExp.
 */
function compile(
  norms: readonly string[],
  labels: readonly string[],
  find: (text: string, alts: readonly string[]) => { index: number; length: number } | null,
  pattern: (alts: string) => RegExp,
  prepare: (norm: string) => string = (n) => n,
): Matcher {
  const alts = ordered(norms);
  const keys = keyWords(norms);
  let test: Matcher;
  if (keys) {
    test = ((norm: string) => holds(norm, keys) && find(prepare(norm), alts) !== null) as Matcher;
    test.cut = (norm) => {
      if (!holds(norm, keys)) return null;
      const text = prepare(norm);
      const m = find(text, alts);
      return m ? text.slice(0, m.index) + text.slice(m.index + m.length) : null;
    };
    Object.defineProperty(test, 'needs', { value: keys });
  } else {
    const re = pattern(alts.map(escapeRegExp).join('|'));
    test = ((norm: string) => re.test(prepare(norm))) as Matcher;
    test.cut = (norm) => {
      const text = prepare(norm);
      const m = re.exec(text);
      return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : null;
    };
  }
  Object.defineProperty(test, 'labels', { value: labels.map(normalizeVi) });
  return test;
}

/** The label as whole words anywhere in the text. */
export function phrase(labels: readonly string[]): Matcher {
  return compile(labels.map(normalizeVi), labels, findWhole, (alts) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, 'u'));
}

/** The text begins with the label (after leading punctuation and numbering). */
export function start(labels: readonly string[]): Matcher {
  return compile(
    labels.map((l) => bare(normalizeVi(l))),
    labels,
    (text, alts) => {
      const length = findStart(text, alts);
      return length < 0 ? null : { index: 0, length };
    },
    (alts) => new RegExp(`^(?:${alts})(?![\\p{L}\\p{N}])`, 'u'),
    bare,
  );
}

/** The whole text is one of the labels (after stripping punctuation and numbering at its ends). */
export function exact(labels: readonly string[]): Matcher {
  const wanted = new Set(labels.map((l) => bare(normalizeVi(l))));
  const test = ((norm: string) => wanted.has(bare(norm))) as Matcher;
  test.cut = (norm) => (wanted.has(bare(norm)) ? '' : null);
  Object.defineProperty(test, 'labels', { value: labels.map(normalizeVi) });
  // A text that is a label holds its words (bare keeps whole words): the key words find its candidates.
  const keys = keyWords([...wanted]);
  if (keys) Object.defineProperty(test, 'needs', { value: keys });
  return test;
}

export type UrlTest = (url: string) => boolean;

const lowerCache = new Map<string, string>();
/** An address lower-cased, once per distinct address (every URL test of every check reads the same links). */
function lower(url: string): string {
  let l = lowerCache.get(url);
  if (l === undefined) {
    l = url.toLowerCase();
    if (lowerCache.size >= 50_000) lowerCache.clear();
    lowerCache.set(url, l);
  }
  return l;
}

/** An address contains one of the fragments (case-insensitive), or matches one of the RegExps. */
export function urls(fragments: ReadonlyArray<string | RegExp>): UrlTest {
  const plain = fragments.filter((f): f is string => typeof f === 'string').map((f) => f.toLowerCase());
  const res = fragments.filter((f): f is RegExp => f instanceof RegExp);
  return (url) => {
    if (!url) return false;
    const u = lower(url);
    return plain.some((f) => u.includes(f)) || res.some((r) => r.test(url));
  };
}

/** Labels as URL slugs ("Tra cứu hồ sơ" -> "tra-cuu-ho-so"), for routes; short slugs are left out. */
export function slugs(labels: readonly string[]): UrlTest {
  const list = [...new Set(labels.map(slugVi).filter((s) => s.length > 3))];
  return (url) => {
    const u = lower(url);
    return list.some((s) => u.includes(s));
  };
}

/** Identifiers without separators ("Mã hồ sơ" -> "mahoso"), for input names and ids. */
export function identifiers(labels: readonly string[]): (ident: string) => boolean {
  const list = [...new Set(labels.map((l) => slugVi(l).replace(/-/g, '')).filter((s) => s.length > 3))];
  return (ident) => {
    const i = ident.toLowerCase().replace(/[-_\s]/g, '');
    return list.some((s) => i.includes(s));
  };
}

const SEP = ' > ';

/** Do two selectors share an ancestor at most `levels` above the second? */
export function near(labelSelector: string, linkSelector: string, levels: number): boolean {
  const parts = linkSelector.split(SEP);
  if (parts.length <= levels) return false;
  const ancestor = parts.slice(0, parts.length - levels).join(SEP);
  return labelSelector === ancestor || labelSelector.startsWith(ancestor + SEP);
}

/** Is the selector the element itself or inside it? */
export function inside(selector: string, container: string): boolean {
  return selector === container || selector.startsWith(container + SEP);
}

/** Is the label the header of the table column the link sits in? */
export function sameColumn(headerSelector: string, linkSelector: string): boolean {
  const parts = linkSelector.split(SEP);
  const t = parts.map((p) => p.startsWith('table')).lastIndexOf(true);
  if (t < 0) return false;
  const table = parts.slice(0, t + 1).join(SEP) + SEP;
  if (!headerSelector.startsWith(table)) return false;
  const column = (rest: string[]) => {
    for (const p of rest) {
      const m = /^t[dh]:nth-of-type\((\d+)\)$/.exec(p);
      if (m) return { index: m[1], tag: p.slice(0, 2) };
    }
    return null;
  };
  const header = column(headerSelector.slice(table.length).split(SEP));
  const cell = column(parts.slice(t + 1));
  const inHead = headerSelector.slice(table.length).startsWith('thead');
  return header !== null && cell !== null && header.index === cell.index && (header.tag === 'th' || inHead);
}
