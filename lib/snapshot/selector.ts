/**
 * CSS selectors for the elements we keep as evidence, so an inspector can
 * find them again. Only kept elements get one (making a selector for every
 * node is what makes audit tools slow on large pages), and each parent's
 * child positions are computed once and cached.
 *
 * A selector starts at the nearest ancestor-or-self with an id that is unique
 * in the document (or at the root) and goes down with `>` steps. Every step is
 * a complete simple selector, so the result is always syntactically valid.
 *
 * An element in an open shadow root or a same-origin frame gets the selector
 * of its host or frame element, then ` >>> `, then its selector inside that
 * tree (`#app > my-card:nth-of-type(1) >>> div:nth-of-type(2) > a:nth-of-type(1)`).
 * Inside a shadow tree the first step is counted among the shadow root's
 * children. `findBySelector` (below) follows such a path.
 */

/** Between the selector of a host or frame and the selector inside its tree. */
export const SCOPE_SEPARATOR = ' >>> ';

/** Where the trees of a page hang: the main document, and the frame element of each frame document read. */
export interface SelectorScope {
  mainDocument: Document;
  frameHost(doc: Document): Element | undefined;
}

/** Longest selector the snapshot schema accepts. */
export const MAX_SELECTOR_CHARS = 600;

/**
 * Ids we anchor on. Beyond plain ones this admits a leading underscore
 * (Liferay portlet ids) and `:` / `.` (JSF ids), escaped below.
 */
const USABLE_ID = /^[A-Za-z_][\w:.-]{0,199}$/;
/**
 * Levels climbed looking for an anchor. A step is at least 17 characters
 * (`a:nth-of-type(1)` and ` > `), so 40 of them are over the cap.
 */
const MAX_CLIMB = 40;
/** Tag names that are safe as a type selector; others (`<foo:bar>`, `<a.b>`) use `*:nth-child()`. */
const SAFE_TAG = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

/**
 * Can the element's name stand as a type selector? Not when it is unsafe,
 * nor when a prefix makes localName differ from tagName (`<foo:bar>`).
 */
function typeName(el: Element): boolean {
  return SAFE_TAG.test(el.localName) && el.tagName.toLowerCase() === el.localName.toLowerCase();
}

function idSelector(id: string): string {
  return `#${id.replace(/[:.]/g, '\\$&')}`;
}

export class SelectorBuilder {
  private readonly cache = new WeakMap<Element, string>();
  private readonly positions = new WeakMap<Element | ShadowRoot, Map<Element, [ofType: number, child: number]>>();

  /**
   * @param duplicateIds ids that occur more than once in the document. An id
   * is only used when unique: `#dup > a` would otherwise match inside the
   * other element with that id. Without the set, only getElementById is
   * checked, which cannot see a later duplicate.
   */
  constructor(
    private readonly duplicateIds?: ReadonlySet<string>,
    private readonly scope?: SelectorScope,
  ) {}

  /** The selector of the frame element a frame document hangs from, then the separator; '' in the main document. */
  private framePrefix(el: Element): string | null {
    const owner = el.ownerDocument;
    if (!this.scope || !owner || owner === this.scope.mainDocument) return '';
    const frame = this.scope.frameHost(owner);
    return frame ? `${this.of(frame)}${SCOPE_SEPARATOR}` : null;
  }

  of(el: Element): string {
    const cached = this.cache.get(el);
    if (cached !== undefined) return cached;
    // Climb to an element whose selector is known (cached, a unique id, or
    // the root), then build down, caching every ancestor on the way. A loop,
    // not recursion, so a 5,000-level page cannot overflow the stack.
    const chain: Element[] = [];
    let base: string | null = null;
    for (let cur: Element | null = el; cur && chain.length <= MAX_CLIMB; cur = cur.parentElement) {
      const known = this.cache.get(cur);
      if (known !== undefined) {
        base = known;
        break;
      }
      const id = cur.getAttribute('id');
      if (id && USABLE_ID.test(id) && !this.duplicateIds?.has(id) && cur.ownerDocument.getElementById(id) === cur) {
        const prefix = this.framePrefix(cur);
        if (prefix !== null) {
          base = `${prefix}${idSelector(id)}`;
          this.cache.set(cur, base);
          break;
        }
      }
      if (!cur.parentElement) {
        const parent = cur.parentNode;
        const host = parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : null;
        if (host) {
          // The top of a shadow tree: its host, then its place among the shadow root's children.
          base = `${this.of(host)}${SCOPE_SEPARATOR}${this.step(cur, parent!)}`;
        } else {
          // `html` as before; a root of another name (rare, hostile) is `:root`,
          // as a plain `div` would also match every nested div.
          const tag = cur.localName;
          const top = tag === 'html' ? 'html' : cur === cur.ownerDocument.documentElement ? ':root' : typeName(cur) ? tag : '*';
          base = `${this.framePrefix(cur) ?? ''}${top}`;
        }
        this.cache.set(cur, base);
        break;
      }
      chain.push(cur);
    }
    if (base === null) {
      // No anchor within MAX_CLIMB levels: the full selector would be over
      // the cap anyway, and its kept tail lies within these steps.
      return shorten(chain.map((c) => this.step(c)).reverse().join(' > '));
    }
    let selector = base;
    for (let i = chain.length - 1; i >= 0; i--) {
      const cur = chain[i]!;
      selector = `${selector} > ${this.step(cur)}`;
      // Only complete selectors are cached, so none grows without bound.
      if (selector.length <= MAX_SELECTOR_CHARS) this.cache.set(cur, selector);
    }
    return selector.length > MAX_SELECTOR_CHARS ? shortenScoped(selector) : selector;
  }

  private step(el: Element, parent: Node = el.parentElement!): string {
    const [ofType, child] = this.position(parent as Element, el);
    // localName keeps the case of SVG names (linearGradient), which type
    // selectors match case-sensitively outside the HTML namespace.
    return typeName(el) ? `${el.localName}:nth-of-type(${ofType})` : `*:nth-child(${child})`;
  }

  private position(parent: Element | ShadowRoot, child: Element): [number, number] {
    let map = this.positions.get(parent);
    if (!map) {
      map = new Map();
      const counts = new Map<string, number>();
      let index = 0;
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
        const n = (counts.get(c.localName) ?? 0) + 1;
        counts.set(c.localName, n);
        map.set(c, [n, ++index]);
      }
      this.positions.set(parent, map);
    }
    return map.get(child) ?? [1, 1];
  }
}

/**
 * A selector too long for the schema (a very deep page with no usable id on
 * the way) keeps its last steps, cut at a step boundary: it stays valid and
 * the element still matches it, though it may then match other elements
 * too. (Slicing characters, as before, gave invalid selectors such as
 * `nth-of-type(1) > div…`.)
 */
function shorten(selector: string, max = MAX_SELECTOR_CHARS): string {
  const cut = selector.indexOf(' > ', selector.length - max);
  return cut === -1 ? '*' : selector.slice(cut + 3);
}

/**
 * A too-long selector inside a shadow root or frame keeps its host's part
 * whole when it can (so the overlay still finds the tree) and shortens the
 * part inside; else it is shortened as one.
 */
function shortenScoped(selector: string): string {
  const at = selector.lastIndexOf(SCOPE_SEPARATOR);
  if (at > 0 && at + SCOPE_SEPARATOR.length + 100 <= MAX_SELECTOR_CHARS) {
    const outer = selector.slice(0, at + SCOPE_SEPARATOR.length);
    return outer + shorten(selector.slice(outer.length), MAX_SELECTOR_CHARS - outer.length);
  }
  return shorten(selector);
}

/**
 * The element a selector of ours names, following ` >>> ` into open shadow
 * roots and same-origin frames; null when it is gone or unreachable. Used
 * by the evidence overlay, in the page.
 */
export function findBySelector(doc: Document, selector: string): { el: Element; frames: Element[] } | null {
  const parts = selector.split(SCOPE_SEPARATOR);
  let root: Document | ShadowRoot = doc;
  const frames: Element[] = [];
  for (let i = 0; i < parts.length; i++) {
    const el = findIn(root, parts[i]!);
    if (!el) return null;
    if (i === parts.length - 1) return { el, frames };
    const tag = el.tagName.toUpperCase();
    let next: Document | ShadowRoot | null = null;
    if (tag === 'IFRAME' || tag === 'FRAME') {
      try {
        next = (el as HTMLIFrameElement).contentDocument;
      } catch {
        next = null;
      }
      if (next) frames.push(el);
    } else next = el.shadowRoot;
    if (!next) return null;
    root = next;
  }
  return null;
}

/** In a shadow root the first step counts among the root's own children: check it is one of them. */
function findIn(root: Document | ShadowRoot, selector: string): Element | null {
  let found: NodeListOf<Element> | Element[];
  try {
    if (root.nodeType === 9) return root.querySelector(selector);
    found = root.querySelectorAll(selector);
  } catch {
    return null;
  }
  const steps = selector.split(' > ').length;
  for (const el of found) {
    let top: Element | null = el;
    for (let i = 1; i < steps && top; i++) top = top.parentElement;
    if (top && top.parentNode === root) return el;
  }
  return null;
}
