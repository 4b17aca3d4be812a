import jsTokens from 'js-tokens';

/**
 * Remove comments from script text so that commented-out code (a tracker
 * snippet left in a comment, say) is never taken as evidence of a feature.
 *
 * The text is split by `js-tokens`, a small, well-tested tokenizer that
 * tells regular expressions from divisions the way the language does and
 * never fails: each token is one sticky regular-expression match that
 * cannot backtrack past it, so reading takes time in proportion to the
 * text, whatever the text (a hand-written scanner before it took quadratic
 * time on an unclosed `[` after `/`). js-tokens does not know the HTML-like
 * comments classic scripts allow (`<!--` anywhere, `-->` at the start of a
 * line); they are handled here, each ending at its line.
 *
 * Exposure checks (a secret in a comment is still exposed) do not use this:
 * they read the raw text, see `exposures.ts`.
 */

const LINE_END = /[\n\r\u2028\u2029]/g;

export interface StrippedScript {
  code: string;
  /** False when reading stopped at `maxChars` of output before the end of the text. */
  complete: boolean;
}

/** The code without comments, read until the output reaches `maxChars` (or to the end). */
export function stripJsCommentsUpTo(code: string, maxChars = Infinity): StrippedScript {
  let out = '';
  /** Where in `code` the current run of the tokenizer started. */
  let base = 0;
  /** Only blanks and comments since the last line break: where `-->` starts a comment. */
  let lineStart = true;
  restart: while (base < code.length) {
    const text = base === 0 ? code : code.slice(base);
    let at = 0;
    for (const token of jsTokens(text)) {
      const start = at;
      at += token.value.length;
      switch (token.type) {
        case 'SingleLineComment':
        case 'HashbangComment':
          break;
        case 'MultiLineComment':
          out += ' ';
          if (/[\n\r\u2028\u2029]/.test(token.value)) lineStart = true;
          break;
        case 'LineTerminatorSequence':
          out += token.value;
          lineStart = true;
          break;
        case 'WhiteSpace':
          out += token.value;
          break;
        default:
          if (token.type === 'Punctuator' && ((token.value === '<' && text.startsWith('<!--', start)) || (token.value === '--' && lineStart && text.startsWith('-->', start)))) {
            // An HTML-like comment: the rest of the line goes; the tokenizer
            // starts afresh at the line break (a new line, a new statement).
            LINE_END.lastIndex = base + start;
            const end = LINE_END.exec(code);
            base = end ? end.index : code.length;
            continue restart;
          }
          out += token.value;
          lineStart = false;
      }
      if (out.length >= maxChars) return { code: out, complete: base + at >= code.length };
    }
    break;
  }
  return { code: out, complete: true };
}

/** The whole code without comments. */
export function stripJsComments(code: string): string {
  return stripJsCommentsUpTo(code).code;
}
