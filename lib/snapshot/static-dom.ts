import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes as P, type TreeAdapter } from 'parse5';

/**
 * A read-only document for the markup-only path (command line, tests): the
 * page is parsed by parse5, the WHATWG HTML parser's reference
 * implementation, so the tree is the one a browser builds (an inline <svg>
 * with a <style> or <script> inside, a table with stray text, unclosed
 * elements: all as in Chromium and Firefox). The tree is then exposed
 * through exactly the part of the DOM the snapshot builder reads
 * (`lib/snapshot/build.ts`), so one builder reads pages in the browser and
 * here alike.
 *
 * As in a browser with scripting on: <noscript> holds text, not elements;
 * template contents are not part of the tree; a declarative shadow root
 * (<template shadowrootmode="open">) becomes the shadow root of its parent;
 * an <iframe srcdoc> has its own document, readable unless sandboxed
 * without allow-same-origin. Nothing runs and nothing is fetched: an iframe
 * with a src has no document here.
 *
 * One departure from the letter of the standard, taken from the browsers
 * that audit in practice: Chromium's (and WebKit's) parser never nests
 * deeper than 512 open elements; what would go deeper is put beside its
 * parent instead. The same is done here, so a 5,000-level page gives the
 * same tree, and the same findings, in both paths.
 */

/** Chromium's kMaximumHTMLParserDOMTreeDepth. */
const MAX_PARSER_DEPTH = 512;

/** parse5's own tree, but never deeper than Chromium's parser makes it. */
function depthLimitedAdapter(): TreeAdapter<DefaultTreeAdapterMap> {
  const depth = new WeakMap<object, number>();
  const hostOf = new WeakMap<object, object>();
  const depthOf = (node: object): number => depth.get(hostOf.get(node) ?? node) ?? 0;
  // Chromium: once more than 512 elements are open, a new node goes to its parent's parent.
  const place = (parent: P.ParentNode): P.ParentNode => (depthOf(parent) > MAX_PARSER_DEPTH && (parent as P.Element).parentNode ? (parent as P.Element).parentNode! : parent);
  return {
    ...defaultTreeAdapter,
    appendChild(parent, node) {
      const at = place(parent);
      defaultTreeAdapter.appendChild(at, node);
      depth.set(node, depthOf(at) + 1);
    },
    insertBefore(parent, node, reference) {
      defaultTreeAdapter.insertBefore(parent, node, reference);
      depth.set(node, depthOf(parent) + 1);
    },
    insertText(parent, text) {
      defaultTreeAdapter.insertText(place(parent), text);
    },
    setTemplateContent(template, content) {
      defaultTreeAdapter.setTemplateContent(template, content);
      hostOf.set(content, template);
    },
  };
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements a declarative shadow root may attach to (besides custom elements). */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
const CUSTOM_ELEMENT = /^[a-z][.0-9_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd-]*-[.0-9_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd-]*$/;

export abstract class StaticNode {
  abstract readonly nodeType: number;
  parentNode: StaticParent | null = null;
  firstChild: StaticNode | null = null;
  lastChild: StaticNode | null = null;
  nextSibling: StaticNode | null = null;
  previousSibling: StaticNode | null = null;
  /** The root of the tree this node is in (a document or a shadow root), set once built. */
  root: StaticParent | null = null;
  constructor(readonly ownerDocument: StaticDocument | null) {}
  get nodeValue(): string | null {
    return null;
  }
  get isConnected(): boolean {
    return true;
  }
  get parentElement(): StaticElement | null {
    return this.parentNode instanceof StaticElement ? this.parentNode : null;
  }
  getRootNode(): StaticParent | StaticNode {
    return this.root ?? this;
  }
  get textContent(): string | null {
    let s = '';
    let node = this.firstChild;
    while (node && node !== this) {
      if (node.nodeType === 3) s += node.nodeValue ?? '';
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== this && !node.nextSibling) node = node.parentNode;
      if (!node || node === this) break;
      node = node.nextSibling;
    }
    return s;
  }
  get firstElementChild(): StaticElement | null {
    let n = this.firstChild;
    while (n && n.nodeType !== 1) n = n.nextSibling;
    return n as StaticElement | null;
  }
  get nextElementSibling(): StaticElement | null {
    let n = this.nextSibling;
    while (n && n.nodeType !== 1) n = n.nextSibling;
    return n as StaticElement | null;
  }
  get childElementCount(): number {
    let k = 0;
    for (let n = this.firstElementChild; n; n = n.nextElementSibling) k++;
    return k;
  }
}

export class StaticText extends StaticNode {
  readonly nodeType = 3;
  constructor(
    owner: StaticDocument,
    readonly data: string,
  ) {
    super(owner);
  }
  override get nodeValue(): string {
    return this.data;
  }
  override get textContent(): string {
    return this.data;
  }
}

export class StaticComment extends StaticNode {
  readonly nodeType = 8;
  constructor(
    owner: StaticDocument,
    readonly data: string,
  ) {
    super(owner);
  }
  override get nodeValue(): string {
    return this.data;
  }
  override get textContent(): string {
    return this.data;
  }
}

export class StaticElement extends StaticNode {
  readonly nodeType = 1;
  readonly tagName: string;
  /** Open shadow root, as `element.shadowRoot` shows it (a closed one stays hidden, as in a browser). */
  shadowRoot: StaticShadowRoot | null = null;
  /** A shadow root is attached, open or closed (a second declarative one is an ordinary template). */
  isShadowHost = false;
  private frameDocument: StaticDocument | null | undefined;
  constructor(
    owner: StaticDocument,
    readonly localName: string,
    readonly namespaceURI: string,
    /** Qualified names (`xlink:href`) and values, first occurrence of each name only. */
    private readonly attributes: ReadonlyArray<readonly [string, string]>,
  ) {
    super(owner);
    this.tagName = namespaceURI === HTML_NS ? localName.toUpperCase() : localName;
  }
  private attr(name: string): readonly [string, string] | undefined {
    const n = this.namespaceURI === HTML_NS ? name.toLowerCase() : name;
    for (const a of this.attributes) if (a[0] === n) return a;
    return undefined;
  }
  getAttribute(name: string): string | null {
    return this.attr(name)?.[1] ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attr(name) !== undefined;
  }
  getAttributeNames(): string[] {
    return this.attributes.map((a) => a[0]);
  }
  hasAttributes(): boolean {
    return this.attributes.length > 0;
  }
  get id(): string {
    return this.getAttribute('id') ?? '';
  }
  /** Tag-name selectors only (`label`, `form`): all the builder asks. */
  closest(selector: string): StaticElement | null {
    if (!/^[a-z][a-z0-9-]*$/i.test(selector)) throw new Error(`closest(): unsupported selector ${selector}`);
    const name = selector.toLowerCase();
    for (let el: StaticElement | null = this; el; el = el.parentElement) if (el.namespaceURI === HTML_NS && el.localName === name) return el;
    return null;
  }
  /** The document of an <iframe srcdoc> (parsed when first asked for); null for any other frame. */
  get contentDocument(): StaticDocument | null {
    if (this.frameDocument !== undefined) return this.frameDocument;
    this.frameDocument = null;
    if (this.namespaceURI !== HTML_NS || this.localName !== 'iframe' || !this.ownerDocument) return null;
    const srcdoc = this.getAttribute('srcdoc');
    if (srcdoc === null) return null;
    const sandbox = this.getAttribute('sandbox');
    // A sandbox without allow-same-origin gives the frame an opaque origin: the page cannot read it.
    if (sandbox !== null && !/(?:^|\s)allow-same-origin(?:\s|$)/i.test(sandbox)) return null;
    this.frameDocument = parseStaticDocument(srcdoc, 'about:srcdoc', this.ownerDocument.baseURI);
    return this.frameDocument;
  }
}

abstract class StaticParentBase extends StaticNode {
  readonly ids = new Map<string, StaticElement>();
  getElementById(id: string): StaticElement | null {
    return this.ids.get(id) ?? null;
  }
}

export class StaticShadowRoot extends StaticParentBase {
  readonly nodeType = 11;
  readonly mode = 'open';
  constructor(
    owner: StaticDocument,
    readonly host: StaticElement,
  ) {
    super(owner);
  }
}

export class StaticDocument extends StaticParentBase {
  readonly nodeType = 9;
  readonly contentType = 'text/html';
  /** Scripts never run here: no cookie, no window, no timing. */
  readonly cookie = '';
  readonly defaultView = null;
  documentElement: StaticElement | null = null;
  baseURI: string;
  constructor(
    readonly URL: string,
    /** Where relative URLs resolve when the page has no <base href>: its own address, or its parent's base for srcdoc. */
    private readonly fallbackBase: string,
  ) {
    super(null);
    this.baseURI = fallbackBase;
  }
  get location(): { href: string } {
    return { href: this.URL };
  }
  /** Elements (1) and comments (128) in tree order under `root`, as the DOM's TreeWalker gives them. */
  createTreeWalker(root: StaticNode, whatToShow: number): StaticTreeWalker {
    return new StaticTreeWalker(root, whatToShow);
  }
  /** Called once the tree is complete. */
  setBase(): void {
    // The first <base href> of the document sets its base URL.
    const walker = new StaticTreeWalker(this, 1);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n as StaticElement;
      if (el.namespaceURI === HTML_NS && el.localName === 'base' && el.hasAttribute('href')) {
        try {
          const href = new URL((el.getAttribute('href') ?? '').trim(), this.fallbackBase);
          if (href.protocol !== 'data:' && href.protocol !== 'javascript:') this.baseURI = href.href;
        } catch {
          // An unusable base leaves the fallback.
        }
        return;
      }
    }
  }
}

export type StaticParent = StaticDocument | StaticShadowRoot | StaticElement;

export class StaticTreeWalker {
  currentNode: StaticNode;
  constructor(
    readonly root: StaticNode,
    private readonly whatToShow: number,
  ) {
    this.currentNode = root;
  }
  private shown(n: StaticNode): boolean {
    return (n.nodeType === 1 && (this.whatToShow & 1) !== 0) || (n.nodeType === 8 && (this.whatToShow & 128) !== 0) || (n.nodeType === 3 && (this.whatToShow & 4) !== 0);
  }
  nextNode(): StaticNode | null {
    let node: StaticNode | null = this.currentNode;
    for (;;) {
      if (node.firstChild) node = node.firstChild;
      else {
        while (node && node !== this.root && !node.nextSibling) node = node.parentNode;
        if (!node || node === this.root) return null;
        node = node.nextSibling!;
      }
      if (this.shown(node)) {
        this.currentNode = node;
        return node;
      }
    }
  }
}

function append(parent: StaticNode, child: StaticNode): void {
  child.parentNode = parent as StaticParent;
  child.previousSibling = parent.lastChild;
  if (parent.lastChild) parent.lastChild.nextSibling = child;
  else parent.firstChild = child;
  parent.lastChild = child;
}

function qualifiedName(a: { name: string; prefix?: string }): string {
  return a.prefix ? `${a.prefix}:${a.name}` : a.name;
}

/**
 * Parse `html` as a browser does (scripting on) into a read-only document
 * at `url`. Linear in the size of the page; no recursion, so any depth.
 */
export function parseStaticDocument(html: string, url: string, fallbackBase: string = url): StaticDocument {
  const tree = parse(html, { scriptingEnabled: true, treeAdapter: depthLimitedAdapter() });
  const doc = new StaticDocument(url, fallbackBase);
  // Copy parse5's tree into linked nodes, depth-first with an explicit stack
  // (children pushed in reverse), so jobs are taken in tree order.
  type Job = { from: P.ParentNode; to: StaticNode; root: StaticParentBase };
  const stack: Job[] = [{ from: tree, to: doc, root: doc }];
  while (stack.length > 0) {
    const { from, to, root } = stack.pop()!;
    if (to instanceof StaticElement) {
      // The first element with an id, in tree order, is the one getElementById returns.
      const id = to.getAttribute('id');
      if (id && !root.ids.has(id)) root.ids.set(id, to);
    }
    const jobs: Job[] = [];
    for (const child of from.childNodes) {
      let node: StaticNode;
      if (child.nodeName === '#text') node = new StaticText(doc, (child as P.TextNode).value);
      else if (child.nodeName === '#comment') node = new StaticComment(doc, (child as P.CommentNode).data);
      else if (child.nodeName === '#documentType') continue;
      else {
        const el = child as P.Element;
        const seen = new Set<string>();
        const attrs: Array<[string, string]> = [];
        for (const a of el.attrs) {
          const name = qualifiedName(a);
          if (!seen.has(name)) {
            seen.add(name);
            attrs.push([name, a.value]);
          }
        }
        const element = new StaticElement(doc, el.tagName, el.namespaceURI, attrs);
        // A declarative shadow root: the template's contents become its parent's shadow tree.
        const mode = el.tagName === 'template' && el.namespaceURI === HTML_NS ? element.getAttribute('shadowrootmode')?.toLowerCase() : undefined;
        if ((mode === 'open' || mode === 'closed') && to instanceof StaticElement && to.namespaceURI === HTML_NS && canHostShadow(to) && !to.isShadowHost) {
          to.isShadowHost = true;
          if (mode === 'open') {
            const shadow = new StaticShadowRoot(doc, to);
            shadow.root = shadow;
            to.shadowRoot = shadow;
            jobs.push({ from: (el as P.Template).content, to: shadow, root: shadow });
          }
          continue;
        }
        node = element;
        jobs.push({ from: el, to: element, root });
      }
      node.root = root as StaticParent;
      append(to, node);
    }
    for (let i = jobs.length - 1; i >= 0; i--) stack.push(jobs[i]!);
  }
  doc.documentElement = doc.firstElementChild;
  doc.setBase();
  return doc;
}

function canHostShadow(el: StaticElement): boolean {
  return SHADOW_HOSTS.has(el.localName) || CUSTOM_ELEMENT.test(el.localName);
}
