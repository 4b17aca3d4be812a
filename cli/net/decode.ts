import htmlEncodingSniffer from 'html-encoding-sniffer';
import { legacyHookDecode } from '@exodus/bytes/encoding.js';
import { MIMEType } from 'whatwg-mimetype';

/**
 * Bytes to page text as a browser does: the encoding from the byte-order
 * mark, then the HTTP charset, then <meta charset> (the WHATWG sniffing
 * algorithm, `html-encoding-sniffer`), then a default; decoded by a WHATWG
 * Encoding implementation (`@exodus/bytes`: windows-1258, UTF-16 and the
 * rest). The default, where nothing declares one, is UTF-8 when the bytes
 * are valid UTF-8 and otherwise windows-1258, the legacy encoding browsers
 * use by default for Vietnamese.
 */

export interface Decoded {
  text: string;
  encoding: string;
  /** How the encoding was chosen. */
  source: 'bom-or-declared' | 'utf-8-by-content' | 'default';
  /** Declared UTF-8 (or chosen) but not valid UTF-8: decoded with replacement characters, as a browser would. */
  invalidUtf8At: number | null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that makes `bytes` invalid UTF-8, or null. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  try {
    utf8Strict.decode(bytes);
    return null;
  } catch {
    // Binary search on prefixes would be exact; a linear scan is simpler and linear.
    let i = 0;
    const n = bytes.length;
    while (i < n) {
      const b = bytes[i]!;
      const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (len === 0 || i + len > n) return i;
      try {
        utf8Strict.decode(bytes.subarray(i, i + len));
      } catch {
        return i;
      }
      i += len;
    }
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  let charset: string | undefined;
  if (contentType) {
    const mime = MIMEType.parse(contentType);
    charset = mime?.parameters.get('charset') ?? undefined;
  }
  const sniffed = htmlEncodingSniffer(bytes, { transportLayerEncodingLabel: charset, defaultEncoding: '' });
  let encoding = sniffed;
  let source: Decoded['source'] = 'bom-or-declared';
  if (!encoding) {
    const bad = firstInvalidUtf8(bytes);
    encoding = bad === null ? 'UTF-8' : 'windows-1258';
    source = bad === null ? 'utf-8-by-content' : 'default';
  }
  const text = legacyHookDecode(bytes, encoding);
  const invalidUtf8At = encoding === 'UTF-8' && source === 'bom-or-declared' ? firstInvalidUtf8(stripUtf8Bom(bytes)) : null;
  return { text, encoding, source, invalidUtf8At };
}

function stripUtf8Bom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** What a body is, by the MIME Sniffing Standard's patterns. */
export type BodyKind = 'html' | 'json' | 'binary' | 'other';

const HTML_TAGS = ['!DOCTYPE HTML', 'HTML', 'HEAD', 'SCRIPT', 'IFRAME', 'H1', 'DIV', 'FONT', 'TABLE', 'A', 'STYLE', 'TITLE', 'B', 'BODY', 'BR', 'P', '!--'];

/**
 * The "rules for identifying an unknown MIME type" for the cases the
 * command line meets: a byte-order mark makes it text; a leading HTML tag
 * (or comment, however long) makes it HTML; a binary byte in the first
 * 1445 bytes makes it binary. JSON is told apart so a report given by
 * mistake gets the report reader's message.
 */
export function sniffBody(bytes: Uint8Array): { kind: BodyKind; binaryAt?: number } {
  const head = bytes.subarray(0, 1445);
  const utf16 = (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe);
  if (!utf16) {
    for (let i = 0; i < head.length; i++) {
      const b = head[i]!;
      if (b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f)) return { kind: 'binary', binaryAt: i };
    }
  }
  const text = utf16 ? new TextDecoder(head[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(head) : new TextDecoder('latin1').decode(head);
  const start = text.replace(/^\uFEFF|^ï»¿/, '').replace(/^[\t\n\f\r ]+/, '');
  if (/^[[{]/.test(start)) return { kind: 'json' };
  const upper = start.slice(0, 20).toUpperCase();
  for (const tag of HTML_TAGS) {
    if (!upper.startsWith(`<${tag}`)) continue;
    const next = upper.charAt(tag.length + 1);
    if (next === ' ' || next === '>' || (tag === '!--' ? true : /[\t\n\f\r]/.test(next))) return { kind: 'html' };
  }
  // Past the spec's patterns: a page that starts with text or an unusual tag.
  if (/<(html|head|body|div|a|p|table|form|main|section|meta|link)[\s>/]/i.test(text)) return { kind: 'html' };
  return { kind: 'other' };
}

/** The essence of a Content-Type header ("text/html"), or null when it does not parse. */
export function mimeEssence(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  return MIMEType.parse(contentType)?.essence ?? null;
}

export function isHtmlMime(contentType: string | null | undefined): boolean {
  const essence = mimeEssence(contentType);
  return essence === 'text/html' || essence === 'application/xhtml+xml';
}
