import type { RouteKind } from '../criteria/platforms';

/**
 * Pages a portal's platform is known to serve for the functions an audit
 * needs most (catalogue, lookup, sign-in, support, payment, statistics), so
 * a crawl reaches them even when the home page builds its menu with scripts
 * or hides them behind a sign-in. The platforms' signatures in
 * lib/criteria/platforms.ts say how to recognise such a route (patterns);
 * this list says which address to request, by the same route kinds, and a
 * test holds every address here to a route the signatures recognise.
 *
 * A route that answers 404 on a portal of another platform is simply not
 * there; the crawl records it as a route not on this portal, not as a failure.
 */
export interface PlatformRoutes {
  /** The platform's id in lib/criteria/platforms.ts. */
  platform: string;
  routes: ReadonlyArray<{ kind: RouteKind; path: string }>;
}

export const PLATFORM_ROUTES: readonly PlatformRoutes[] = [
  {
    // React + .NET portals (the Thanh Hóa type).
    platform: 'portaldvc',
    routes: [
      { kind: 'home', path: '/portaldvc/home' },
      { kind: 'catalogue', path: '/portaldvc/danh-muc-tthc' },
      { kind: 'lookup', path: '/portaldvc/tra-cuu' },
      { kind: 'payment', path: '/portaldvc/thanh-toan' },
      { kind: 'feedback', path: '/portaldvc/pakn-dvc-tinh' },
      { kind: 'satisfaction', path: '/portaldvc/danh-gia-hai-long' },
      { kind: 'statistics', path: '/portaldvc/thong-ke' },
      { kind: 'guide', path: '/portaldvc/huong-dan-su-dung' },
      { kind: 'faq', path: '/portaldvc/hoi-dap' },
    ],
  },
  {
    // VNPT iGate (Angular).
    platform: 'vnpt-igate',
    routes: [
      { kind: 'catalogue', path: '/vi/procedure/search' },
      { kind: 'lookup', path: '/vi/dossier/search' },
    ],
  },
  {
    // Liferay, under OpenCPS portals: its sign-in route.
    platform: 'liferay',
    routes: [{ kind: 'signIn', path: '/c/portal/login' }],
  },
];

/** Every known route's address, once, in the order above. */
export function platformRoutes(): string[] {
  return [...new Set(PLATFORM_ROUTES.flatMap((p) => p.routes.map((r) => r.path)))];
}
