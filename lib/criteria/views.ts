import type { Link, PageSnapshot } from '../snapshot/schema';
import { normalizeVi } from '../text/vietnamese';
import { hostOf, inside, pathOf, wordsOf } from './match';
import { detectAppShell, type AppShell } from './appshell';
import { classifyPage, type PageTypeResult } from './pagetype';
import { detectPlatforms, type PlatformMatch } from './platforms';

/**
 * Views of a snapshot computed once and shared by every check (Lighthouse's
 * "computed artifacts"): normalised texts with their blocks, links with their
 * hosts, the national-portal links, inline code, the page type, platforms,
 * whether the page is an application shell. Each view is made on first use;
 * `viewOf` memoises the whole per snapshot object, so 83 checks never rescan
 * or renormalise the same lists.
 */

export type TextKind = 'text' | 'link' | 'button' | 'field' | 'placeholder' | 'title';

/** A visible string of the page, with where it is. */
export interface TextItem {
  selector: string;
  raw: string;
  /** normalizeVi(raw) */
  norm: string;
  /** Tag of a text element; '' for link, button and field labels, 'title' for the title. */
  tag: string;
  kind: TextKind;
  /** Block ancestry (nearest first); [] when the snapshot has none. */
  blocks: readonly number[];
  /** Position in the page's text list (document order); -1 for other strings. */
  index: number;
}

export interface LinkItem {
  link: Link;
  selector: string;
  href: string;
  /** normalizeVi of the link text, or of its label when it has no text. */
  norm: string;
  normLabel: string;
  host: string;
  path: string;
  /** Same host as the page (or a relative/scripted link). */
  sameSite: boolean;
  /** To the national portal dichvucong.gov.vn itself. */
  national: boolean;
  blocks: readonly number[];
  /** onclick attribute, '' when none. */
  action: string;
  /** To a page the portal itself says is not built yet ("/sap-trien-khai.html", "dang-xay-dung"). */
  unbuilt: boolean;
}

export interface CodeItem {
  selector: string;
  text: string;
}

/** Where portals send a menu entry whose page is not built yet ("Nghiệp vụ chưa triển khai", "Đang xây dựng"). */
const UNBUILT = /(?:^|[/=_-])(?:sap-?trien-?khai|chua-?trien-?khai|dang-?xay-?dung|coming-?soon|under-?construction)(?:[./?#_-]|$)/i;

/** Client-side data binding: binders and template expressions (Kendo "#: name #", "{{ name }}" in markup strings). Linear. */
const DATA_BINDING = /\bkendo\.(?:bind|observable)\s?\(|\.kendo(?:ListView|Grid|TreeView)\s?\(|\bko\.applyBindings\s?\(|\bnew\s+Vue\s?\(|\bVue\.createApp\s?\(|\bangular\.module\s?\(|#[:=]\s?[A-Za-z_$][\w$.]{0,60}\s?#|\{\{\s?[A-Za-z_$][\w$.]{0,60}\s?\}\}/;

/** The national portal dichvucong.gov.vn itself (not provincial hosts such as dichvucong.<tinh>.gov.vn). */
export const NATIONAL_PORTAL = /^https?:\/\/(?:www\.)?dichvucong\.gov\.vn(?:[/:?#]|$)/i;

/** Carry each entry's blocks forward where the snapshot omitted them (same as the entry before). */
function chains<T extends { blocks?: number[] }>(list: readonly T[]): Array<readonly number[]> {
  let last: readonly number[] = [];
  return list.map((e) => (last = e.blocks ?? last));
}

export class PageView {
  private readonly cache = new Map<unknown, unknown>();
  constructor(readonly snap: PageSnapshot) {}

  get url(): string {
    return this.snap.url;
  }

  /** Memoise anything derived from this page (shared by the checks that ask for it). */
  memo<T>(key: unknown, make: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = make();
    this.cache.set(key, value);
    return value;
  }

  /**
   * Where each word occurs in a list of this page's strings (positions in
   * the list, ascending): a matcher's key words lead straight to the few
   * strings that can hold its labels, instead of every check reading every
   * string. Made once per list.
   */
  wordIndex(list: readonly { norm: string }[]): ReadonlyMap<string, readonly number[]> {
    return this.memo(list, () => {
      const index = new Map<string, number[]>();
      for (let i = 0; i < list.length; i++)
        for (const w of wordsOf(list[i]!.norm)) {
          const at = index.get(w);
          if (at === undefined) index.set(w, [i]);
          else at.push(i);
        }
      return index;
    });
  }

  /** The page's text elements in document order, normalised, with their blocks. */
  get contentTexts(): readonly TextItem[] {
    return this.memo('contentTexts', () => {
      const blocks = chains(this.snap.texts);
      return this.snap.texts.map((t, i) => ({
        selector: t.selector,
        raw: t.text,
        norm: normalizeVi(t.text),
        tag: t.tag,
        kind: 'text' as const,
        blocks: blocks[i]!,
        index: i,
      }));
    });
  }

  /**
   * Every visible string: text elements, links (text and label), buttons,
   * field labels and placeholders, the title. The words of a link to a page
   * the portal says is not built yet are no evidence of what they name.
   */
  get texts(): readonly TextItem[] {
    return this.memo('texts', () => {
      const unbuilt = this.links.filter((l) => l.unbuilt).map((l) => l.selector);
      const list: TextItem[] = unbuilt.length === 0 ? [...this.contentTexts] : this.contentTexts.filter((t) => !unbuilt.some((s) => inside(t.selector, s)));
      const add = (selector: string, raw: string, kind: TextKind, blocks: readonly number[] = [], tag = '') => {
        if (raw) list.push({ selector, raw, norm: normalizeVi(raw), tag, kind, blocks, index: -1 });
      };
      for (const l of this.links) {
        if (l.unbuilt) continue;
        add(l.selector, l.link.text, 'link', l.blocks);
        add(l.selector, l.link.label, 'link', l.blocks);
      }
      const buttonBlocks = chains(this.snap.buttons);
      this.snap.buttons.forEach((b, i) => add(b.selector, b.text, 'button', buttonBlocks[i]));
      for (const f of this.snap.forms)
        for (const i of f.inputs) {
          add(i.selector, i.label, 'field');
          add(i.selector, i.placeholder, 'placeholder');
        }
      add('title', this.snap.title, 'title', [], 'title');
      return list;
    });
  }

  get links(): readonly LinkItem[] {
    return this.memo('links', () => {
      const pageHost = this.snap.host.toLowerCase();
      const national = NATIONAL_PORTAL.test(this.snap.url);
      const blocks = chains(this.snap.links);
      return this.snap.links.map((link, i) => {
        const host = hostOf(link.href);
        return {
          link,
          selector: link.selector,
          href: link.href,
          norm: normalizeVi(link.text || link.label),
          normLabel: normalizeVi(link.label),
          host,
          path: pathOf(link.href),
          sameSite: host === '' || host === pageHost,
          // On the national portal every link is its own.
          national: !national && NATIONAL_PORTAL.test(link.href),
          blocks: blocks[i]!,
          action: link.action ?? '',
          unbuilt: UNBUILT.test(pathOf(link.href)),
        };
      });
    });
  }

  get linksByHost(): ReadonlyMap<string, readonly LinkItem[]> {
    return this.memo('linksByHost', () => {
      const map = new Map<string, LinkItem[]>();
      for (const l of this.links) {
        const list = map.get(l.host);
        if (list) list.push(l);
        else map.set(l.host, [l]);
      }
      return map;
    });
  }

  /** Links to the national portal's functions (its sign-in, lookup, payment …), when the page is not the national portal. */
  get nationalLinks(): readonly LinkItem[] {
    return this.memo('nationalLinks', () => this.links.filter((l) => l.national));
  }

  get ownLinks(): readonly LinkItem[] {
    return this.memo('ownLinks', () => this.links.filter((l) => !l.national));
  }

  /** Visible strings that are the portal's own: not the words of a link to the national portal. */
  get ownTexts(): readonly TextItem[] {
    return this.memo('ownTexts', () => {
      const outbound = this.nationalLinks.map((l) => l.selector);
      if (outbound.length === 0) return this.texts;
      const nationalSelectors = new Set(outbound);
      return this.texts.filter((t) => !nationalSelectors.has(t.selector) && !outbound.some((s) => inside(t.selector, s)));
    });
  }

  /** Inline script code (comments already stripped by the snapshot). */
  get inlineScripts(): readonly CodeItem[] {
    return this.memo('inlineScripts', () => this.snap.scripts.filter((s) => !s.src && s.text).map((s) => ({ selector: s.selector, text: s.text })));
  }

  get externalScripts(): readonly { selector: string; src: string }[] {
    return this.memo('externalScripts', () => this.snap.scripts.filter((s) => s.src).map((s) => ({ selector: s.selector, src: s.src })));
  }

  /** Inline CSS (style elements and style attributes that load something). */
  get styles(): readonly CodeItem[] {
    return this.snap.styles ?? [];
  }

  /**
   * Names of the functions visible controls run: onclick attributes and
   * javascript: links of links and buttons ("loginDvcqg()" -> loginDvcqg).
   */
  get calledFromControls(): ReadonlySet<string> {
    return this.memo('calledFromControls', () => {
      const names = new Set<string>();
      const read = (code: string) => {
        for (const m of code.slice(0, 300).matchAll(/([A-Za-z_$][\w$]{0,80})\s*\(/g)) names.add(m[1]!);
      };
      for (const l of this.links) {
        if (l.action) read(l.action);
        if (/^javascript:/i.test(l.href)) read(l.href.slice(11));
      }
      for (const b of this.snap.buttons) if (b.action) read(b.action);
      return names;
    });
  }

  /**
   * The page fills its content from data with client-side bindings (Kendo,
   * Knockout, Vue, Angular templates and binders in its inline code): a label
   * whose value element is empty in the markup is written by script, not
   * missing. The matched snippet, or null.
   */
  get scriptBound(): string | null {
    return this.memo('scriptBound', () => {
      for (const s of this.inlineScripts) {
        const m = DATA_BINDING.exec(s.text);
        if (m) return m[0];
      }
      return null;
    });
  }

  /** A signed-in page: a visible sign-out control. */
  get signedIn(): boolean {
    return this.memo('signedIn', () => {
      const out = /^(?:đăng xuất|thoát|log ?out|sign ?out)$/u;
      return (
        this.links.some((l) => out.test(l.norm) || /(?:logout|log-out|signout|sign-out|dang-?xuat)(?:[/?#.]|$)/i.test(l.path)) ||
        this.snap.buttons.some((b) => out.test(normalizeVi(b.text)))
      );
    });
  }

  get pageType(): PageTypeResult {
    return this.memo('pageType', () => classifyPage(this));
  }

  get platforms(): readonly PlatformMatch[] {
    return this.memo('platforms', () => detectPlatforms(this));
  }

  /** Why the page is an application shell (script-built, nothing to read in its markup), or null. */
  get appShell(): AppShell | null {
    return this.memo('appShell', () => detectAppShell(this));
  }
}

const views = new WeakMap<PageSnapshot, PageView>();

/** The shared views of a snapshot, made once per snapshot object. */
export function viewOf(snapshot: PageSnapshot): PageView {
  let v = views.get(snapshot);
  if (!v) {
    v = new PageView(snapshot);
    views.set(snapshot, v);
  }
  return v;
}
