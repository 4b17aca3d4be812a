import type { HiddenBlock, HidingTechnique, PageSnapshot } from './schema';
import { hidingOf, hidingRules, inlineBackground } from './hiding';
import { readPaintTimings } from './paint';
import { ExposureScan } from './exposures';
import { SNAPSHOT_LIMITS as L } from './limits';
import { stripJsCommentsUpTo } from './js-comments';
import { SelectorBuilder } from './selector';

/**
 * One pass over the page: the only code that reads the audited page's DOM.
 * It never forces layout (no computed styles, no geometry), never runs page
 * code, and caps every list: the first entries and the last ones are kept,
 * so a huge catalogue table cannot push the footer's contacts out.
 *
 * The pass is written once, as a generator that pauses at checkpoints: every
 * few hundred elements, and inside any long work on one element (a script
 * of megabytes is read in chunks), by a count of work done, never of
 * elements only. `buildSnapshot` runs it straight through (command line,
 * tests); `buildSnapshotAsync` looks at the clock at every checkpoint and
 * gives the page its main thread back whenever a slice has run for
 * `sliceMs`, so no page, however large or hostile, is blocked for long.
 *
 * Open shadow roots and same-origin frames are read too, where they stand in
 * the page; evidence there has the host or frame in its selector
 * (`host >>> inner`, see selector.ts).
 *
 * Work per element is kept near the floor: links, buttons and images are
 * only remembered during the walk; their text, label and resolved URL are
 * read after it, for the entries the caps keep. Selectors too are made only
 * for kept entries. A budget on the serialised size trims the middle of the
 * longest lists when the caps alone would still give a huge snapshot.
 */

export interface SnapshotOptions {
  /** Address the page came from, when the document's own is not it (command line). */
  url?: string;
  now?: Date;
  /** Response headers, when known (the command line fetched the page itself). */
  responseHeaders?: Record<string, string> | null;
}

export interface AsyncSnapshotOptions extends SnapshotOptions {
  /** Longest stretch of work before the page gets its main thread back (ms, default 30). */
  sliceMs?: number;
  /** How to give the page its turn (default: a MessageChannel task, else setTimeout). */
  yieldToPage?: () => Promise<void>;
}

/**
 * Work between two checkpoints: an element walked or an entry made is one
 * unit, a kilobyte of text read one more.
 */
const CHECKPOINT = 256;
/** Nesting of shadow roots and frames read (a host inside a host…), and how many such trees in all. */
const MAX_NESTING = 4;
const MAX_SUBTREES = 200;
/** Response headers kept (the command line's); names are short, values capped. */
const MAX_HEADERS = 32;
const FRAME_TAGS = new Set(['IFRAME', 'FRAME', 'iframe', 'frame']);
/**
 * Most bytes the snapshot may take as JSON (UTF-8). The count caps keep it
 * near 1.8 MB on a 200,000-element catalogue page, most of it selectors of
 * table rows; past this budget the middles of the longest lists are dropped.
 */
export const SNAPSHOT_MAX_BYTES = 900_000;

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'TITLE', 'OPTION']);
/**
 * Elements whose descendants are never page text either: happy-dom (and a
 * browser with scripting off) parses <noscript> content into elements.
 * Links and images inside them are still kept (tracking pixels live there).
 */
const HIDDEN_SUBTREE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
/** Subtrees left out of an element's text: code, and a select's options inside a label. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'OPTION', 'OPTGROUP', 'SELECT', 'TEXTAREA']);
/** Nodes looked at when gathering one element's text, so a huge or deep subtree costs little. */
const TEXT_NODE_BUDGET = 2000;
/** Schemes whose URLs are kept as written (the URL parser would percent-encode them). */
const RAW_SCHEME = /^\s*(?:javascript|mailto|tel|sms|data):/i;
const MIXED_ATTRS: Record<string, string> = {
  IMG: 'src',
  SCRIPT: 'src',
  IFRAME: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  EMBED: 'src',
  OBJECT: 'data',
  LINK: 'href',
};

/** Elements that make a block of their own: where a label and its value are read together. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Block ancestors kept per entry, and how far up the walk looks for them. */
const BLOCK_DEPTH = 3;
const BLOCK_CLIMB = 16;

function sameChain(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((id, i) => id === b[i]);
}

/** An entry whose blocks are those of the entry before it omits them: a long flat list (a menu, a catalogue column) costs nothing more. */
function withoutSharedBlocks<T extends { blocks?: number[] }>(list: readonly T[]): T[] {
  return list.map((entry, i) => {
    if (i === 0 || !sameChain(entry.blocks, list[i - 1]!.blocks)) return entry;
    const { blocks: _shared, ...rest } = entry;
    return rest as T;
  });
}

/** CSS comments out, so a commented-out rule is not read as one. Linear. */
function stripCssComments(css: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = css.indexOf('/*', i);
    if (start === -1) return out + css.slice(i);
    out += css.slice(i, start);
    const end = css.indexOf('*/', start + 2);
    if (end === -1) return out;
    i = end + 2;
  }
}

/** Keeps the first `head` and the last `tail` items pushed, and counts the rest. */
class HeadTail<T> {
  private readonly first: T[] = [];
  private last: T[] = [];
  private dropped = 0;
  constructor(
    private readonly head: number,
    private readonly tail: number,
  ) {}
  push(item: T): void {
    if (this.first.length < this.head) this.first.push(item);
    else {
      this.last.push(item);
      if (this.last.length > this.tail * 2) {
        this.dropped += this.last.length - this.tail;
        this.last = this.last.slice(-this.tail);
      }
    }
  }
  get truncated(): boolean {
    return this.dropped > 0 || this.last.length > this.tail;
  }
  items(): T[] {
    return this.first.concat(this.last.slice(-this.tail));
  }
}

/** Whitespace that clip() would change: other than single inner spaces. */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

function clip(s: string | null | undefined, max: number = L.textChars): string {
  if (!s) return '';
  // A huge attribute or text (megabytes) is cut before it is tidied: the work stays small.
  if (s.length > max * 8) s = s.trimStart().slice(0, max * 8);
  // Most texts are already tidy: test once instead of replacing and trimming.
  const t = UNTIDY_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
  if (t.length <= max) return t;
  // Do not leave half of a surrogate pair (an emoji) at the end.
  const code = t.charCodeAt(max - 1);
  return t.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function resolve(raw: string | null, base: string): string {
  if (!raw) return '';
  // A URL of megabytes is not parsed (no real one is): kept as written, cut.
  if (raw.length > 16_384) return raw.trim().slice(0, 2000);
  const r = raw.trim();
  // javascript:, mailto:, tel: … are kept as the page wrote them.
  if (RAW_SCHEME.test(r)) return r.slice(0, 2000);
  try {
    return new URL(r, base).href.slice(0, 2000);
  } catch {
    return r.slice(0, 2000);
  }
}

/**
 * The text of an element's subtree as a reader sees it: without script,
 * style, noscript or template text (which textContent includes) nor a
 * select's options; gathered iteratively and within a node budget.
 */
function visibleText(el: Element, max: number = L.textChars * 4): string {
  let s = '';
  let budget = TEXT_NODE_BUDGET;
  let node: Node | null = el.firstChild;
  while (node && budget-- > 0 && s.length < max) {
    if (node.nodeType === 3) s += node.nodeValue ?? '';
    else if (node.nodeType === 1 && node.firstChild && !NOT_TEXT.has((node as Element).tagName.toUpperCase())) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    if (!node || node === el) break;
    node = node.nextSibling;
  }
  return s;
}

/** alt of the first image with one inside a link (bounded, unlike querySelector). */
function imageAlt(el: Element): string | null {
  let budget = TEXT_NODE_BUDGET;
  let node: Element | null = el.firstElementChild;
  while (node && budget-- > 0) {
    if (node.tagName.toUpperCase() === 'IMG' && node.hasAttribute('alt')) return node.getAttribute('alt');
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== el && !node.nextElementSibling) node = node.parentElement;
    if (!node || node === el) break;
    node = node.nextElementSibling;
  }
  return null;
}

function ownText(el: Element): string {
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) s += n.nodeValue ?? '';
  return s;
}

/** Characters JSON writes as they are, one byte each: printable ASCII but `"` and `\\`. */
const PLAIN_JSON = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Bytes of a string as a JSON string in UTF-8, quotes included. */
function jsonBytes(s: string): number {
  // Selectors and URLs are plain ASCII: a native regex check instead of a loop.
  if (PLAIN_JSON.test(s)) return s.length + 2;
  let n = s.length + 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 1 : 5;
    else if (c === 0x22 || c === 0x5c) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: four bytes for its two units.
      n += 2;
      i++;
    }
    // A lone surrogate is written as an escape, \udxxx.
    else if (c >= 0xd800 && c <= 0xdfff) n += 5;
    // Two bytes up to U+07FF, three above.
    else if (c > 0x7f) n += c > 0x7ff ? 2 : 1;
  }
  return n;
}

/** Bytes of one list entry (a flat object of strings, booleans, numbers and nulls) as JSON, its comma included. */
function entryBytes(entry: object): number {
  let n = 2;
  for (const key in entry) {
    const value = (entry as Record<string, unknown>)[key];
    if (value === undefined) continue;
    // Strings are weighed as JSON writes them; numbers, booleans, null and arrays of numbers as written.
    n += key.length + 4 + (typeof value === 'string' ? jsonBytes(value) : Array.isArray(value) ? JSON.stringify(value).length : String(value).length);
  }
  return n;
}

/**
 * Keep lists of entries within `room` bytes. The room is shared out
 * evenly, a list smaller than its share keeping all of it (so one footer
 * link is never given up for a huge catalogue), and each list over its share
 * loses its middle: its first three quarters and last quarter (by size)
 * stay, so a page's header and footer survive. Returns the names of the
 * lists trimmed.
 */
function trimMiddles(lists: Array<{ name: string; items: object[]; bytes: number[]; total: number }>, room: number): string[] {
  const trimmed: string[] = [];
  let left = Math.max(0, room);
  const bySize = [...lists].sort((a, b) => a.total - b.total);
  bySize.forEach((e, i) => {
    const share = left / (bySize.length - i);
    if (e.total <= share) {
      left -= e.total;
      return;
    }
    left -= share;
    let first = 0;
    for (let used = 0; first < e.items.length && used + e.bytes[first]! <= share * 0.75; first++) used += e.bytes[first]!;
    let last = e.items.length;
    for (let used = 0; last > first && used + e.bytes[last - 1]! <= share * 0.25; last--) used += e.bytes[last - 1]!;
    e.items.splice(first, last - first);
    e.bytes.splice(first, last - first);
    e.total = e.bytes.reduce((a, b) => a + b, 0);
    trimmed.push(e.name);
  });
  return trimmed;
}

/** One tree the walk reads: the document, an open shadow root, or a same-origin frame's document. */
interface Tree {
  walker: TreeWalker;
  /** The document or shadow root (for getElementById, label[for], form=""). */
  root: Document | ShadowRoot;
  /** Base URL of the tree's document while it is walked. */
  base: string;
  baseIsHttp: boolean;
  /** Hosts and frames above this tree. */
  depth: number;
  /** label[for] texts by id, per tree (ids are unique per tree only). */
  labels: Map<string, string>;
}

/** Bytes of a JSON text in UTF-8 (it is already escaped: only the encoding counts). */
function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/**
 * The snapshot pass. It pauses (yields) at checkpoints; the driver resumes
 * it with `true` when the page ran in between, so the walk can tell that
 * the page may have changed.
 */
function* snapshotSteps(doc: Document, opts: SnapshotOptions): Generator<void, PageSnapshot, boolean> {
  const url = opts.url ?? doc.location?.href ?? doc.URL;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  /** Work done since the last checkpoint (see CHECKPOINT). */
  let work = 0;
  const seenIds = new Set<string>();
  const duplicateIds = new Set<string>();
  const split = <T>(cap: number) => new HeadTail<T>(Math.ceil(cap * 0.75), Math.floor(cap * 0.25));
  // Only what the caps decide on is read during the walk (a text, to drop
  // duplicates); a link, button or image is read once it is known to be kept.
  const texts = split<{ el: Element; tag: string; text: string }>(L.texts);
  const links = split<Element>(L.links);
  const buttons = split<Element>(L.buttons);
  const images = split<Element>(L.images);
  const inputs = split<{ el: Element; tree: Tree }>(L.inputs);
  /** Every script (its text is read after the walk: features from the first ones, exposures from all). */
  const scriptEls: Element[] = [];
  const styleEls: Array<{ el: Element; text: string }> = [];
  const commentNodes: Node[] = [];
  const iframeEls: Element[] = [];
  const meta: PageSnapshot['meta'] = [];
  let viewport: string | null = null;
  let title: string | null = null;
  const mixedEls: Array<{ el: Element; tag: string; url: string }> = [];
  const formEls: Element[] = [];
  const seenText = new Set<string>();
  const hidden = new WeakSet<Element>();
  /** Elements kept from visitors, with the outermost element hiding them (the block). */
  const hiddenBy = new WeakMap<Element, { el: Element; technique: HidingTechnique; links: number }>();
  /** Background colours inline styles set, carried down (for text written in the same colour). */
  const backgrounds = new WeakMap<Element, string>();
  /** Classes and ids the page's own <style> elements hide (read as the walk meets them: styles come before what they style). */
  const hidingRuleMap = new Map<string, HidingTechnique>();
  const hiddenBlocks = split<{ el: Element; technique: HidingTechnique; links: number }>(L.hiddenBlocks);
  const truncated = new Set<string>();
  const https = parsed?.protocol === 'https:';
  let elementCount = 0;
  /** The frame element of each frame document read, for selectors and base URLs. */
  const frameHosts = new Map<Document, Element>();
  const frameBases = new Map<Document, string>();

  // Relative URLs resolve against the first <base href>, as in the browser:
  // the walk judges mixed content with the base known so far; the entries
  // kept are resolved after the walk, against the document's base.
  const main: Tree = {
    walker: doc.createTreeWalker(doc, 1 | 128 /* NodeFilter.SHOW_ELEMENT | SHOW_COMMENT */),
    root: doc,
    base: url,
    baseIsHttp: /^http:/i.test(url),
    depth: 0,
    labels: new Map(),
  };
  let baseSeen = false;

  /** A URL of the page that is plain http:, resolved, or '' (without parsing a relative one on an https: base). */
  const httpTarget = (value: string, tree: Tree): string => {
    // Without a colon a URL is relative (or scheme-relative): it takes the base's scheme.
    if (!value.includes(':') && !tree.baseIsHttp) return '';
    const target = resolve(value, tree.base);
    return /^http:\/\//i.test(target) ? target : '';
  };

  /** Everything the snapshot reads from one element during the walk. */
  const visit = (el: Element, tree: Tree): void => {
    elementCount++;
    const tag = el.tagName.toUpperCase();
    // Hidden from visitors: by an ancestor, or by itself (then it is a block of its own).
    const parentEl = el.parentElement;
    const hiddenAbove = parentEl ? hiddenBy.get(parentEl) : undefined;
    if (hiddenAbove) hiddenBy.set(el, hiddenAbove);
    else {
      const background = parentEl ? (backgrounds.get(parentEl) ?? null) : null;
      const technique = hidingOf(el, tag, background, hidingRuleMap);
      if (technique) {
        const block = { el, technique, links: 0 };
        hiddenBy.set(el, block);
        hiddenBlocks.push(block);
      } else {
        const own = inlineBackground(el.getAttribute('style')) ?? background;
        if (own) backgrounds.set(el, own);
      }
    }
    const id = el.getAttribute('id');
    if (id) {
      if (seenIds.has(id)) duplicateIds.add(id);
      else seenIds.add(id);
    }
    switch (tag) {
      case 'TITLE':
        // document.title, read during the walk: happy-dom's getter searches
        // the tree recursively and overflows on very deep pages.
        if (title === null && tree === main && el.namespaceURI === 'http://www.w3.org/1999/xhtml') title = clip(el.textContent);
        break;
      case 'BASE':
        if (tree === main && !baseSeen && el.hasAttribute('href')) {
          baseSeen = true;
          try {
            const href = new URL((el.getAttribute('href') ?? '').trim(), url);
            // A data: or javascript: base is ignored, as browsers do: the page's own address stays.
            if (href.protocol !== 'data:' && href.protocol !== 'javascript:') {
              main.base = href.href;
              main.baseIsHttp = /^http:/i.test(main.base);
            }
          } catch {
            // An unusable base leaves the page's own address.
          }
        }
        break;
      case 'A':
      case 'AREA':
        if (el.hasAttribute('href')) {
          links.push(el);
          const block = hiddenBy.get(el);
          if (block) block.links++;
        }
        break;
      case 'BUTTON':
        buttons.push(el);
        break;
      case 'INPUT': {
        const type = (el.getAttribute('type') || 'text').trim().toLowerCase();
        if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') buttons.push(el);
        else inputs.push({ el, tree });
        break;
      }
      case 'SELECT':
      case 'TEXTAREA':
        inputs.push({ el, tree });
        break;
      case 'FORM':
        if (formEls.length < L.forms) formEls.push(el);
        else truncated.add('forms');
        break;
      case 'LABEL': {
        const f = el.getAttribute('for');
        // The first label with text wins, as for the accessible name.
        if (f && !tree.labels.get(f)) tree.labels.set(f, clip(visibleText(el)));
        break;
      }
      case 'SCRIPT':
        if (scriptEls.length < L.scannedScripts) scriptEls.push(el);
        else truncated.add('exposures');
        break;
      case 'STYLE': {
        if (styleEls.length >= L.styles) {
          truncated.add('styles');
          break;
        }
        const css = stripCssComments((el.textContent ?? '').slice(0, L.inlineStyleChars * 2)).trim();
        if (css) {
          styleEls.push({ el, text: css.slice(0, L.inlineStyleChars) });
          hidingRules(css, hidingRuleMap);
          work += css.length >> 10;
        }
        break;
      }
      case 'IFRAME':
      case 'FRAME':
        if (iframeEls.length < L.iframes) iframeEls.push(el);
        else truncated.add('iframes');
        break;
      case 'IMG':
        images.push(el);
        break;
      case 'META': {
        const name = el.getAttribute('name') || el.getAttribute('property') || el.getAttribute('http-equiv');
        if (!name || tree !== main) break;
        // Looked for apart from the capped list, so 100 og: tags cannot hide it.
        if (viewport === null && name.trim().toLowerCase() === 'viewport') viewport = clip(el.getAttribute('content'));
        if (meta.length < L.meta) meta.push({ name: clip(name, 200), content: clip(el.getAttribute('content'), 1000) });
        else truncated.add('meta');
        break;
      }
    }
    // A style attribute only matters when it loads something.
    const inlineStyle = el.getAttribute('style');
    if (inlineStyle && inlineStyle.includes('url(')) {
      if (styleEls.length < L.styles) styleEls.push({ el, text: inlineStyle.slice(0, L.inlineStyleChars) });
      else truncated.add('styles');
    }
    if (https) {
      const attr = MIXED_ATTRS[tag];
      const value = attr ? el.getAttribute(attr) : null;
      if (value && (tag !== 'LINK' || /stylesheet|icon|preload/i.test(el.getAttribute('rel') ?? ''))) {
        // Judged on the resolved URL, so a relative URL under an http: <base> counts too.
        const target = httpTarget(value, tree);
        if (target) {
          if (mixedEls.length < L.mixedContent) mixedEls.push({ el, tag: tag.toLowerCase().slice(0, 40), url: target });
          else truncated.add('mixedContent');
        }
      }
      if (tag === 'FORM') {
        const action = el.getAttribute('action');
        const target = action ? httpTarget(action, tree) : '';
        if (target) {
          if (mixedEls.length < L.mixedContent) mixedEls.push({ el, tag: 'form', url: target });
          else truncated.add('mixedContent');
        }
      }
    }
    const parent = el.parentElement;
    if (HIDDEN_SUBTREE.has(tag) || (parent !== null && hidden.has(parent))) hidden.add(el);
    else if (!SKIP_TEXT.has(tag)) {
      const own = ownText(el);
      if (own && /\S/.test(own)) {
        // Whole text of small elements, so "Tra cứu <b>hồ sơ</b>" stays one label
        // (a leaf's whole text is its own).
        const text = clip(el.firstElementChild === null ? own : el.childElementCount <= 10 ? visibleText(el) : own);
        if (text && !seenText.has(text)) {
          seenText.add(text);
          texts.push({ el, tag: tag.toLowerCase().slice(0, 40), text });
        }
        // A huge text costs its length to read.
        if (own.length > 4096) work += own.length >> 10;
      }
    }
  };

  /** The trees below an element: its open shadow root, or a same-origin frame's document. */
  let subtrees = 0;
  const treesBelow = (el: Element, tree: Tree): Tree[] => {
    const out: Tree[] = [];
    let shadow: ShadowRoot | null = null;
    try {
      shadow = el.shadowRoot;
    } catch {
      shadow = null;
    }
    let frameDoc: Document | null = null;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IFRAME' || tag === 'FRAME') {
      try {
        // Null (or a throw) for a cross-origin frame: it is not ours to read.
        frameDoc = (el as HTMLIFrameElement).contentDocument;
      } catch {
        frameDoc = null;
      }
    }
    if (!shadow && !frameDoc?.documentElement) return out;
    if (tree.depth >= MAX_NESTING || subtrees >= MAX_SUBTREES) {
      truncated.add('frames');
      return out;
    }
    if (shadow) {
      subtrees++;
      out.push({ walker: doc.createTreeWalker(shadow, 1 | 128), root: shadow, base: tree.base, baseIsHttp: tree.baseIsHttp, depth: tree.depth + 1, labels: new Map() });
    }
    if (frameDoc?.documentElement) {
      subtrees++;
      let base = '';
      try {
        base = frameDoc.baseURI || frameDoc.URL;
      } catch {
        base = tree.base;
      }
      if (!base || base === 'about:blank' || base === 'about:srcdoc') base = tree.base;
      frameHosts.set(frameDoc, el);
      frameBases.set(frameDoc, base);
      out.push({ walker: frameDoc.createTreeWalker(frameDoc, 1 | 128), root: frameDoc, base, baseIsHttp: /^http:/i.test(base), depth: tree.depth + 1, labels: new Map() });
    }
    return out;
  };

  // The walk: a stack of trees, so a shadow root or frame is read where it
  // stands in the page (before the host's own children).
  const trees: Tree[] = [main];
  walk: while (trees.length > 0) {
    const tree = trees[trees.length - 1]!;
    const node = tree.walker.nextNode();
    if (!node) {
      trees.pop();
      continue;
    }
    if (node.nodeType === 8) {
      if (commentNodes.length < L.scannedComments) commentNodes.push(node);
      else truncated.add('exposures');
    } else {
      const el = node as Element;
      visit(el, tree);
      // Only hosts and frames have a tree below (a property read per element, no more).
      if (el.shadowRoot || FRAME_TAGS.has(el.tagName)) for (const t of treesBelow(el, tree)) trees.push(t);
    }
    if (++work >= CHECKPOINT) {
      work = 0;
      const paused = yield;
      // The page ran meanwhile and removed the node the walk stands on: the
      // rest of the page cannot be reached from it. Say so, keep what was read.
      if (paused && !node.isConnected) {
        truncated.add('elements');
        break walk;
      }
    }
  }

  // Selectors are made after the walk, once every duplicate id is known
  // (an id is only a usable anchor when unique), and only for kept entries.
  const sel = new SelectorBuilder(duplicateIds, { mainDocument: doc, frameHost: (d) => frameHosts.get(d) });
  // Block ids, given on demand to the block ancestors of kept entries only.
  const blockIds = new WeakMap<Element, number>();
  let nextBlock = 0;
  const blocksOf = (el: Element): number[] => {
    const out: number[] = [];
    let climbed = 0;
    for (let cur: Element | null = el; cur && out.length < BLOCK_DEPTH && climbed < BLOCK_CLIMB; cur = cur.parentElement, climbed++) {
      const name = cur.tagName.toUpperCase();
      if (name === 'BODY' || name === 'HTML') break;
      if (!BLOCK.has(name)) continue;
      let id = blockIds.get(cur);
      if (id === undefined) {
        id = nextBlock++;
        blockIds.set(cur, id);
      }
      out.push(id);
    }
    return out;
  };
  const actionOf = (el: Element): { action?: string } => {
    const onclick = el.getAttribute('onclick');
    return onclick && /\S/.test(onclick) ? { action: clip(onclick, 300) } : {};
  };
  /** The entries of a kept list, made one by one with pauses. */
  function* made<T, U>(list: readonly T[], make: (entry: T, index: number) => U): Generator<void, U[], boolean> {
    const out: U[] = [];
    for (const entry of list) {
      out.push(make(entry, out.length));
      if (++work >= CHECKPOINT) {
        work = 0;
        yield;
      }
    }
    return out;
  }
  /** Base URL of the document an element is in (a frame has its own). */
  const baseOf = (el: Element): string => {
    const owner = el.ownerDocument;
    return owner && owner !== doc ? (frameBases.get(owner) ?? main.base) : main.base;
  };

  /** How an entry is hidden, as a field (none when it is visible). */
  const hiddenOf = (el: Element): { hidden?: HidingTechnique } => {
    const block = hiddenBy.get(el);
    return block ? { hidden: block.technique } : {};
  };
  const textItems = yield* made(texts.items(), ({ el, tag, text }) => ({ selector: sel.of(el), blocks: blocksOf(el), tag, text, ...hiddenOf(el) }));
  const linkItems = yield* made(links.items(), (el) => ({
    selector: sel.of(el),
    href: resolve(el.getAttribute('href'), baseOf(el)),
    text: clip(visibleText(el)),
    label: clip(el.getAttribute('aria-label') || el.getAttribute('title') || imageAlt(el)),
    blocks: blocksOf(el),
    ...actionOf(el),
    ...hiddenOf(el),
  }));
  if (hiddenBlocks.truncated) truncated.add('hiddenBlocks');
  const hiddenBlockItems: HiddenBlock[] = yield* made(hiddenBlocks.items(), ({ el, technique, links: count }) => {
    // A <noscript>'s content is text (its markup as written): its links are counted in it.
    const text = clip(visibleText(el));
    return { selector: sel.of(el), technique, text, links: technique === 'noscript' ? Math.min(1000, (text.match(/<a\s/gi) ?? []).length) : count };
  });
  const buttonItems = yield* made(buttons.items(), (el) =>
    el.tagName.toUpperCase() === 'BUTTON'
      ? {
          selector: sel.of(el),
          // Clipped before falling back, so an icon button's whitespace does not hide its aria-label.
          text: clip(visibleText(el)) || clip(el.getAttribute('aria-label')) || clip(el.getAttribute('title')),
          type: clip(el.getAttribute('type') || 'submit', 40).toLowerCase(),
          blocks: blocksOf(el),
          ...actionOf(el),
        }
      : {
          selector: sel.of(el),
          text: clip(el.getAttribute('value')) || clip(el.getAttribute('aria-label')) || clip(el.getAttribute('alt')),
          type: clip((el.getAttribute('type') || 'text').trim(), 40).toLowerCase(),
          blocks: blocksOf(el),
          ...actionOf(el),
        },
  );
  const imageItems = yield* made(images.items(), (el) => ({
    selector: sel.of(el),
    src: resolve(el.getAttribute('src'), baseOf(el)),
    alt: el.hasAttribute('alt') ? clip(el.getAttribute('alt')) : null,
  }));

  // Scripts: the first ones as features (external address, or code without
  // comments, capped); every one, to its end, for exposures.
  const scan = new ExposureScan();
  const scriptItems: PageSnapshot['scripts'] = [];
  for (const el of scriptEls) {
    const raw = el.textContent ?? '';
    const src = el.getAttribute('src');
    if (scriptItems.length < L.scripts) {
      if (src) scriptItems.push({ selector: sel.of(el), src: resolve(src, baseOf(el)), text: '' });
      else {
        const stripped = stripJsCommentsUpTo(raw, L.inlineScriptChars * 2);
        const code = stripped.code.trim();
        if (code) {
          scriptItems.push({ selector: sel.of(el), src: '', text: code.slice(0, L.inlineScriptChars) });
          if (!stripped.complete || code.length > L.inlineScriptChars) truncated.add('scriptText');
        }
        work += Math.min(raw.length, L.inlineScriptChars * 4) >> 8;
      }
    } else truncated.add('scripts');
    for (const read of scan.read(raw, el, 'script')) {
      work += read >> 10;
      if (work >= CHECKPOINT) {
        work = 0;
        yield;
      }
    }
    if (++work >= CHECKPOINT) {
      work = 0;
      yield;
    }
  }
  for (const node of commentNodes) {
    // A comment is shown at the element holding it (a shadow root's host, the root element at the top).
    const parent = node.parentNode;
    const holder =
      parent?.nodeType === 1 ? (parent as Element) : parent?.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : ((parent as Document | null)?.documentElement ?? null);
    if (!holder) continue;
    for (const read of scan.read(node.nodeValue ?? '', holder, 'comment')) {
      work += read >> 10;
      if (work >= CHECKPOINT) {
        work = 0;
        yield;
      }
    }
    if (++work >= CHECKPOINT) {
      work = 0;
      yield;
    }
  }
  if (scan.truncated) truncated.add('exposures');
  const exposureItems = yield* made(scan.excerpts, ({ el, source, text }) => ({ selector: sel.of(el), source, text }));

  const styleItems = yield* made(styleEls, ({ el, text }) => ({ selector: sel.of(el), text }));
  const iframeItems = yield* made(iframeEls, (el) => ({
    selector: sel.of(el),
    src: resolve(el.getAttribute('src'), baseOf(el)),
    title: clip(el.getAttribute('title')),
  }));
  const mixedItems = yield* made(mixedEls, ({ el, tag, url: target }) => ({ selector: sel.of(el), tag, url: target }));

  /** The nearest <form> or <label> around an element, memoised along the way (deep pages stay linear). */
  const nearestMemo = new Map<string, WeakMap<Element, Element | null>>();
  const nearest = (el: Element, name: string): Element | null => {
    let memo = nearestMemo.get(name);
    if (!memo) nearestMemo.set(name, (memo = new WeakMap()));
    const path: Element[] = [];
    let found: Element | null = null;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const known = memo.get(cur);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (cur.tagName.toUpperCase() === name && cur.namespaceURI === 'http://www.w3.org/1999/xhtml') {
        found = cur;
        break;
      }
      path.push(cur);
    }
    for (const p of path) memo.set(p, found);
    return found;
  };
  const byId = (tree: Tree, id: string): Element | null => {
    try {
      return (tree.root as Document).getElementById?.(id) ?? null;
    } catch {
      return null;
    }
  };
  const textOfIds = (ids: string | null, tree: Tree): string => {
    if (!ids) return '';
    return ids
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 10)
      .map((ref) => {
        const target = byId(tree, ref);
        return target ? visibleText(target) : '';
      })
      .join(' ');
  };
  const inputOf = ({ el, tree }: { el: Element; tree: Tree }): PageSnapshot['forms'][number]['inputs'][number] => {
    const id = el.getAttribute('id') ?? '';
    const wrapping = nearest(el, 'LABEL');
    return {
      selector: sel.of(el),
      tag: el.tagName.toLowerCase().slice(0, 40),
      // An input without a type is a text field (was reported as "input").
      type: clip(el.getAttribute('type') || (el.tagName.toUpperCase() === 'INPUT' ? 'text' : el.tagName), 40).toLowerCase(),
      name: clip(el.getAttribute('name'), 200),
      id: clip(id, 200),
      // Each source clipped before falling back, so whitespace-only text does not hide the next.
      label:
        (id && tree.labels.get(id)) ||
        (wrapping ? clip(visibleText(wrapping)) : '') ||
        clip(textOfIds(el.getAttribute('aria-labelledby'), tree)) ||
        clip(el.getAttribute('aria-label')) ||
        clip(el.getAttribute('title')),
      placeholder: clip(el.getAttribute('placeholder')),
      required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
    };
  };
  const forms: PageSnapshot['forms'] = formEls.map((f) => ({
    selector: sel.of(f),
    action: resolve(f.getAttribute('action'), baseOf(f)) || url.slice(0, 2000),
    method: clip(f.getAttribute('method') || 'get', 20).toLowerCase(),
    inputs: [],
  }));
  const formIndex = new Map(formEls.map((f, i) => [f, i]));
  // Inputs outside any <form> (common in single-page portals) form one group of their own.
  const loose: PageSnapshot['forms'][number] = { selector: 'body', action: '', method: '', inputs: [] };
  /** Every kept input with its form (index in `forms`, or -1 for the loose group), in page order. */
  const inputItems: Array<{ form: number; input: PageSnapshot['forms'][number]['inputs'][number] }> = [];
  const perForm = new Map<number, number>();
  for (const entry of inputs.items()) {
    if (++work >= CHECKPOINT) {
      work = 0;
      yield;
    }
    const el = entry.el;
    // The form="" attribute ties an input to a form elsewhere in its tree.
    const formId = el.getAttribute('form');
    const byAttr = formId ? byId(entry.tree, formId) : null;
    const owner = byAttr?.tagName.toUpperCase() === 'FORM' ? byAttr : nearest(el, 'FORM');
    let form = -1;
    if (owner) {
      const i = formIndex.get(owner);
      // An input of a form dropped by the cap is not "outside any form".
      if (i === undefined) continue;
      form = i;
    }
    const count = perForm.get(form) ?? 0;
    if (count >= L.inputsPerForm) {
      truncated.add('inputs');
      continue;
    }
    perForm.set(form, count + 1);
    inputItems.push({ form, input: inputOf(entry) });
  }
  if (inputs.truncated) truncated.add('inputs');

  for (const [name, list] of Object.entries({ texts, links, buttons, images })) if (list.truncated) truncated.add(name);

  let cookies: string[] = [];
  try {
    cookies = (doc.cookie || '')
      .split(';')
      .map((c) => c.split('=')[0]!.trim())
      .filter(Boolean)
      .slice(0, 100)
      .map((c) => c.slice(0, 200));
  } catch {
    // Sandboxed documents throw on cookie access.
  }

  let timing: PageSnapshot['timing'] = null;
  try {
    const nav = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav && nav.responseStart > 0)
      timing = {
        responseStart: Math.max(0, nav.responseStart),
        domContentLoaded: Math.max(0, nav.domContentLoadedEventEnd),
        load: Math.max(0, nav.loadEventEnd),
        ...(readPaintTimings(doc.defaultView as (Window & typeof globalThis) | null) ?? {}),
      };
  } catch {
    timing = null;
  }

  // Header values are capped like everything else (a long CSP would fail validation), and so is their number.
  const headerEntries = opts.responseHeaders ? Object.entries(opts.responseHeaders) : [];
  if (headerEntries.length > MAX_HEADERS) truncated.add('headers');
  const headers = opts.responseHeaders
    ? Object.fromEntries(headerEntries.slice(0, MAX_HEADERS).map(([k, v]) => [k.toLowerCase().slice(0, 100), String(v).slice(0, 2000)]))
    : null;

  const snapshot: PageSnapshot = {
    snapshotVersion: 1,
    url: url.slice(0, 4000),
    // Clipped: the URL parser accepts host names far longer than DNS allows.
    origin: (parsed?.origin ?? '').slice(0, 400),
    host: (parsed?.hostname ?? '').slice(0, 300),
    protocol: (parsed?.protocol ?? '').slice(0, 20),
    title: title ?? '',
    lang: clip(doc.documentElement?.getAttribute('lang'), 40),
    viewport,
    capturedAt: (opts.now ?? new Date()).toISOString(),
    texts: textItems,
    links: linkItems,
    forms: [],
    buttons: buttonItems,
    scripts: scriptItems,
    styles: styleItems,
    iframes: iframeItems,
    images: imageItems,
    meta,
    mixedContent: mixedItems,
    exposures: exposureItems,
    security: {
      isSecureContext: https || parsed?.hostname === 'localhost' || parsed?.hostname === '127.0.0.1',
      scriptReadableCookies: cookies,
      responseHeaders: headers,
    },
    timing,
    hiddenBlocks: hiddenBlockItems,
    stats: { elementCount, truncated: [] },
  };

  // The size budget: every entry of every list is weighed (cheaply: most of
  // it is ASCII), the rest of the snapshot is small and serialised once;
  // past the budget the middles of the longest lists go. Inputs are weighed
  // one by one, forms without their inputs.
  const formEntries = forms.map((f) => ({ selector: f.selector, action: f.action, method: f.method, inputs: '' }));
  const inputEntries = inputItems.map((i) => i.input);
  const named: Record<string, object[]> = {
    texts: textItems,
    links: linkItems,
    buttons: buttonItems,
    images: imageItems,
    scripts: scriptItems,
    styles: styleItems,
    iframes: iframeItems,
    meta,
    mixedContent: mixedItems,
    exposures: exposureItems,
    hiddenBlocks: hiddenBlockItems,
    forms: formEntries,
    inputs: inputEntries,
  };
  const lists: Array<{ name: string; items: object[]; bytes: number[]; total: number }> = [];
  for (const [name, items] of Object.entries(named)) {
    // Weighed as written: without the blocks an entry shares with the one before it.
    const bytes = yield* made(items as Array<{ blocks?: number[] }>, (entry, i) =>
      entryBytes(i > 0 && sameChain(entry.blocks, (items as Array<{ blocks?: number[] }>)[i - 1]!.blocks) ? { ...entry, blocks: undefined } : entry),
    );
    lists.push({ name, items, bytes, total: bytes.reduce((a, b) => a + b, 0) });
  }
  const list = (name: string) => lists.find((l) => l.name === name)!.items;
  /** The snapshot with what the lists keep: forms get their kept inputs. */
  const assemble = (): PageSnapshot => {
    const keptForms = new Set(list('forms'));
    const keptInputs = new Set(list('inputs'));
    const out = forms.map((f) => ({ ...f, inputs: [] as PageSnapshot['forms'][number]['inputs'] }));
    const looseKept: PageSnapshot['forms'][number]['inputs'] = [];
    for (const item of inputItems) {
      if (!keptInputs.has(item.input)) continue;
      if (item.form < 0) looseKept.push(item.input);
      else if (keptForms.has(formEntries[item.form]!)) out[item.form]!.inputs.push(item.input);
    }
    const formOut = out.filter((_, i) => keptForms.has(formEntries[i]!));
    if (looseKept.length > 0) formOut.push({ ...loose, inputs: looseKept });
    return {
      ...snapshot,
      texts: withoutSharedBlocks(list('texts') as PageSnapshot['texts']),
      links: withoutSharedBlocks(list('links') as PageSnapshot['links']),
      buttons: withoutSharedBlocks(list('buttons') as PageSnapshot['buttons']),
      images: list('images') as PageSnapshot['images'],
      scripts: list('scripts') as PageSnapshot['scripts'],
      styles: list('styles') as NonNullable<PageSnapshot['styles']>,
      iframes: list('iframes') as PageSnapshot['iframes'],
      meta: list('meta') as PageSnapshot['meta'],
      mixedContent: list('mixedContent') as PageSnapshot['mixedContent'],
      exposures: list('exposures') as PageSnapshot['exposures'],
      hiddenBlocks: list('hiddenBlocks') as HiddenBlock[],
      forms: formOut,
      stats: { elementCount, truncated: [...truncated].sort() },
    };
  };
  const empty = { texts: [], links: [], buttons: [], images: [], scripts: [], styles: [], iframes: [], meta: [], mixedContent: [], exposures: [], hiddenBlocks: [], forms: [] };
  // Margin for the names "truncated" will hold, the brackets of the inputs and the blocks written again after a cut.
  let room = SNAPSHOT_MAX_BYTES - jsonBytes(JSON.stringify({ ...snapshot, ...empty })) - 600 - 20 * forms.length;
  let result = snapshot;
  // The budget is a promise: checked on the JSON itself, and kept by
  // trimming harder should the weighing have fallen short.
  for (let tries = 0; tries < 4; tries++) {
    if (lists.reduce((sum, l) => sum + l.total, 0) > room) for (const name of trimMiddles(lists, room)) truncated.add(name);
    result = assemble();
    const over = utf8Bytes(JSON.stringify(result)) - SNAPSHOT_MAX_BYTES;
    if (over <= 0) break;
    room -= over + 10_000;
  }
  return result;
}

/**
 * Give the page its turn: a task of its own, queued behind what the page
 * has waiting (its timers, messages, input). Not scheduler.yield(), whose
 * continuation runs before the page's own tasks; not setTimeout, which is
 * clamped to 4 ms when nested and throttled to once a second in a
 * background tab (the audited tab is one while the popup page is open in
 * another).
 */
function yieldToPageDefault(): Promise<void> {
  if (typeof MessageChannel === 'function')
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const clock = (): number => (typeof performance === 'object' ? performance.now() : Date.now());

/** The snapshot in one go: for the command line, tests, and any caller that may block. */
export function buildSnapshot(doc: Document, opts: SnapshotOptions = {}): PageSnapshot {
  const steps = snapshotSteps(doc, opts);
  for (;;) {
    const step = steps.next(false);
    if (step.done) return step.value;
  }
}

/**
 * The same snapshot, built in slices: after about `sliceMs` of work the page
 * gets its main thread back (input, rendering, its own scripts) before the
 * walk goes on. What the page changes meanwhile may or may not be seen; if
 * it removes the element the walk was to read next, the walk stops there
 * and `stats.truncated` says "elements".
 */
export async function buildSnapshotAsync(doc: Document, opts: AsyncSnapshotOptions = {}): Promise<PageSnapshot> {
  const sliceMs = opts.sliceMs ?? 30;
  const pause = opts.yieldToPage ?? yieldToPageDefault;
  const steps = snapshotSteps(doc, opts);
  // The task that started us (an injection: compiling the script, making
  // its world) has had its share already: the walk starts in a task of its own.
  await pause();
  let sliceEnd = clock() + sliceMs;
  let paused = true;
  for (;;) {
    const step = steps.next(paused);
    if (step.done) return step.value;
    paused = false;
    if (clock() >= sliceEnd) {
      await pause();
      paused = true;
      sliceEnd = clock() + sliceMs;
    }
  }
}
