import type { PageSnapshot } from '../snapshot/schema';

export type Method = 'auto' | 'auto*' | 'assisted' | 'manual';

export const STATES = ['met', 'not_met', 'needs_review', 'not_applicable', 'not_checked', 'error'] as const;
export type State = (typeof STATES)[number];

export interface Localized {
  vi: string;
  en: string;
}

/** One piece of evidence: where on which page, and what it says. */
export interface Evidence {
  pageUrl: string;
  selector: string;
  text: string;
}

/**
 * What a check says about one page. `state` is optional: when omitted the
 * engine derives it from the method and whether evidence was found
 * (auto: met / not_met; auto*: met / not seen yet; assisted: needs review /
 * not checked). Checks that find problems (insecure transport, exposed
 * secrets) set `state: 'not_met'` with the offending elements as evidence.
 */
export interface CheckResult {
  state?: Exclude<State, 'error'>;
  evidence: Evidence[];
  /** Why the state is what it is, shown next to the finding. */
  message?: Localized;
}

/**
 * How findings of several pages of one portal combine:
 * - `any`: met if met on any page (most criteria: the portal offers it somewhere);
 * - `every`: a problem on any page is a problem for the portal (security).
 */
export type Combine = 'any' | 'every';

export interface Criterion {
  id: string;
  group: GroupId;
  title: Localized;
  /** Legal basis as named in the catalogue. */
  basis: string;
  method: Method;
  /** What a page can show, and how an inspector verifies it. */
  howToVerify: Localized;
  combine?: Combine;
  /** Pure judgement of one page. Manual criteria have none. */
  check?: (page: PageSnapshot) => CheckResult;
}

export const GROUP_IDS = ['TK', 'CK', 'TT', 'KS', 'TTTT', 'KDL', 'SH', 'TC', 'HT', 'GD', 'LT', 'AT', 'BC'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export interface Group {
  id: GroupId;
  title: Localized;
  criteria: Criterion[];
}

/** Evidence kept per criterion per page: enough to show, small to store. */
export const EVIDENCE_CAP = 5;
