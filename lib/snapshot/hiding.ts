import type { HidingTechnique } from './schema';

/**
 * How an element hides itself, read from its markup only: the inline style,
 * the hidden attribute, its tag. No computed style and no geometry (the
 * snapshot never forces layout), so the browser and the markup-only path
 * see the same. Injected spam hides this way, inline, so that the portal's
 * own stylesheets cannot undo it: `display:none`, `position:absolute;
 * left:-9999px`, `font-size:0`, `height:0;overflow:hidden`, a colour equal
 * to its background.
 */

/** Declarations of an inline style, lower-cased, without spaces and !important. Linear. */
function declarations(style: string): Map<string, string> {
  const out = new Map<string, string>();
  // A style attribute of megabytes is read at its start only.
  for (const part of style.slice(0, 2000).toLowerCase().split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim();
    const value = part.slice(colon + 1).replace(/!important/g, '').replace(/\s+/g, ' ').trim();
    if (name && value) out.set(name, value);
  }
  return out;
}

/** A length of zero ("0", "0px", "0em", "0%"). */
const ZERO = /^-?0*\.?0+(?:px|em|rem|pt|%|vw|vh)?$/;
/** A length far off the page: -500 or beyond in any unit, -100 or beyond in em/rem/%/vw. */
const FAR_NEGATIVE = /^-(?:\d{4,}|[5-9]\d{2})(?:\.\d+)?(?:px|pt)?$|^-(?:\d{3,})(?:\.\d+)?(?:em|rem|%|vw|vh)$/;
/** A tiny length (0 or 1 px) that with overflow hidden leaves nothing to see. */
const TINY = /^-?0*\.?[01](?:\.0+)?(?:px)?$/;

/** Words or values without which no declaration hides anything. Linear. */
const MAY_HIDE = /none|hidden|collapse|clip|opacity|color|:\s*-|:\s*\.?0/i;

/** A colour as written, tidied so that "#FFF", "#ffffff" and "white" compare equal. */
export function colourKey(value: string): string {
  let v = value.trim().toLowerCase().replace(/\s+/g, '');
  if (v === 'white') v = '#ffffff';
  else if (v === 'black') v = '#000000';
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (short) v = `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = /^rgba?\((\d{1,3}),(\d{1,3}),(\d{1,3})(?:,1(?:\.0+)?)?\)$/.exec(v);
  if (rgb) v = `#${[rgb[1], rgb[2], rgb[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  return v;
}

/** The background colour an inline style sets, or null. */
export function inlineBackground(style: string | null): string | null {
  if (!style || !style.includes('background')) return null;
  const d = declarations(style);
  const bg = d.get('background-color') ?? d.get('background');
  if (!bg) return null;
  // background: a colour alone, or a colour among other values ("#fff url(x) no-repeat" is not read).
  return /^(?:#[0-9a-f]{3,8}|[a-z]+|rgba?\([\d\s.,]+\))$/i.test(bg) ? colourKey(bg) : null;
}

/**
 * How an element hides itself (not its ancestors: the caller carries that
 * down), given the background it stands on where an inline style set one.
 */
export function hidingOf(el: Element, tag: string, background: string | null, rules?: ReadonlyMap<string, HidingTechnique>): HidingTechnique | null {
  if (tag === 'NOSCRIPT') return 'noscript';
  if (tag === 'MARQUEE') return 'marquee';
  if (el.hasAttribute('hidden')) return 'hidden-attribute';
  const style = el.getAttribute('style');
  const own = style && style.includes(':') ? hidingOfStyle(style, background) : null;
  if (own || !rules || rules.size === 0) return own;
  // A rule of the page's own <style> for one class or id (".a1{position:absolute;left:-9999px}").
  const id = el.getAttribute('id');
  const byId = id ? rules.get(`#${id}`) : undefined;
  if (byId) return byId;
  const classes = el.getAttribute('class');
  if (classes)
    for (const name of classes.split(/\s+/).slice(0, 20)) {
      const byClass = name ? rules.get(`.${name}`) : undefined;
      if (byClass) return byClass;
    }
  return null;
}

/**
 * Rules of a <style> element (comments already removed) that hide a single
 * class or id: `.x{display:none}`, `#y, .z{position:absolute;left:-9999px}`.
 * Other selectors (descendants, pseudo-classes, media queries) are not read.
 * Linear: one pass over the rules.
 */
export function hidingRules(css: string, into: Map<string, HidingTechnique>, max = 500): void {
  // Blocks inside @media and the like are skipped with their at-rule.
  const flat = css.slice(0, 100_000);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < flat.length && into.size < max; i++) {
    const c = flat.charCodeAt(i);
    if (c === 123 /* { */) {
      if (depth === 0) {
        const selector = flat.slice(start, i).trim();
        const end = flat.indexOf('}', i);
        if (end < 0) return;
        if (!selector.startsWith('@')) {
          const body = flat.slice(i + 1, end);
          if (!body.includes('{')) {
            const names = selector.split(',').map((s) => s.trim());
            if (names.every((n) => /^[.#][A-Za-z_][\w-]{0,80}$/.test(n))) {
              const technique = hidingOfStyle(body, null);
              if (technique) for (const n of names) if (!into.has(n)) into.set(n, technique);
            }
            i = end;
            start = end + 1;
            continue;
          }
        }
      }
      depth++;
    } else if (c === 125 /* } */) {
      depth = Math.max(0, depth - 1);
      if (depth === 0) start = i + 1;
    }
  }
}

/** How a list of declarations (an inline style or a rule's body) hides, given the background it stands on. */
function hidingOfStyle(style: string, background: string | null): HidingTechnique | null {
  // Most styles hide nothing ("padding:2px", "text-align:center"): one test lets them go unparsed.
  if (!MAY_HIDE.test(style)) return null;
  const d = declarations(style);
  if (d.get('display') === 'none') return 'display-none';
  const visibility = d.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return 'visibility-hidden';
  for (const name of ['left', 'top', 'right', 'margin-left', 'margin-top', 'text-indent']) {
    const v = d.get(name);
    if (v && FAR_NEGATIVE.test(v)) return 'off-screen';
  }
  const overflowHidden = /hidden|clip/.test(d.get('overflow') ?? '') || /hidden|clip/.test(d.get('overflow-x') ?? '') || /hidden|clip/.test(d.get('overflow-y') ?? '');
  const width = d.get('width') ?? d.get('max-width');
  const height = d.get('height') ?? d.get('max-height');
  if ((width && ZERO.test(width)) || (height && ZERO.test(height))) {
    if (overflowHidden) return 'zero-size';
  } else if (overflowHidden && width && height && TINY.test(width) && TINY.test(height)) return 'zero-size';
  const clip = d.get('clip');
  if ((clip && /^rect\(0(?:px)?[ ,]+0(?:px)?[ ,]+0(?:px)?[ ,]+0(?:px)?\)$/.test(clip)) || /^inset\(50%\)$/.test(d.get('clip-path') ?? '')) return 'clipped';
  const fontSize = d.get('font-size');
  if (fontSize && ZERO.test(fontSize)) return 'font-size-zero';
  const opacity = d.get('opacity');
  if (opacity && /^0*\.?0+$/.test(opacity)) return 'transparent';
  const colour = d.get('color');
  if (colour) {
    const own = d.get('background-color') ?? d.get('background');
    const bg = own ? colourKey(own) : background;
    if (bg && colourKey(colour) === bg) return 'same-colour';
  }
  return null;
}
