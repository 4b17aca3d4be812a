/**
 * JavaScript libraries whose old versions carry published vulnerabilities,
 * as data (AT-09): how to recognise each one and read its version from a
 * script address or inline code. Which versions are too old is an option of
 * the criterion (`minimumVersions` in the profile), so a profile can raise
 * them without code. Every RegExp is linear: literals and single quantifiers.
 */
export interface LibrarySignature {
  id: string;
  name: string;
  /** The library named in a script address, version or not (jquery.min.js, /bootstrap/js/bootstrap.js). */
  file: RegExp;
  /** Version from a script address (first group). */
  srcVersion: readonly RegExp[];
  /** Version from inline code (first group). */
  codeVersion?: readonly RegExp[];
  /** A script address that is not the library (a plug-in named after it: jquery.validate.js). */
  notIt?: RegExp;
}

const V = String.raw`(\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)`;

export const LIBRARIES: readonly LibrarySignature[] = [
  {
    id: 'jquery',
    name: 'jQuery',
    file: /(?:^|[/_-])jquery(?:[.-]\d[\d.]*)?(?:[.-](?:min|slim|pack))*\.js(?:[?#]|$)/i,
    notIt: /jquery[.-](?:ui|validate|cookie|form|migrate|mobile|easing|colorbox|fancybox|tmpl|dataTables|mask|timeago|lazyload|slimscroll|mousewheel|blockUI|unobtrusive)/i,
    srcVersion: [
      new RegExp(String.raw`(?:^|[/_])jquery[.-]${V}(?:[.-](?:min|slim|pack))*\.js`, 'i'),
      new RegExp(String.raw`/jquery/${V}/`, 'i'),
      new RegExp(String.raw`/jquery@${V}`, 'i'),
      new RegExp(String.raw`/jquery(?:\.min)?\.js\?(?:[^#&]*&)*?ver=${V}`, 'i'),
    ],
    // Banners are comments (stripped); jQuery's own object still says `jquery: "x.y.z"`.
    codeVersion: [new RegExp(String.raw`\bjquery\s*:\s*["']${V}["']`, 'i'), new RegExp(String.raw`jQuery (?:JavaScript Library )?v${V}`)],
  },
  {
    id: 'jquery-ui',
    name: 'jQuery UI',
    file: /jquery[.-]ui(?:[.-][\d.]+)?(?:[.-](?:min|custom))*\.js(?:[?#]|$)|\/jqueryui\//i,
    srcVersion: [new RegExp(String.raw`jquery-ui[.-]${V}`, 'i'), new RegExp(String.raw`/jqueryui/${V}/`, 'i'), new RegExp(String.raw`/jquery-ui@${V}`, 'i')],
  },
  {
    id: 'bootstrap',
    name: 'Bootstrap',
    file: /(?:^|[/_-])bootstrap(?:[.-]\d[\d.]*)?(?:[.-](?:min|bundle))*\.js(?:[?#]|$)/i,
    notIt: /bootstrap[.-](?:select|datepicker|datetimepicker|table|multiselect|notify|switch|tagsinput|slider|typeahead|dialog|fileinput)/i,
    srcVersion: [
      new RegExp(String.raw`(?:^|[/_])bootstrap[.-]${V}(?:[.-](?:min|bundle))*\.js`, 'i'),
      new RegExp(String.raw`/(?:twitter-)?bootstrap/${V}/`, 'i'),
      new RegExp(String.raw`/bootstrap@${V}`, 'i'),
    ],
  },
  {
    id: 'angularjs',
    name: 'AngularJS',
    file: /(?:^|[/_-])angular(?:js)?(?:[.-]1\.[\d.]+)?(?:[.-]min)?\.js(?:[?#]|$)/i,
    notIt: /angular[.-](?:route|sanitize|animate|resource|cookies|touch|messages|aria|ui|translate|file-upload|material)/i,
    srcVersion: [/(?:^|[/_])angular(?:js)?[.-](1\.\d{1,3}(?:\.\d{1,3})?)(?:[.-]min)?\.js/i, /\/angular(?:\.js|js)?\/(1\.\d{1,3}(?:\.\d{1,3})?)\//i, /\/angular@(1\.\d{1,3}(?:\.\d{1,3})?)/i],
  },
  {
    id: 'moment',
    name: 'Moment.js',
    file: /(?:^|[/_-])moment(?:[.-]\d[\d.]*)?(?:[.-](?:min|with-locales))*\.js(?:[?#]|$)/i,
    notIt: /moment[.-](?:timezone|duration|range)/i,
    srcVersion: [new RegExp(String.raw`(?:^|[/_])moment[.-]${V}(?:[.-]min)?\.js`, 'i'), new RegExp(String.raw`/moment(?:\.js)?/${V}/`, 'i'), new RegExp(String.raw`/moment@${V}`, 'i')],
  },
];

/**
 * Default minimum versions (the profile's AT-09 options override them):
 * a version string, one per major version line, or null when every version
 * is past its end of life.
 */
export const DEFAULT_MINIMUM_VERSIONS: Readonly<Record<string, string | readonly string[] | null>> = {
  // CVE-2020-11022 / 11023
  jquery: '3.5.0',
  // CVE-2021-41182…41184, CVE-2022-31160
  'jquery-ui': '1.13.2',
  // CVE-2019-8331 (XSS in tooltip/popover), fixed in 3.4.1 and 4.3.1
  bootstrap: ['3.4.1', '4.3.1'],
  // AngularJS 1.x reached its end of life in January 2022.
  angularjs: null,
  // CVE-2022-24785, CVE-2022-31129
  moment: '2.29.4',
};

function parts(v: string): number[] {
  return v.split('.').map((n) => Number(n) || 0);
}

function before(v: number[], ref: number[]): boolean {
  for (let i = 0; i < 3; i++) if ((v[i] ?? 0) !== (ref[i] ?? 0)) return (v[i] ?? 0) < (ref[i] ?? 0);
  return false;
}

/** Is this version older than the minimum (a list: the minimum of its own major line, or of the next one)? */
export function isOutdated(version: string, minimum: string | readonly string[] | null | undefined): boolean {
  if (minimum === null) return true;
  if (minimum === undefined) return false;
  const v = parts(version);
  if (typeof minimum === 'string') return before(v, parts(minimum));
  const lines = minimum.map(parts).sort((a, b) => (before(a, b) ? -1 : 1));
  const same = lines.find((m) => m[0] === v[0]);
  if (same) return before(v, same);
  // A major line older than every listed one is outdated; a newer one is not.
  return before(v, lines[0]!);
}
