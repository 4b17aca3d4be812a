import { withoutCredentials } from './site';

/**
 * Which links a crawl follows: pages of the portal's origin and of the
 * origins linked to it (the extension's rule: motcua.<tỉnh>.gov.vn joins
 * dichvucong.<tỉnh>.gov.vn only when the inspector links it), never
 * anything else.
 */

/** Files that are not pages: not requested as pages by a crawl. */
const NOT_A_PAGE = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z|gz|tgz|jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|avi|mov|wmv|webm|ogg|wav|css|js|mjs|json|xml|txt|csv|woff2?|ttf|eot|exe|msi|apk|dmg|iso)$/i;

/**
 * The address a page is known by: no fragment, no credentials. Null when
 * it is not an http(s) address.
 */
export function pageAddress(url: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  return withoutCredentials(u.href);
}

export class PortalScope {
  readonly origins: readonly string[];

  constructor(origins: readonly string[]) {
    this.origins = [...new Set(origins.map((o) => new URL(o).origin))];
  }

  /** The origin is the portal's own or a linked one. */
  hasOrigin(url: string): boolean {
    try {
      return this.origins.includes(new URL(url).origin);
    } catch {
      return false;
    }
  }

  /**
   * The page address to crawl for a link, or null when the link leaves the
   * portal, is not http(s), or names a file that is not a page.
   */
  follow(url: string, base?: string): string | null {
    const address = pageAddress(url, base);
    if (!address || !this.hasOrigin(address)) return null;
    if (NOT_A_PAGE.test(new URL(address).pathname)) return null;
    return address;
  }
}
