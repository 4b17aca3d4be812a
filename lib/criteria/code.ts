import type { PageView } from './views';

/**
 * Where a match in inline code sits: inside a function (declared
 * `function name(` or assigned `name = function` / `name = (…) =>`), and
 * whether anything calls that function: a visible control (strong), other
 * code (weak), nothing (code nothing calls is not a feature).
 */
export type Reach = 'top-level' | 'control' | 'code' | 'uncalled';

const FUNCTION_HEAD = /(?:\bfunction\s+([A-Za-z_$][\w$]{0,80})\s*\(|\b([A-Za-z_$][\w$]{0,80})\s*[:=]\s*(?:async\s+)?function\b|\b([A-Za-z_$][\w$]{0,80})\s*[:=]\s*(?:async\s+)?\([^()]{0,200}\)\s*=>)/g;

/** The end of the block starting at `open` (index of "{"), skipping strings; -1 when it does not close. Linear. */
function blockEnd(code: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

interface FunctionSpan {
  name: string;
  start: number;
  end: number;
}

function functionsOf(page: PageView, code: string): FunctionSpan[] {
  return page.memo(code, () => {
    const spans: FunctionSpan[] = [];
    for (const m of code.matchAll(FUNCTION_HEAD)) {
      const name = m[1] ?? m[2] ?? m[3]!;
      const open = code.indexOf('{', m.index + m[0].length - 1);
      if (open === -1 || open - (m.index + m[0].length) > 300) continue;
      const end = blockEnd(code, open);
      if (end !== -1) spans.push({ name, start: open, end });
      if (spans.length >= 500) break;
    }
    return spans;
  });
}

/** How code at `index` of an inline script is reached. */
export function reachOf(page: PageView, code: string, index: number): Reach {
  const spans = functionsOf(page, code).filter((s) => s.start <= index && index <= s.end);
  if (spans.length === 0) return 'top-level';
  // The innermost named function decides; an outer one being called is not enough.
  const inner = spans.reduce((a, b) => (b.start >= a.start ? b : a));
  if (page.calledFromControls.has(inner.name)) return 'control';
  const isIdent = (c: string | undefined) => c !== undefined && /[\w$]/.test(c);
  for (const s of page.inlineScripts) {
    for (let at = s.text.indexOf(inner.name); at !== -1; at = s.text.indexOf(inner.name, at + 1)) {
      if (isIdent(s.text[at - 1]) || isIdent(s.text[at + inner.name.length])) continue;
      // Its own declaration is not a call.
      if (s.text === code && at >= inner.start - 300 && at <= inner.start) continue;
      return 'code';
    }
  }
  return 'uncalled';
}

/** Matches of a global RegExp in inline code, with how each is reached. */
export function codeMatches(page: PageView, re: RegExp): Array<{ selector: string; text: string; reach: Reach }> {
  const out: Array<{ selector: string; text: string; reach: Reach }> = [];
  // The RegExp is the caller's module constant (global), compiled once.
  for (const s of page.inlineScripts) {
    for (const m of s.text.matchAll(re)) {
      out.push({ selector: s.selector, text: m[0], reach: reachOf(page, s.text, m.index) });
      if (out.length >= 10) return out;
    }
  }
  return out;
}

