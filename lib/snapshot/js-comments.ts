/**
 * Remove comments from script text so that commented-out code (a tracker
 * snippet left in a comment, say) is never taken as evidence. A small
 * scanner that respects string and template literals (with `${…}` nesting)
 * and, by the usual heuristic on the preceding token, regular-expression
 * literals, so that `/^https?:\/\//` does not swallow the rest of its line.
 * Where it guesses wrong it keeps a little comment-like text rather than
 * dropping live code.
 */

/** After one of these (or at the start) a `/` begins a regular expression, not a division. */
const REGEX_AFTER_PUNCT = /[(,=:[!&|?{};+\-*%<>~^]/;
const REGEX_AFTER_KEYWORD = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|instanceof|yield|await)\s*$/;

export function stripJsComments(code: string): string {
  const n = code.length;
  let out = '';
  let i = 0;
  /** Last non-blank character kept as code. */
  let lastSig = '';
  /** Only blanks since the last line break (where `-->` starts a comment). */
  let lineStart = true;
  /** Brace depth, and the depth at which each open `${` of a template closes. */
  let depth = 0;
  const substitutions: number[] = [];

  const keep = (s: string) => {
    out += s;
    const nl = s.lastIndexOf('\n');
    const tail = nl === -1 ? s : s.slice(nl + 1);
    const t = s.trimEnd();
    if (t) lastSig = t[t.length - 1]!;
    if (/\S/.test(tail)) lineStart = false;
    else if (nl !== -1) lineStart = true;
  };
  /** End of a template literal's text from `from`: after the closing backtick, or after a `${`. */
  const templateText = (from: number): number => {
    let j = from;
    while (j < n) {
      const ch = code[j];
      if (ch === '\\') j += 2;
      else if (ch === '`') return j + 1;
      else if (ch === '$' && code[j + 1] === '{') {
        substitutions.push(depth++);
        return j + 2;
      } else j++;
    }
    return n;
  };
  const skipLine = () => {
    while (i < n && code[i] !== '\n') i++;
  };

  while (i < n) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '`') {
      const end = Math.min(templateText(i + 1), n);
      keep(code.slice(i, end));
      i = end;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      // An unterminated ordinary string ends at the line break.
      while (j < n && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      j = Math.min(j + 1, n);
      keep(code.slice(i, j));
      i = j;
    } else if (c === '{') {
      depth++;
      keep(c);
      i++;
    } else if (c === '}') {
      depth--;
      if (substitutions.length > 0 && depth === substitutions[substitutions.length - 1]) {
        // End of a `${…}`: back into the template's text.
        substitutions.pop();
        const end = Math.min(templateText(i + 1), n);
        keep(code.slice(i, end));
        i = end;
      } else {
        keep(c);
        i++;
      }
    } else if (c === '/' && next === '/' && code[i - 1] !== '\\') {
      skipLine();
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      out += ' ';
    } else if (c === '/' && (lastSig === '' || REGEX_AFTER_PUNCT.test(lastSig) || REGEX_AFTER_KEYWORD.test(out.slice(-16)))) {
      // A regular-expression literal: kept whole, up to its closing `/` and flags.
      let j = i + 1;
      let inClass = false;
      while (j < n && code[j] !== '\n') {
        const ch = code[j];
        if (ch === '\\') {
          j += 2;
          continue;
        }
        if (ch === '[') inClass = true;
        else if (ch === ']') inClass = false;
        else if (ch === '/' && !inClass) break;
        j++;
      }
      if (j < n && code[j] === '/') {
        j++;
        while (j < n && /[A-Za-z]/.test(code[j]!)) j++;
        keep(code.slice(i, j));
        i = j;
      } else {
        // Not a regular expression after all.
        keep(c);
        i++;
      }
    } else if (c === '<' && code.startsWith('<!--', i)) {
      // HTML-like comments are legal in classic scripts and end at the line.
      skipLine();
    } else if (c === '-' && lineStart && code.startsWith('-->', i)) {
      // So is `-->` at the start of a line.
      skipLine();
    } else {
      out += c;
      if (c === '\n') lineStart = true;
      else if (c !== ' ' && c !== '\t' && c !== '\r') {
        lineStart = false;
        lastSig = c;
      }
      i++;
    }
  }
  return out;
}
