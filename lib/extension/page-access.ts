import type { FailureCode } from '../messaging/protocol';

/**
 * Which pages the browser never lets an extension script, so the popup can
 * say so at once instead of failing on a cryptic error.
 */
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'moz-extension:', 'about:', 'edge:', 'view-source:', 'devtools:', 'chrome-search:', 'resource:', 'data:', 'blob:', 'javascript:'];
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function classifyUrl(url: string | undefined): FailureCode | null {
  if (!url) return 'restricted';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'restricted';
  }
  if (RESTRICTED_SCHEMES.includes(u.protocol)) return 'restricted';
  if (STORE_HOSTS.includes(u.hostname)) return 'restricted';
  if (u.protocol === 'file:') return null; // allowed only when the user enabled file access; the error tells
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'restricted';
  return null;
}

/** Map the browser's error text of a failed injection to a reason. */
export function classifyInjectionError(message: string, url: string | undefined): FailureCode {
  const m = message.toLowerCase();
  if (url?.startsWith('file:')) return 'file';
  if (classifyUrl(url) === 'restricted' || m.includes('cannot be scripted') || m.includes('cannot access a chrome')) return 'restricted';
  // Firefox's PDF viewer refuses scripts as if the permission were missing.
  if (m.includes('pdf') || looksLikePdf(url)) return 'not-html';
  if (m.includes('no tab')) return 'no-tab';
  if (m.includes('permission') || m.includes('cannot access contents')) return 'permission';
  return 'unknown';
}

function looksLikePdf(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
