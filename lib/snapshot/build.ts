import type { PageSnapshot } from './schema';
import { SNAPSHOT_LIMITS as L } from './limits';
import { stripJsComments } from './js-comments';
import { SelectorBuilder } from './selector';

/**
 * One pass over the page: the only code that reads the audited page's DOM.
 * It never forces layout (no computed styles, no geometry), never runs page
 * code, and caps every list: the first entries and the last ones are kept,
 * so a huge catalogue table cannot push the footer's contacts out.
 *
 * The pass is written once, as a generator that pauses at checkpoints (every
 * few hundred elements or items). `buildSnapshot` runs it straight through
 * (command line, tests); `buildSnapshotAsync` gives the page its main thread
 * back whenever a slice has run for `sliceMs`, so auditing a 200,000-element
 * page never blocks the page for long.
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

/** Elements walked (or entries made) between two checks of the clock. */
const CHECKPOINT = 256;
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
  // Most texts are already tidy: test once instead of replacing and trimming.
  const t = UNTIDY_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
  if (t.length <= max) return t;
  // Do not leave half of a surrogate pair (an emoji) at the end.
  const code = t.charCodeAt(max - 1);
  return t.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function resolve(raw: string | null, base: string): string {
  if (!raw) return '';
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
    trimmed.push(e.name);
  });
  return trimmed;
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
  // Relative URLs resolve against the first <base href>, as in the browser:
  // the walk judges mixed content with the base known so far; the entries
  // kept are resolved after the walk, against the document's base.
  let base = url;
  let baseIsHttp = /^http:/i.test(base);
  let baseSeen = false;
  const seenIds = new Set<string>();
  const duplicateIds = new Set<string>();
  const split = <T>(cap: number) => new HeadTail<T>(Math.ceil(cap * 0.75), Math.floor(cap * 0.25));
  // Only what the caps decide on is read during the walk (a text, to drop
  // duplicates); a link, button or image is read once it is known to be kept.
  const texts = split<{ el: Element; tag: string; text: string }>(L.texts);
  const links = split<Element>(L.links);
  const buttons = split<Element>(L.buttons);
  const images = split<Element>(L.images);
  const scriptEls: Array<{ el: Element; src: string; text: string }> = [];
  const styleEls: Array<{ el: Element; text: string }> = [];
  const iframeEls: Element[] = [];
  const meta: PageSnapshot['meta'] = [];
  let viewport: string | null = null;
  let title: string | null = null;
  const mixedEls: Array<{ el: Element; tag: string; url: string }> = [];
  const formEls: Element[] = [];
  const inputEls: Element[] = [];
  const labelFor = new Map<string, string>();
  const seenText = new Set<string>();
  const hidden = new WeakSet<Element>();
  const truncated = new Set<string>();
  const https = parsed?.protocol === 'https:';
  let elementCount = 0;

  /** A URL of the page that is plain http:, resolved, or '' (without parsing a relative one on an https: base). */
  const httpTarget = (value: string): string => {
    // Without a colon a URL is relative (or scheme-relative): it takes the base's scheme.
    if (!value.includes(':') && !baseIsHttp) return '';
    const target = resolve(value, base);
    return /^http:\/\//i.test(target) ? target : '';
  };

  /** Everything the snapshot reads from one element during the walk. */
  const visit = (el: Element): void => {
    elementCount++;
    const tag = el.tagName.toUpperCase();
    const id = el.getAttribute('id');
    if (id) {
      if (seenIds.has(id)) duplicateIds.add(id);
      else seenIds.add(id);
    }
    switch (tag) {
      case 'TITLE':
        // document.title, read during the walk: happy-dom's getter searches
        // the tree recursively and overflows on very deep pages.
        if (title === null && el.namespaceURI === 'http://www.w3.org/1999/xhtml') title = clip(el.textContent);
        break;
      case 'BASE':
        if (!baseSeen && el.hasAttribute('href')) {
          baseSeen = true;
          try {
            base = new URL((el.getAttribute('href') ?? '').trim(), url).href;
            baseIsHttp = /^http:/i.test(base);
          } catch {
            // An unusable base leaves the page's own address.
          }
        }
        break;
      case 'A':
      case 'AREA':
        if (el.hasAttribute('href')) links.push(el);
        break;
      case 'BUTTON':
        buttons.push(el);
        break;
      case 'INPUT': {
        const type = (el.getAttribute('type') || 'text').trim().toLowerCase();
        if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') buttons.push(el);
        else inputEls.push(el);
        break;
      }
      case 'SELECT':
      case 'TEXTAREA':
        inputEls.push(el);
        break;
      case 'FORM':
        if (formEls.length < L.forms) formEls.push(el);
        else truncated.add('forms');
        break;
      case 'LABEL': {
        const f = el.getAttribute('for');
        // The first label with text wins, as for the accessible name.
        if (f && !labelFor.get(f)) labelFor.set(f, clip(visibleText(el)));
        break;
      }
      case 'SCRIPT': {
        if (scriptEls.length >= L.scripts) {
          truncated.add('scripts');
          break;
        }
        const src = el.getAttribute('src');
        if (src) scriptEls.push({ el, src, text: '' });
        else {
          const code = stripJsComments((el.textContent ?? '').slice(0, L.inlineScriptChars * 2)).trim();
          if (code) scriptEls.push({ el, src: '', text: code.slice(0, L.inlineScriptChars) });
        }
        break;
      }
      case 'STYLE': {
        if (styleEls.length >= L.styles) {
          truncated.add('styles');
          break;
        }
        const css = stripCssComments((el.textContent ?? '').slice(0, L.inlineStyleChars * 2)).trim();
        if (css) styleEls.push({ el, text: css.slice(0, L.inlineStyleChars) });
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
        if (!name) break;
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
        const target = httpTarget(value);
        if (target) {
          if (mixedEls.length < L.mixedContent) mixedEls.push({ el, tag: tag.toLowerCase().slice(0, 40), url: target });
          else truncated.add('mixedContent');
        }
      }
      if (tag === 'FORM') {
        const action = el.getAttribute('action');
        const target = action ? httpTarget(action) : '';
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
      }
    }
  };

  const root = doc.documentElement;
  if (root) {
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    let node: Node | null = root;
    let sinceCheck = 0;
    while (node) {
      visit(node as Element);
      node = walker.nextNode();
      if (++sinceCheck === CHECKPOINT) {
        sinceCheck = 0;
        const paused = yield;
        // The page ran meanwhile and removed the element to read next: the
        // rest of the page cannot be reached from it. Say so, keep what was read.
        if (paused && node && !node.isConnected) {
          truncated.add('elements');
          break;
        }
      }
    }
  }

  // Selectors are made after the walk, once every duplicate id is known
  // (an id is only a usable anchor when unique), and only for kept entries.
  const sel = new SelectorBuilder(duplicateIds);
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
      if (out.length % CHECKPOINT === 0) yield;
    }
    return out;
  }

  const textItems = yield* made(texts.items(), ({ el, tag, text }) => ({ selector: sel.of(el), blocks: blocksOf(el), tag, text }));
  const linkItems = yield* made(links.items(), (el) => ({
    selector: sel.of(el),
    href: resolve(el.getAttribute('href'), base),
    text: clip(visibleText(el)),
    label: clip(el.getAttribute('aria-label') || el.getAttribute('title') || imageAlt(el)),
    blocks: blocksOf(el),
    ...actionOf(el),
  }));
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
    src: resolve(el.getAttribute('src'), base),
    alt: el.hasAttribute('alt') ? clip(el.getAttribute('alt')) : null,
  }));
  const scriptItems = yield* made(scriptEls, ({ el, src, text }) => ({ selector: sel.of(el), src: src ? resolve(src, base) : '', text }));
  const styleItems = yield* made(styleEls, ({ el, text }) => ({ selector: sel.of(el), text }));
  const iframeItems = yield* made(iframeEls, (el) => ({
    selector: sel.of(el),
    src: resolve(el.getAttribute('src'), base),
    title: clip(el.getAttribute('title')),
  }));
  const mixedItems = yield* made(mixedEls, ({ el, tag, url: target }) => ({ selector: sel.of(el), tag, url: target }));

  const textOfIds = (ids: string | null): string => {
    if (!ids) return '';
    return ids
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 10)
      .map((ref) => {
        const target = doc.getElementById(ref);
        return target ? visibleText(target) : '';
      })
      .join(' ');
  };
  const inputOf = (el: Element): PageSnapshot['forms'][number]['inputs'][number] => {
    const id = el.getAttribute('id') ?? '';
    const wrapping = el.closest('label');
    return {
      selector: sel.of(el),
      tag: el.tagName.toLowerCase().slice(0, 40),
      // An input without a type is a text field (was reported as "input").
      type: clip(el.getAttribute('type') || (el.tagName.toUpperCase() === 'INPUT' ? 'text' : el.tagName), 40).toLowerCase(),
      name: clip(el.getAttribute('name'), 200),
      id: clip(id, 200),
      // Each source clipped before falling back, so whitespace-only text does not hide the next.
      label:
        (id && labelFor.get(id)) ||
        (wrapping ? clip(visibleText(wrapping)) : '') ||
        clip(textOfIds(el.getAttribute('aria-labelledby'))) ||
        clip(el.getAttribute('aria-label')) ||
        clip(el.getAttribute('title')),
      placeholder: clip(el.getAttribute('placeholder')),
      required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
    };
  };
  const forms: PageSnapshot['forms'] = formEls.map((f) => ({
    selector: sel.of(f),
    action: resolve(f.getAttribute('action'), base) || url.slice(0, 2000),
    method: clip(f.getAttribute('method') || 'get', 20).toLowerCase(),
    inputs: [],
  }));
  // Inputs outside any <form> (common in single-page portals) form one group of their own.
  const loose: PageSnapshot['forms'][number] = { selector: 'body', action: '', method: '', inputs: [] };
  let sinceCheck = 0;
  for (const el of inputEls) {
    if (++sinceCheck === CHECKPOINT) {
      sinceCheck = 0;
      yield;
    }
    // The form="" attribute ties an input to a form elsewhere in the page.
    const formId = el.getAttribute('form');
    const byAttr = formId ? doc.getElementById(formId) : null;
    const owner = byAttr?.tagName.toUpperCase() === 'FORM' ? byAttr : el.closest('form');
    let target = loose;
    if (owner) {
      const i = formEls.indexOf(owner);
      // An input of a form dropped by the cap is not "outside any form".
      if (i < 0) continue;
      target = forms[i]!;
    }
    if (target.inputs.length < L.inputsPerForm) target.inputs.push(inputOf(el));
    else truncated.add('inputs');
  }
  if (loose.inputs.length > 0) forms.push(loose);

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
      };
  } catch {
    timing = null;
  }

  // Header values are capped like everything else (a long CSP would fail validation).
  const headers = opts.responseHeaders
    ? Object.fromEntries(Object.entries(opts.responseHeaders).map(([k, v]) => [k.toLowerCase(), String(v).slice(0, 2000)]))
    : null;

  const snapshot: PageSnapshot = {
    snapshotVersion: 1,
    url: url.slice(0, 4000),
    // Clipped: the URL parser accepts host names far longer than DNS allows.
    origin: (parsed?.origin ?? '').slice(0, 400),
    host: (parsed?.hostname ?? '').slice(0, 300),
    protocol: (parsed?.protocol ?? '').slice(0, 20),
    title: title ?? '',
    lang: clip(root?.getAttribute('lang'), 40),
    viewport,
    capturedAt: (opts.now ?? new Date()).toISOString(),
    texts: textItems,
    links: linkItems,
    forms,
    buttons: buttonItems,
    scripts: scriptItems,
    styles: styleItems,
    iframes: iframeItems,
    images: imageItems,
    meta,
    mixedContent: mixedItems,
    security: {
      isSecureContext: https || parsed?.hostname === 'localhost' || parsed?.hostname === '127.0.0.1',
      scriptReadableCookies: cookies,
      responseHeaders: headers,
    },
    timing,
    stats: { elementCount, truncated: [] },
  };

  // The size budget: every entry of the long lists is weighed (cheaply:
  // most of it is ASCII), the rest of the snapshot is small and serialised
  // once; past the budget the middles of the longest lists go.
  const lists: Array<{ name: string; items: object[]; bytes: number[]; total: number }> = [];
  for (const [name, items] of Object.entries({ texts: textItems, links: linkItems, buttons: buttonItems, images: imageItems, scripts: scriptItems, styles: styleItems })) {
    // Weighed as written: without the blocks an entry shares with the one before it.
    const bytes = yield* made(items as Array<{ blocks?: number[] }>, (entry, i) =>
      entryBytes(i > 0 && sameChain(entry.blocks, (items as Array<{ blocks?: number[] }>)[i - 1]!.blocks) ? { ...entry, blocks: undefined } : entry),
    );
    lists.push({ name, items: items as object[], bytes, total: bytes.reduce((a, b) => a + b, 0) });
  }
  const listBytes = lists.reduce((sum, l) => sum + l.total, 0);
  if (listBytes > SNAPSHOT_MAX_BYTES / 4) {
    const rest = jsonBytes(JSON.stringify({ ...snapshot, texts: [], links: [], buttons: [], images: [], scripts: [], styles: [] }));
    // Margin for the names "truncated" will hold, and the blocks written again after a cut.
    const room = SNAPSHOT_MAX_BYTES - rest - 400;
    if (listBytes > room) for (const name of trimMiddles(lists, room)) truncated.add(name);
  }
  // An entry whose blocks are those of the entry before it omits them: a long
  // flat list (a menu, a catalogue column) costs nothing more.
  for (const list of [textItems, linkItems, buttonItems] as Array<Array<{ blocks?: number[] }>>)
    for (let i = list.length - 1; i > 0; i--) if (sameChain(list[i]!.blocks, list[i - 1]!.blocks)) delete list[i]!.blocks;
  snapshot.stats.truncated = [...truncated].sort();
  return snapshot;
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
