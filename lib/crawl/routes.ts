/**
 * Pages a portal's platform is known to serve for the functions an audit
 * needs most (catalogue, lookup, sign-in, support, payment, statistics), so
 * a crawl reaches them even when the home page builds its menu with scripts
 * or hides them behind a sign-in. One list, as data: the platform
 * signatures of the checklist can later supply it.
 *
 * A route that answers 404 on a portal of another platform is simply not
 * there; the crawl records it as a probe that missed, not as a failure.
 */
export interface PlatformRoutes {
  platform: string;
  routes: readonly string[];
}

export const PLATFORM_ROUTES: readonly PlatformRoutes[] = [
  {
    // React + .NET portals (the Thanh Hóa type).
    platform: 'portaldvc',
    routes: [
      '/portaldvc/home',
      '/portaldvc/danh-muc-tthc',
      '/portaldvc/tra-cuu',
      '/portaldvc/thanh-toan',
      '/portaldvc/pakn-dvc-tinh',
      '/portaldvc/danh-gia-hai-long',
      '/portaldvc/thong-ke',
      '/portaldvc/huong-dan-su-dung',
      '/portaldvc/hoi-dap',
    ],
  },
  {
    // VNPT iGate (Angular).
    platform: 'igate',
    routes: ['/vi/procedure/search', '/vi/dossier/search'],
  },
  {
    // OpenCPS (Liferay + Vue): the sign-in route is the platform's own.
    platform: 'opencps',
    routes: ['/c/portal/login'],
  },
];

/** Every known route, once, in the order above. */
export function platformRoutes(): string[] {
  return [...new Set(PLATFORM_ROUTES.flatMap((p) => p.routes))];
}
