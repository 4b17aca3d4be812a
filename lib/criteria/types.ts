/**
 * The vocabulary of checklists and checks. A checklist profile is data
 * (groups and criteria with their titles, basis, method and options); a
 * check is a small pure function keyed by id that reads computed views of a
 * page snapshot. The engine (lib/audit/evaluate.ts) turns what a check found
 * into a state, and the message tables (./messages) turn message ids into
 * words.
 */

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

/** A value a message is filled with: plain, or words of both languages, or a list of them. */
export type MessageValue = string | number | Localized | ReadonlyArray<string | number | Localized>;

/** A message by id (see ./messages) and the data it is filled with. */
export interface MessageRef {
  id: string;
  data?: Readonly<Record<string, MessageValue>>;
}

/**
 * How much the evidence proves. `strong`: the page shows the feature as an
 * inspector would accept it (met for automatic criteria). `weak`: something
 * points to it but falls short (an office phone for the hotline, an owner
 * without an address, code nothing calls): needs review, with what is missing.
 */
export type Strength = 'strong' | 'weak';

/**
 * What a check says about one page. Without `state` the engine derives it
 * from the method and the evidence (auto: met / needs review (weak) / not
 * met; auto*: met / needs review / not seen yet; assisted: needs review /
 * not checked). Checks that find problems (insecure transport, exposed
 * secrets) set `state: 'not_met'` with the offending elements as evidence.
 */
export interface CheckResult {
  state?: Exclude<State, 'error'>;
  evidence: Evidence[];
  /** Default: strong when there is evidence. */
  strength?: Strength;
  /** Why the state is what it is, shown next to the finding. */
  message?: MessageRef;
}

/**
 * How findings of several pages of one portal combine:
 * - `any`: met if met on any page (most criteria: the portal offers it somewhere);
 * - `every`: a problem on any page is a problem for the portal (security).
 */
export type Combine = 'any' | 'every';

/** What kind of page of a portal a snapshot is (./pagetype.ts). */
export const PAGE_TYPES = [
  'home',
  'catalogue',
  'procedure',
  'lookup',
  'sign-in',
  'submission',
  'my-dossiers',
  'support',
  'statistics',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Options a profile gives a check (thresholds, minimum versions …). Plain data. */
export type CheckOptions = Readonly<Record<string, unknown>>;

/** A criterion of a checklist profile: data only. */
export interface Criterion {
  id: string;
  /** A group id of the same profile. */
  group: string;
  title: Localized;
  /** Legal basis as named in the catalogue. */
  basis: string;
  method: Method;
  /** What a page can show, and how an inspector verifies it. */
  howToVerify: Localized;
  combine?: Combine;
  /** Key of the check that judges it (./checks), default the id; manual criteria have none. */
  check?: string;
  /** The check's options (thresholds, minimum versions); the check supplies defaults. */
  options?: CheckOptions;
  /**
   * Page types that can show this criterion. On another page a check that
   * finds nothing says which page to open (not checked) instead of "not met",
   * until such a page has been audited.
   */
  shownOn?: readonly PageType[];
  /**
   * The criterion is judged from the page's own markup (head, transport,
   * inline code), not from content a script builds: it is also judged on an
   * application shell. Default false: on a shell it is not checked.
   */
  judgedOnShell?: boolean;
  /**
   * Points of the criterion where the profile scores by points. `0`: shown
   * for information, never counted. A group whose counted criteria all
   * have points is scored by them; otherwise by its share of met criteria.
   */
  points?: number;
}

/** A group id: whatever the profile's groups are called (no fixed list). */
export type GroupId = string;

export interface GroupDef {
  id: string;
  title: Localized;
  /** Maximum points of the group where the profile scores by points. */
  maxPoints?: number;
}

/** A group with its criteria, in the profile's order. */
export interface Group extends GroupDef {
  criteria: Criterion[];
}

/** A level of a points profile: from `minPoints` up to the next level's minimum. */
export interface Level {
  id: string;
  title: Localized;
  minPoints: number;
}

/**
 * How a profile scores: `count` (met / total, the 2023 survey's "17/83
 * (20,48%)") or `points` (groups with maximum points, criteria with points
 * of their own when known, levels from point bands; lib/audit/score.ts).
 */
export type Scoring = { kind: 'count' } | { kind: 'points'; maxPoints: number; levels?: readonly Level[] };

/**
 * How far a profile is the official text: its groups (and their points) and
 * the criteria inside them are `official` or `estimated` (reconstructed
 * while the official list is not public).
 */
export interface ProfileStatus {
  groups: 'official' | 'estimated';
  criteria: 'official' | 'estimated';
}

/** The document a profile comes from. */
export interface ProfileSource {
  /** As it is cited: "Quyết định 473/QĐ-BTTTT". */
  document: string;
  /** Its date, ISO 8601 (YYYY-MM-DD). */
  date: string;
  title: Localized;
}

/** A checklist profile: the criteria an audit is judged against. Data; a later checklist is another profile. */
export interface Profile {
  id: string;
  version: number;
  title: Localized;
  scoring: Scoring;
  /** How official it is (absent: the profile does not say). */
  status?: ProfileStatus;
  source?: ProfileSource;
  groups: Group[];
  criteria: Criterion[];
}

/** Evidence kept per criterion per page: enough to show, small to store. */
export const EVIDENCE_CAP = 5;
