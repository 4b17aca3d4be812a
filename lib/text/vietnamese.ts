/**
 * Vietnamese text matching. Portals write the same label in many ways:
 * composed or decomposed Unicode, upper or lower case, old ("hoá") or new
 * ("hóa") tone-mark placement, and without diacritics in URL slugs
 * ("tra-cuu"). Both the page text and our patterns go through the same
 * canonical form so that one pattern matches all of them.
 */

// Old-style placement puts the tone on the second vowel of oa/oe/uy when the
// syllable has no final consonant ("hoá"); new style on the first ("hóa").
// Canonicalise to the old style: the toned second vowel becomes the carrier.
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const PAIRS: Array<[string, string]> = [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
];
const PLACEMENT: Array<[RegExp, string]> = [];
for (const [first, second] of PAIRS) {
  for (const tone of TONES) {
    const fromNew = (first + tone).normalize('NFC') + second;
    const toOld = first + (second + tone).normalize('NFC');
    // Only at the end of a syllable: "hoàn" has the same form in both styles.
    PLACEMENT.push([new RegExp(`${fromNew}(?![\\p{L}\\p{M}])`, 'gu'), toOld]);
  }
}

// Every criterion reads the same page texts: normalise each text once. The
// cache is bounded and simply emptied when full (page texts are capped, so
// one audit's texts fit).
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/**
 * Characters that show nothing yet split a word for a matcher: zero-width
 * space, non-joiner, joiner and word joiner, soft hyphen, the bidi marks,
 * embeddings, overrides and isolates, the byte-order mark, the Mongolian
 * vowel separator and the invisible operators. A label written
 * "Tra cứu\u200b hồ sơ" (by a CMS or on purpose) is still "Tra cứu hồ sơ".
 */
export const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** NFC, case-folded, invisible characters removed, whitespace collapsed, one tone-mark placement. */
export function normalizeVi(input: string): string {
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  // Invisible characters go first, so one between a vowel and its tone mark does not block composing them.
  let s = input.replace(INVISIBLE, '').normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  for (const [pattern, replacement] of PLACEMENT) s = s.replace(pattern, replacement);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(input, s);
  return s;
}

/** Without any diacritics ("Tra cứu hồ sơ" -> "tra cuu ho so"), for slugs. */
export function stripDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A label as it would appear in a URL slug: "Tra cứu hồ sơ" -> "tra-cuu-ho-so". */
export function slugVi(input: string): string {
  return stripDiacritics(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
