/**
 * What exposure checks need from a page's source: a secret, a private key,
 * a token or an outdated library is exposed to anyone who opens the source,
 * whether in live code, in a comment or in commented-out code. Features are
 * judged on code without comments (`js-comments.ts`); exposures are looked
 * for here, in the raw text of every inline script, to its end, and of
 * every HTML comment.
 *
 * Scripts can be megabytes long, so the snapshot does not carry them whole:
 * it carries excerpts of the text around what exposure checks look for
 * (names of secrets, key and token markers, library names with a version
 * close by), and the checks (AT-07, AT-09) judge the excerpts with their own
 * patterns. The scan is one pass of one regular expression of literal
 * alternatives, in chunks, so it takes time in proportion to the text and
 * the page gets its turn between chunks. Every limit it hits is reported.
 */

export const EXPOSURE_LIMITS = {
  /** Characters of script and comment text read in all (then the scan stops and says so). */
  scanChars: 16_000_000,
  /** Excerpts kept in all, and characters in each. */
  excerpts: 100,
  excerptChars: 2_000,
  /** Characters of all excerpts together. */
  totalChars: 80_000,
  /** Characters read between two chances for the page to take its turn. */
  chunkChars: 65_536,
} as const;

/**
 * Where an excerpt starts: a secret's name (client_secret, password,
 * api_key, access/refresh/id tokens, private keys), the start of a JSON
 * Web Token, or a library name with a version within 40 characters. A
 * superset of what AT-07 and AT-09 match: the checks decide.
 */
const MARKER =
  /secret|passw(?:or)?d|api[_-]?key|(?:access|refresh|id)[_-]?token|private[ _-]?key|eyJ[A-Za-z0-9_-]{8}|(?:jquery|bootstrap|angular|moment)(?=[^\n]{0,40}?\d{1,4}\.\d)/gi;
/** Characters kept before a marker (the rest of a key's name, an opening quote). */
const BEFORE = 96;
/** Characters kept after a marker: a value; a token can be long. */
const AFTER = 400;
const AFTER_TOKEN = 1_900;
/** Longest marker plus its look-ahead: chunks overlap by this much so none is cut in two. */
const OVERLAP = 64;

export interface Excerpt {
  /** Where the text is: the script element, or the element holding the comment. */
  el: Element;
  source: 'script' | 'comment';
  text: string;
}

export class ExposureScan {
  readonly excerpts: Excerpt[] = [];
  truncated = false;
  private scanned = 0;
  private total = 0;
  private readonly seen = new Set<string>();

  /**
   * Read `text` to its end (within the limits), keeping excerpts around
   * markers. Pauses (yields) after each chunk so a driver can give the page
   * its turn; yields the number of characters read since the last pause.
   */
  *read(text: string, el: Element, source: Excerpt['source']): Generator<number, void, unknown> {
    const { scanChars, chunkChars } = EXPOSURE_LIMITS;
    const room = scanChars - this.scanned;
    if (room <= 0) {
      if (text) this.truncated = true;
      return;
    }
    const length = Math.min(text.length, room);
    if (length < text.length) this.truncated = true;
    let start = -1;
    let end = -1;
    for (let chunk = 0; chunk < length; chunk += chunkChars) {
      const stop = Math.min(length, chunk + chunkChars);
      const window = text.slice(chunk, Math.min(length, stop + OVERLAP));
      MARKER.lastIndex = 0;
      for (let m = MARKER.exec(window); m; m = MARKER.exec(window)) {
        if (m.index >= stop - chunk) break; // the next chunk reads it
        const at = chunk + m.index;
        const from = Math.max(0, at - BEFORE);
        const to = Math.min(length, at + m[0].length + (m[0].startsWith('eyJ') || m[0].startsWith('EYJ') ? AFTER_TOKEN : AFTER));
        if (start >= 0 && from <= end && to - start <= EXPOSURE_LIMITS.excerptChars) end = Math.max(end, to);
        else {
          if (start >= 0) this.keep(text.slice(start, end), el, source);
          start = from;
          end = Math.min(to, from + EXPOSURE_LIMITS.excerptChars);
        }
      }
      this.scanned += stop - chunk;
      yield stop - chunk;
    }
    if (start >= 0) this.keep(text.slice(start, end), el, source);
  }

  private keep(text: string, el: Element, source: Excerpt['source']): void {
    const key = `${source}\u0000${text}`;
    if (this.seen.has(key)) return;
    if (this.excerpts.length >= EXPOSURE_LIMITS.excerpts || this.total + text.length > EXPOSURE_LIMITS.totalChars) {
      this.truncated = true;
      return;
    }
    this.seen.add(key);
    this.total += text.length;
    this.excerpts.push({ el, source, text });
  }
}
