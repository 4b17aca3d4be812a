import { PageSnapshotSchema, SNAPSHOT_LIMITS as L, type PageSnapshot } from './schema';
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

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'TITLE', 'OPTION']);
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
  return t.length > max ? t.slice(0, max) : t;
}

function resolve(raw: string | null, base: string): string {
  if (!raw) return '';
  const r = raw.trim();
  try {
    return new URL(r, base).href.slice(0, 2000);
  } catch {
    return r.slice(0, 2000);
  }
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
  const sel = new SelectorBuilder();
  const split = (cap: number) => new HeadTail<never>(Math.ceil(cap * 0.75), Math.floor(cap * 0.25));
  const texts = split(L.texts) as unknown as HeadTail<PageSnapshot['texts'][number]>;
  const links = split(L.links) as unknown as HeadTail<PageSnapshot['links'][number]>;
  const buttons = split(L.buttons) as unknown as HeadTail<PageSnapshot['buttons'][number]>;
  const images = split(L.images) as unknown as HeadTail<PageSnapshot['images'][number]>;
  const scripts: PageSnapshot['scripts'] = [];
  const iframes: PageSnapshot['iframes'] = [];
  const meta: PageSnapshot['meta'] = [];
  const mixed: PageSnapshot['mixedContent'] = [];
  const formEls: Element[] = [];
  const inputEls: Element[] = [];
  const labelFor = new Map<string, string>();
  const seenText = new Set<string>();
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
      switch (tag) {
        case 'A':
        case 'AREA': {
          const rawHref = el.getAttribute('href');
          if (rawHref !== null) {
            const img = el.querySelector('img[alt]');
            links.push({
              selector: sel.of(el),
              href: resolve(rawHref, url),
              text: clip(el.textContent),
              label: clip(el.getAttribute('aria-label') || el.getAttribute('title') || img?.getAttribute('alt')),
            });
          }
          break;
        }
        case 'BUTTON':
          buttons.push({
            selector: sel.of(el),
            text: clip(el.textContent || el.getAttribute('aria-label') || el.getAttribute('title')),
            type: clip(el.getAttribute('type') || 'submit', 40),
          });
          break;
        case 'INPUT': {
          const type = (el.getAttribute('type') || 'text').toLowerCase();
          if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') {
            buttons.push({
              selector: sel.of(el),
              text: clip(el.getAttribute('value') || el.getAttribute('aria-label') || el.getAttribute('alt')),
              type,
            });
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
          if (f) labelFor.set(f, clip(el.textContent));
          break;
        }
        case 'SCRIPT': {
          const src = el.getAttribute('src');
          if (scripts.length >= L.scripts) {
            truncated.add('scripts');
            break;
          }
          if (src) scripts.push({ selector: sel.of(el), src: resolve(src, url), text: '' });
          else {
            const code = stripJsComments((el.textContent ?? '').slice(0, L.inlineScriptChars * 2)).trim();
            if (code) scripts.push({ selector: sel.of(el), src: '', text: code.slice(0, L.inlineScriptChars) });
          }
          break;
        }
        case 'IFRAME':
        case 'FRAME':
          if (iframes.length < L.iframes)
            iframes.push({
              selector: sel.of(el),
              src: resolve(el.getAttribute('src'), url),
              title: clip(el.getAttribute('title')),
            });
          else truncated.add('iframes');
          break;
        case 'IMG':
          images.push({
            selector: sel.of(el),
            src: resolve(el.getAttribute('src'), url),
            alt: el.hasAttribute('alt') ? clip(el.getAttribute('alt')) : null,
          });
          break;
        case 'META': {
          const name = el.getAttribute('name') || el.getAttribute('property') || el.getAttribute('http-equiv');
          if (name && meta.length < L.meta) meta.push({ name: clip(name, 200), content: clip(el.getAttribute('content'), 1000) });
          break;
        }
      }
      if (https) {
        const attr = MIXED_ATTRS[tag];
        const value = attr ? el.getAttribute(attr) : null;
        if (value && /^\s*http:\/\//i.test(value) && (tag !== 'LINK' || /stylesheet|icon|preload/i.test(el.getAttribute('rel') ?? ''))) {
          if (mixed.length < L.mixedContent) mixed.push({ selector: sel.of(el), tag: tag.toLowerCase(), url: clip(value, 2000) });
        }
        if (tag === 'FORM') {
          const action = el.getAttribute('action');
          if (action && /^\s*http:\/\//i.test(action) && mixed.length < L.mixedContent)
            mixed.push({ selector: sel.of(el), tag: 'form', url: clip(action, 2000) });
        }
      }
      if (!SKIP_TEXT.has(tag)) {
        const own = ownText(el);
        if (/\S/.test(own)) {
          // Whole text of small elements, so "Tra cứu <b>hồ sơ</b>" stays one label.
          const text = clip(el.childElementCount <= 10 ? el.textContent : own);
          if (text && !seenText.has(text)) {
            seenText.add(text);
            texts.push({ selector: sel.of(el), tag: tag.toLowerCase(), text });
          }
        }
      }
    }
  }

  const inputOf = (el: Element): PageSnapshot['forms'][number]['inputs'][number] => {
    const id = el.getAttribute('id') ?? '';
    const wrapping = el.closest('label');
    return {
      selector: sel.of(el),
      tag: el.tagName.toLowerCase(),
      type: clip(el.getAttribute('type') || el.tagName.toLowerCase(), 40),
      name: clip(el.getAttribute('name'), 200),
      id: clip(id, 200),
      label: clip(
        (id && labelFor.get(id)) || wrapping?.textContent || el.getAttribute('aria-label') || el.getAttribute('title'),
      ),
      placeholder: clip(el.getAttribute('placeholder')),
      required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
    };
  };
  const forms: PageSnapshot['forms'] = formEls.map((f) => ({
    selector: sel.of(f),
    action: resolve(f.getAttribute('action'), url) || url,
    method: clip(f.getAttribute('method') || 'get', 20).toLowerCase(),
    inputs: [],
  }));
  // Inputs outside any <form> (common in single-page portals) form one group of their own.
  const loose: PageSnapshot['forms'][number] = { selector: 'body', action: '', method: '', inputs: [] };
  for (const el of inputEls) {
    const owner = el.closest('form');
    const i = owner ? formEls.indexOf(owner) : -1;
    const target = i >= 0 ? forms[i]! : loose;
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

  const snapshot: PageSnapshot = {
    snapshotVersion: 1,
    url: url.slice(0, 4000),
    origin: parsed?.origin ?? '',
    host: parsed?.hostname ?? '',
    protocol: parsed?.protocol ?? '',
    title: clip(doc.title),
    lang: clip(root?.getAttribute('lang'), 40),
    viewport: meta.find((m) => m.name.toLowerCase() === 'viewport')?.content ?? null,
    capturedAt: (opts.now ?? new Date()).toISOString(),
    texts: texts.items(),
    links: links.items(),
    forms,
    buttons: buttons.items(),
    scripts,
    iframes,
    images: images.items(),
    meta,
    mixedContent: mixed,
    security: {
      isSecureContext: https || parsed?.hostname === 'localhost' || parsed?.hostname === '127.0.0.1',
      scriptReadableCookies: cookies,
      responseHeaders: opts.responseHeaders ?? null,
    },
    timing,
    stats: { elementCount, truncated: [...truncated].sort() },
  };
  return snapshot;
}

/** Build and validate: what crosses from the page to the extension is checked. */
export function buildValidSnapshot(doc: Document, opts: SnapshotOptions = {}): PageSnapshot {
  return PageSnapshotSchema.parse(buildSnapshot(doc, opts));
}
