/**
 * Remove comments from script text so that commented-out code (a tracker
 * snippet left in a comment, say) is never taken as evidence. A small
 * scanner that respects string and template literals; regular-expression
 * literals are not parsed, which at worst keeps a little comment-like text.
 */
export function stripJsComments(code: string): string {
  let out = '';
  let i = 0;
  const n = code.length;
  while (i < n) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '"' || c === "'" || c === '`') {
      const start = i;
      i++;
      while (i < n && code[i] !== c) {
        if (code[i] === '\\') i++;
        // An unterminated ordinary string ends at the line break.
        else if (c !== '`' && code[i] === '\n') break;
        i++;
      }
      i++;
      out += code.slice(start, i);
    } else if (c === '/' && next === '/') {
      while (i < n && code[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      out += ' ';
    } else if (c === '<' && code.startsWith('<!--', i)) {
      // HTML-like comments are legal in classic scripts and end at the line.
      while (i < n && code[i] !== '\n') i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
