import type { PageView } from './views';

/**
 * An application shell: a page whose markup is an empty root element and
 * script bundles (Angular's <app-root>, React's <div id="root">, Vue's
 * <div id="app">). What a visitor reads is built by the scripts, so the
 * static reading cannot judge its content: content criteria stay not
 * checked (rendering such pages is the command line's rendered path).
 */
export interface AppShell {
  /** The bundles that build the page. */
  bundles: string[];
}

/** Bundles as build tools name them: main/app/runtime/polyfills/vendor/chunk files, hashed index files, /static/js/. */
const BUNDLE = /(?:^|\/)(?:main|app|runtime|polyfills|vendors?|chunk-vendors|index|bundle)(?:[.-]\w{6,})*\.js(?:[?#]|$)|\/static\/js\/|\/_next\/static\/|\/assets\/index-[\w-]+\.js/i;

/** Most visible texts and links an application shell can have (a title, a loading line, a noscript notice). */
const MAX_TEXTS = 2;
const MAX_LINKS = 2;

export function detectAppShell(page: PageView): AppShell | null {
  const snap = page.snap;
  if (page.contentTexts.length > MAX_TEXTS || snap.links.length > MAX_LINKS) return null;
  if (snap.forms.some((f) => f.inputs.some((i) => i.type !== 'hidden')) || snap.buttons.length > 1) return null;
  const bundles = page.externalScripts.filter((s) => BUNDLE.test(s.src)).map((s) => s.src);
  // Without a bundle the page is simply empty (a blank page is judged as it is).
  if (bundles.length === 0) return null;
  return { bundles: bundles.slice(0, 5) };
}
