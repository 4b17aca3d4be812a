import type { PageSnapshot } from './schema';
import { SNAPSHOT_LIMITS as L } from './limits';
import { stripJsComments } from './js-comments';
import { SelectorBuilder } from './selector';

/**
 * One pass over the page: the only code that reads the audited page's DOM.
 * It never forces layout (no computed styles, no geometry), never runs page
 * code, and caps every list: the first entries and the last ones are kept,
 * so a huge catalogue table cannot push the footer's contacts out.
 */

export interface SnapshotOptions {
  /** Address the page came from, when the document's own is not it (command line). */
  url?: string;
  now?: Date;
  /** Response headers, when known (the command line fetched the page itself). */
  responseHeaders?: Record<string, string> | null;
}

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

function clip(s: string | null | undefined, max: number = L.textChars): string {
  if (!s) return '';
  const t = s.replace(/\s+/g, ' ').trim();
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

export function buildSnapshot(doc: Document, opts: SnapshotOptions = {}): PageSnapshot {
  const url = opts.url ?? doc.location?.href ?? doc.URL;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  // Relative URLs resolve against the first <base href>, as in the browser.
  let base = url;
  let baseSeen = false;
  // Selectors are made after the walk, once every duplicate id is known
  // (an id is only a usable anchor when unique), and only for kept items.
  const elementOf = new WeakMap<object, Element>();
  const at = <T extends { selector: string }>(el: Element, item: T): T => {
    elementOf.set(item, el);
    return item;
  };
  const seenIds = new Set<string>();
  const duplicateIds = new Set<string>();
  const split = (cap: number) => new HeadTail<never>(Math.ceil(cap * 0.75), Math.floor(cap * 0.25));
  const texts = split(L.texts) as unknown as HeadTail<PageSnapshot['texts'][number]>;
  const links = split(L.links) as unknown as HeadTail<PageSnapshot['links'][number]>;
  const buttons = split(L.buttons) as unknown as HeadTail<PageSnapshot['buttons'][number]>;
  const images = split(L.images) as unknown as HeadTail<PageSnapshot['images'][number]>;
  const scripts: PageSnapshot['scripts'] = [];
  const iframes: PageSnapshot['iframes'] = [];
  const meta: PageSnapshot['meta'] = [];
  let viewport: string | null = null;
  let title: string | null = null;
  const mixed: PageSnapshot['mixedContent'] = [];
  const formEls: Element[] = [];
  const inputEls: Element[] = [];
  const labelFor = new Map<string, string>();
  const seenText = new Set<string>();
  const hidden = new WeakSet<Element>();
  const truncated = new Set<string>();
  const https = parsed?.protocol === 'https:';
  let elementCount = 0;

  const root = doc.documentElement;
  if (root) {
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node: Node | null = root; node; node = walker.nextNode()) {
      const el = node as Element;
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
            } catch {
              // An unusable base leaves the page's own address.
            }
          }
          break;
        case 'A':
        case 'AREA': {
          const rawHref = el.getAttribute('href');
          if (rawHref !== null) {
            links.push(
              at(el, {
                selector: '',
                href: resolve(rawHref, base),
                text: clip(visibleText(el)),
                label: clip(el.getAttribute('aria-label') || el.getAttribute('title') || imageAlt(el)),
              }),
            );
          }
          break;
        }
        case 'BUTTON':
          buttons.push(
            at(el, {
              selector: '',
              // Clipped before falling back, so an icon button's whitespace does not hide its aria-label.
              text: clip(visibleText(el)) || clip(el.getAttribute('aria-label')) || clip(el.getAttribute('title')),
              type: clip(el.getAttribute('type') || 'submit', 40).toLowerCase(),
            }),
          );
          break;
        case 'INPUT': {
          const type = (el.getAttribute('type') || 'text').trim().toLowerCase();
          if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') {
            buttons.push(
              at(el, {
                selector: '',
                text: clip(el.getAttribute('value')) || clip(el.getAttribute('aria-label')) || clip(el.getAttribute('alt')),
                type,
              }),
            );
          } else inputEls.push(el);
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
          const src = el.getAttribute('src');
          if (scripts.length >= L.scripts) {
            truncated.add('scripts');
            break;
          }
          if (src) scripts.push(at(el, { selector: '', src: resolve(src, base), text: '' }));
          else {
            const code = stripJsComments((el.textContent ?? '').slice(0, L.inlineScriptChars * 2)).trim();
            if (code) scripts.push(at(el, { selector: '', src: '', text: code.slice(0, L.inlineScriptChars) }));
          }
          break;
        }
        case 'IFRAME':
        case 'FRAME':
          if (iframes.length < L.iframes)
            iframes.push(
              at(el, {
                selector: '',
                src: resolve(el.getAttribute('src'), base),
                title: clip(el.getAttribute('title')),
              }),
            );
          else truncated.add('iframes');
          break;
        case 'IMG':
          images.push(
            at(el, {
              selector: '',
              src: resolve(el.getAttribute('src'), base),
              alt: el.hasAttribute('alt') ? clip(el.getAttribute('alt')) : null,
            }),
          );
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
      if (https) {
        const attr = MIXED_ATTRS[tag];
        const value = attr ? el.getAttribute(attr) : null;
        if (value && (tag !== 'LINK' || /stylesheet|icon|preload/i.test(el.getAttribute('rel') ?? ''))) {
          // Judged on the resolved URL, so a relative URL under an http: <base> counts too.
          const target = resolve(value, base);
          if (/^http:\/\//i.test(target)) {
            if (mixed.length < L.mixedContent) mixed.push(at(el, { selector: '', tag: tag.toLowerCase().slice(0, 40), url: target }));
            else truncated.add('mixedContent');
          }
        }
        if (tag === 'FORM') {
          const action = el.getAttribute('action');
          const target = action ? resolve(action, base) : '';
          if (/^http:\/\//i.test(target)) {
            if (mixed.length < L.mixedContent) mixed.push(at(el, { selector: '', tag: 'form', url: target }));
            else truncated.add('mixedContent');
          }
        }
      }
      const parent = el.parentElement;
      if (HIDDEN_SUBTREE.has(tag) || (parent !== null && hidden.has(parent))) hidden.add(el);
      else if (!SKIP_TEXT.has(tag)) {
        const own = ownText(el);
        if (/\S/.test(own)) {
          // Whole text of small elements, so "Tra cứu <b>hồ sơ</b>" stays one label.
          const text = clip(el.childElementCount <= 10 ? visibleText(el) : own);
          if (text && !seenText.has(text)) {
            seenText.add(text);
            texts.push(at(el, { selector: '', tag: tag.toLowerCase().slice(0, 40), text }));
          }
        }
      }
    }
  }

  const sel = new SelectorBuilder(duplicateIds);
  const located = <T extends { selector: string }>(items: T[]): T[] => {
    for (const item of items) {
      const el = elementOf.get(item);
      if (el) item.selector = sel.of(el);
    }
    return items;
  };

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
  for (const el of inputEls) {
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
    texts: located(texts.items()),
    links: located(links.items()),
    forms,
    buttons: located(buttons.items()),
    scripts: located(scripts),
    iframes: located(iframes),
    images: located(images.items()),
    meta,
    mixedContent: located(mixed),
    security: {
      isSecureContext: https || parsed?.hostname === 'localhost' || parsed?.hostname === '127.0.0.1',
      scriptReadableCookies: cookies,
      responseHeaders: headers,
    },
    timing,
    stats: { elementCount, truncated: [...truncated].sort() },
  };
  return snapshot;
}
