import { reachOf } from './code';
import type { PageView } from './views';

/**
 * Insecure resources a page loads from its inline code: CSS `url(http://…)`
 * and `@import`, and scripts that set `x.src = 'http://…'`, write
 * `<script src="http://…">`, fetch or track over http. On an HTTPS page
 * these are mixed content as much as an http <img> is. Linear RegExps.
 */
export interface MixedCandidate {
  selector: string;
  /** How it is loaded: css url, css @import, script src, document.write, request. */
  how: string;
  url: string;
}

const CSS_URL = /url\(\s*["']?(http:\/\/[^"')\s]{1,2000})/gi;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?(http:\/\/[^"')\s;]{1,2000})/gi;
const SCRIPT_SRC = /\.(?:src|href)\s*=\s*["'`](http:\/\/[^"'`\s]{1,2000})/gi;
const DOCUMENT_WRITE = /document\.write(?:ln)?\s*\([^)]{0,400}?(?:src|href)\s*=\s*\\?["']?(http:\/\/[^"'\\\s>]{1,2000})/gi;
const REQUEST = /(?:\.getScript|\bfetch|\.open\(\s*["']\w{3,7}["']\s*,|setTrackerUrl["']\s*,)\s*\(?\s*["'`](http:\/\/[^"'`\s]{1,2000})/gi;

export function inlineMixedContent(page: PageView): MixedCandidate[] {
  if (page.snap.protocol !== 'https:') return [];
  const out: MixedCandidate[] = [];
  for (const s of page.styles) {
    for (const m of s.text.matchAll(CSS_URL)) out.push({ selector: s.selector, how: 'css url()', url: m[1]! });
    for (const m of s.text.matchAll(CSS_IMPORT)) out.push({ selector: s.selector, how: 'css @import', url: m[1]! });
  }
  for (const s of page.inlineScripts) {
    // Code nothing calls loads nothing.
    const live = (index: number) => reachOf(page, s.text, index) !== 'uncalled';
    for (const m of s.text.matchAll(SCRIPT_SRC)) if (live(m.index)) out.push({ selector: s.selector, how: 'script .src', url: m[1]! });
    for (const m of s.text.matchAll(DOCUMENT_WRITE)) if (live(m.index)) out.push({ selector: s.selector, how: 'document.write', url: m[1]! });
    for (const m of s.text.matchAll(REQUEST)) if (live(m.index)) out.push({ selector: s.selector, how: 'request', url: m[1]! });
  }
  const seen = new Set<string>();
  return out.filter((c) => (seen.has(c.url) ? false : (seen.add(c.url), true)));
}

/** Every resource an HTTPS page loads over http: from markup (the snapshot) and from inline CSS and code. */
export function insecureResources(page: PageView): Array<{ selector: string; what: string; url: string }> {
  return page.memo('insecureResources', () => [
    ...page.snap.mixedContent.map((m) => ({ selector: m.selector, what: `<${m.tag}>`, url: m.url })),
    ...inlineMixedContent(page).map((m) => ({ selector: m.selector, what: m.how, url: m.url })),
  ]);
}
