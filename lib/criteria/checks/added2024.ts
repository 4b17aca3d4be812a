import type { Checks } from '../check';

/**
 * Checks of the criteria the 2024 evaluation weighs and the 83 criteria
 * barely touch: the portal's speed measured (HN-01…04), public pages free of
 * injected spam (AT-13), IPv6 and the .gov.vn name (TN-01, TN-02). Their data
 * is in ../profiles/added-2024.ts.
 *
 * Until each check is written it says plainly that it has not judged the page.
 */
const pending = () => ({ state: 'not_checked' as const, evidence: [], message: { id: 'added2024.pending' } });

export const added2024Checks: Checks = {
  'HN-01': pending,
  'HN-02': pending,
  'HN-03': pending,
  'HN-04': pending,
  'AT-13': pending,
  'TN-01': pending,
  'TN-02': pending,
};
