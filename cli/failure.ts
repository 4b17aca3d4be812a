/** Why a page could not be audited: a kind a program can read and a reason a person can. */
export type PageFailureKind =
  | 'timeout'
  | 'http-status'
  | 'not-html'
  | 'redirect-refused'
  | 'redirect-loop'
  | 'address-refused'
  | 'too-large'
  | 'unreachable'
  | 'no-snapshot';

export class PageFailure extends Error {
  constructor(
    readonly kind: PageFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PageFailure';
  }
}
