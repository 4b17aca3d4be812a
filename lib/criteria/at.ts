import type { PageSnapshot } from '../snapshot/schema';
import { anyOf, dedupe, excerpt, findIframes, findImages, findInputs, findLinks, findScripts, findText } from './match';
import { EVIDENCE_CAP, type Evidence, type Group } from './types';

function evidenceAt(page: PageSnapshot, selector: string, text: string): Evidence {
  return { pageUrl: page.url, selector, text: excerpt(text) };
}

// ---------------------------------------------------------------- AT-05 headers

/** Headers a portal must send; each entry says how to tell it is effective. */
const REQUIRED_HEADERS: Array<{ name: string; ok: (h: Record<string, string>) => boolean }> = [
  {
    name: 'Strict-Transport-Security',
    ok: (h) => Number(/max-age\s*=\s*"?(\d+)/i.exec(h['strict-transport-security'] ?? '')?.[1] ?? 0) > 0,
  },
  { name: 'X-Content-Type-Options', ok: (h) => /nosniff/i.test(h['x-content-type-options'] ?? '') },
  {
    // Clickjacking: X-Frame-Options, or its modern form, CSP frame-ancestors.
    name: 'X-Frame-Options / CSP frame-ancestors',
    ok: (h) => /deny|sameorigin/i.test(h['x-frame-options'] ?? '') || /frame-ancestors/i.test(h['content-security-policy'] ?? ''),
  },
];
/** Recommended on top: reported when missing, but not failing the criterion. */
const RECOMMENDED_HEADERS = ['content-security-policy', 'referrer-policy', 'permissions-policy'];
const SECURITY_HEADERS = [
  'strict-transport-security',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
];

// ---------------------------------------------------------------- AT-06 cookies

/** Cookie names that carry a session or credentials. */
const SESSION_COOKIE = /^(?:jsessionid|asp\.net_sessionid|phpsessid|connect\.sid|laravel_session|ci_session|sid)$|session|token|auth|jwt/i;
/** Readable by design: CSRF double-submit tokens, Keycloak's session marker (the HttpOnly KEYCLOAK_IDENTITY is the session). */
const READABLE_BY_DESIGN = /csrf|xsrf|requestverificationtoken|^keycloak_session/i;

// ---------------------------------------------------------------- AT-07 secrets

/**
 * `key: "value"` / `"key": "value"` / `key = 'value'` where the key names a
 * secret. The key must end at the secret word, so `passwordField` or
 * `passwordPattern` are not taken, and values with spaces (labels such as
 * "Mật khẩu") are not either.
 */
// Linear time: a name starts where no name character precedes it and takes
// at most 64 characters before the secret word (`\b` and an unbounded prefix
// made `a$a$a$…` quadratic).
const SECRET_ASSIGNMENT =
  /(["']?)(?<![A-Za-z0-9_$])([A-Za-z0-9_$]{0,64}?(?:(?:client|app|api|jwt)?[_-]?secret(?:[_-]?key)?|api[_-]?key|access[_-]?token|refresh[_-]?token|private[_-]?key|password|passwd))\1\s*[:=]\s*(["'`])((?:(?!\3)[\x21-\x7e]){4,})\3/gi;
const SECRET_IN_URL = /[?&#](access_token|refresh_token|id_token|client_secret|api_?key)=([^&#\s]{8,})/gi;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/;
// A token starts where no token character precedes it (`\b` let every
// "-eyJ" of one long run start a match: quadratic time).
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
/** Values that are placeholders, not secrets. */
const PLACEHOLDER = /^(?:\*+|x+|\.+|null|undefined|none|true|false|password|matkhau|secret|changeme|your[_-].*|\$\{.*\}|\{\{.*\}\}|%.*%|<.*>)$/i;
/** Google browser keys (Maps, Firebase) are public by design and restricted by referrer. */
const GOOGLE_BROWSER_KEY = /^AIza[\w-]{30,}$/;

function minLength(key: string): number {
  if (/pass/i.test(key)) return 6;
  if (/api[_-]?key/i.test(key)) return 16;
  return 8;
}

/** Key name and at most the first four characters (never more than a quarter of the value). */
function masked(key: string, value: string): string {
  const shown = value.slice(0, Math.min(4, Math.floor(value.length / 4)));
  return `${key} = "${shown}…" (${value.length} ký tự, đã ẩn / chars, masked)`;
}

function secretsIn(text: string): string[] {
  const found: string[] = [];
  const reported = new Set<string>();
  for (const m of text.matchAll(SECRET_ASSIGNMENT)) {
    const key = m[2]!;
    const value = m[4]!;
    if (value.length < minLength(key) || PLACEHOLDER.test(value)) continue;
    // Plain lower-case words are form keywords (`password: "required"`), not secrets.
    if (/^[a-z]+$/.test(value)) continue;
    if (/api[_-]?key/i.test(key) && GOOGLE_BROWSER_KEY.test(value)) continue;
    reported.add(value);
    found.push(masked(key, value));
  }
  if (PRIVATE_KEY.test(text)) found.push('-----BEGIN … PRIVATE KEY----- (khóa riêng, đã ẩn / private key, masked)');
  // A token already reported under its key name is not reported twice.
  for (const m of text.matchAll(JWT)) if (![...reported].some((v) => v.includes(m[0]))) found.push(masked('JWT', m[0]));
  return found;
}

// ---------------------------------------------------------------- AT-09 libraries

interface Library {
  name: string;
  /** Where the version shows: file names, CDN paths, npm-style @version, WordPress ?ver=. */
  src: RegExp[];
  code?: RegExp[];
  outdated: (v: number[]) => boolean;
  /** Why an outdated version is a problem, shown in the evidence. */
  advice: string;
}

const V = String.raw`(\d+\.\d+(?:\.\d+)?)`;
const before = (v: number[], ref: number[]) => {
  for (let i = 0; i < 3; i++) if ((v[i] ?? 0) !== (ref[i] ?? 0)) return (v[i] ?? 0) < (ref[i] ?? 0);
  return false;
};

const LIBRARIES: Library[] = [
  {
    name: 'jQuery',
    src: [
      new RegExp(String.raw`(?:^|[/_])jquery[.-]${V}(?:[.-](?:min|slim|pack))*\.js`, 'i'),
      new RegExp(String.raw`/jquery/${V}/`, 'i'),
      new RegExp(String.raw`/jquery@${V}`, 'i'),
      new RegExp(String.raw`/jquery(?:\.min)?\.js\?(?:[^#]*&)?ver=${V}`, 'i'),
    ],
    // Banners are comments (stripped); jQuery's own object still says `jquery: "x.y.z"`.
    code: [new RegExp(String.raw`\bjquery\s*:\s*["']${V}["']`, 'i'), new RegExp(String.raw`jQuery (?:JavaScript Library )?v${V}`)],
    outdated: (v) => before(v, [3, 5, 0]),
    advice: 'cần ≥ 3.5.0 / needs ≥ 3.5.0 (CVE-2020-11022)',
  },
  {
    name: 'jQuery UI',
    src: [
      new RegExp(String.raw`jquery-ui[.-]${V}`, 'i'),
      new RegExp(String.raw`/jqueryui/${V}/`, 'i'),
      new RegExp(String.raw`/jquery-ui@${V}`, 'i'),
    ],
    outdated: (v) => before(v, [1, 13, 2]),
    advice: 'cần ≥ 1.13.2 / needs ≥ 1.13.2',
  },
  {
    name: 'Bootstrap',
    src: [
      new RegExp(String.raw`(?:^|[/_])bootstrap[.-]${V}(?:[.-](?:min|bundle))*\.js`, 'i'),
      new RegExp(String.raw`/(?:twitter-)?bootstrap/${V}/`, 'i'),
      new RegExp(String.raw`/bootstrap@${V}`, 'i'),
    ],
    outdated: (v) => (v[0] ?? 0) < 3 || ((v[0] ?? 0) === 3 && before(v, [3, 4, 1])) || ((v[0] ?? 0) === 4 && before(v, [4, 3, 1])),
    advice: 'cần ≥ 3.4.1 hoặc ≥ 4.3.1 / needs ≥ 3.4.1 or ≥ 4.3.1',
  },
  {
    name: 'AngularJS',
    src: [
      /(?:^|[/_])angular(?:js)?[.-](1\.\d+(?:\.\d+)?)(?:[.-]min)?\.js/i,
      /\/angular(?:\.js|js)?\/(1\.\d+(?:\.\d+)?)\//i,
      /\/angular@(1\.\d+(?:\.\d+)?)/i,
    ],
    // AngularJS 1.x reached end of support in January 2022.
    outdated: () => true,
    advice: 'AngularJS 1.x hết hỗ trợ từ 01/2022 / end of life since 01/2022',
  },
  {
    name: 'Moment.js',
    src: [
      new RegExp(String.raw`(?:^|[/_])moment[.-]${V}(?:[.-]min)?\.js`, 'i'),
      new RegExp(String.raw`/moment(?:\.js)?/${V}/`, 'i'),
      new RegExp(String.raw`/moment@${V}`, 'i'),
    ],
    outdated: (v) => before(v, [2, 29, 4]),
    advice: 'cần ≥ 2.29.4 / needs ≥ 2.29.4',
  },
];

interface LibraryFinding {
  evidence: Evidence;
  outdated: boolean;
  label: string;
}

function librariesOn(page: PageSnapshot): LibraryFinding[] {
  const out: LibraryFinding[] = [];
  for (const s of page.scripts) {
    for (const lib of LIBRARIES) {
      const patterns = s.src ? lib.src : (lib.code ?? []);
      const haystack = s.src || s.text;
      let version: string | undefined;
      for (const re of patterns) {
        version = re.exec(haystack)?.[1];
        if (version) break;
      }
      if (!version) continue;
      const outdated = lib.outdated(version.split('.').map(Number));
      const label = `${lib.name} ${version}`;
      const text = outdated ? `${label} (${lib.advice}): ${s.src || 'inline'}` : `${label}: ${s.src || 'inline'}`;
      out.push({ evidence: evidenceAt(page, s.selector, text), outdated, label });
    }
  }
  // A library named in page source, live or in a comment (a banner, a commented-out <script src>), is exposed too.
  for (const x of page.exposures) {
    for (const lib of LIBRARIES) {
      let version: string | undefined;
      for (const re of [...lib.src, ...(lib.code ?? [])]) {
        version = re.exec(x.text)?.[1];
        if (version) break;
      }
      if (!version) continue;
      const outdated = lib.outdated(version.split('.').map(Number));
      const label = `${lib.name} ${version}`;
      const where = x.source === 'comment' ? 'comment' : 'inline';
      out.push({ evidence: evidenceAt(page, x.selector, outdated ? `${label} (${lib.advice}): ${where}` : `${label}: ${where}`), outdated, label });
    }
  }
  return out;
}

/** AT — information security and cybersecurity. */
export const security: Group = {
  id: 'AT',
  title: { vi: 'An toàn thông tin và an ninh mạng', en: 'Information security and cybersecurity' },
  criteria: [
    {
      id: 'AT-01',
      group: 'AT',
      title: { vi: 'Phê duyệt HSĐXCĐ (≥ cấp độ 3) & phương án bảo đảm ATTT', en: 'Security level approved (≥ 3)' },
      basis: 'S1 Art 8 [G]; ND 85/2016 [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xem quyết định phê duyệt hồ sơ đề xuất cấp độ (từ cấp độ 3 trở lên) và phương án bảo đảm an toàn thông tin theo cấp độ của hệ thống.',
        en: 'The inspector sees the decision approving the security-level dossier (level 3 or higher) and the system\'s security plan for that level.',
      },
    },
    {
      id: 'AT-02',
      group: 'AT',
      title: { vi: 'Giám sát ATTT trước khi vận hành', en: 'Security monitoring' },
      basis: 'S1 Art 8 [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xác nhận hệ thống được kết nối giám sát an toàn thông tin (đơn vị giám sát, thỏa thuận hoặc biên bản kết nối) từ trước khi đưa vào vận hành.',
        en: 'The inspector confirms the system has been under security monitoring (monitoring unit, agreement or connection record) since before it went live.',
      },
    },
    {
      id: 'AT-03',
      group: 'AT',
      title: { vi: 'Kiểm tra, đánh giá ATTT trước vận hành & định kỳ', en: 'Pentest before go-live and periodically' },
      basis: 'S1 Art 8 [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xem báo cáo kiểm tra, đánh giá an toàn thông tin trước khi vận hành và báo cáo định kỳ gần nhất, cùng việc khắc phục các lỗ hổng đã nêu.',
        en: 'The inspector sees the security assessment report from before go-live and the latest periodic one, and how the findings were fixed.',
      },
    },
    {
      id: 'AT-04',
      group: 'AT',
      title: {
        vi: 'Đáp ứng 708/BTTTT-CATTT cho hệ thống kết nối CSDLQG dân cư',
        en: 'Cybersecurity requirements for population-DB connection',
      },
      basis: 'S5 [G mention]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xác nhận hệ thống kết nối CSDL quốc gia về dân cư đáp ứng yêu cầu tại văn bản 708/BTTTT-CATTT, kèm tài liệu chứng minh.',
        en: 'The inspector confirms the system connected to the population database meets the requirements of letter 708/BTTTT-CATTT, with supporting documents.',
      },
    },
    {
      id: 'AT-05',
      group: 'AT',
      title: { vi: 'Header bảo mật', en: 'Security response headers' },
      basis: '[I]; a real provincial portal `securityheaders.json`',
      method: 'auto',
      combine: 'every',
      howToVerify: {
        vi: 'Phản hồi của trang phải có Strict-Transport-Security, X-Content-Type-Options: nosniff và X-Frame-Options (hoặc CSP frame-ancestors); nên có thêm Content-Security-Policy, Referrer-Policy, Permissions-Policy. Trình duyệt không cho tiện ích đọc header: dùng dòng lệnh, hoặc xem DevTools → Network → trang → Response Headers.',
        en: 'The page\'s response must carry Strict-Transport-Security, X-Content-Type-Options: nosniff and X-Frame-Options (or CSP frame-ancestors); Content-Security-Policy, Referrer-Policy and Permissions-Policy are recommended. The extension cannot read headers: use the command line, or DevTools → Network → the page → Response Headers.',
      },
      check: (page) => {
        const raw = page.security.responseHeaders;
        if (!raw) {
          // A CSP in a <meta> tag is real, but it is not the response headers.
          const metaCsp = page.meta
            .filter((m) => m.name.toLowerCase() === 'content-security-policy')
            .map((m) => evidenceAt(page, 'meta[http-equiv="Content-Security-Policy"]', m.content));
          return {
            state: 'not_checked',
            evidence: metaCsp,
            message: {
              vi: 'Trình duyệt không cho đọc header phản hồi: chỉ dòng lệnh (tự tải trang) đọc được, hoặc người kiểm tra xem trong DevTools → Network và xác nhận.',
              en: 'The browser does not expose response headers: only the command line (which fetches the page) can read them, or the inspector checks DevTools → Network and confirms.',
            },
          };
        }
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(raw)) h[k.toLowerCase()] = v;
        const present = SECURITY_HEADERS.filter((n) => h[n] !== undefined).map((n) =>
          evidenceAt(page, `header: ${n}`, `${n}: ${h[n]}`),
        );
        const missing = REQUIRED_HEADERS.filter((r) => !r.ok(h)).map((r) => r.name);
        const advised = RECOMMENDED_HEADERS.filter((n) => h[n] === undefined);
        const advice = advised.length
          ? { vi: ` Nên có thêm: ${advised.join(', ')}.`, en: ` Also recommended: ${advised.join(', ')}.` }
          : { vi: '', en: '' };
        if (missing.length > 0)
          return {
            state: 'not_met',
            evidence: [...present, evidenceAt(page, 'header', `Thiếu / missing: ${missing.join(', ')}`)],
            message: {
              vi: `Thiếu hoặc không hiệu lực: ${missing.join(', ')}.${advice.vi}`,
              en: `Missing or ineffective: ${missing.join(', ')}.${advice.en}`,
            },
          };
        return {
          state: 'met',
          evidence: present,
          message: {
            vi: `Có đủ các header bảo mật bắt buộc.${advice.vi}`,
            en: `The required security headers are present.${advice.en}`,
          },
        };
      },
    },
    {
      id: 'AT-06',
      group: 'AT',
      title: { vi: 'Cookie phiên an toàn', en: 'Session cookies Secure/HttpOnly/SameSite' },
      basis: '[I]',
      method: 'assisted',
      combine: 'every',
      howToVerify: {
        vi: 'Đăng nhập rồi mở DevTools → Application → Cookies: cookie phiên (JSESSIONID, ASP.NET_SessionId, token…) phải có HttpOnly, Secure và SameSite. Cookie phiên đọc được từ script (document.cookie) là thiếu HttpOnly.',
        en: 'Sign in, then open DevTools → Application → Cookies: the session cookie (JSESSIONID, ASP.NET_SessionId, token…) must be HttpOnly, Secure and SameSite. A session cookie readable from script (document.cookie) lacks HttpOnly.',
      },
      check: (page) => {
        const readable = page.security.scriptReadableCookies;
        const exposed = readable.filter((n) => SESSION_COOKIE.test(n) && !READABLE_BY_DESIGN.test(n));
        if (exposed.length > 0)
          return {
            state: 'not_met',
            evidence: exposed.map((n) => evidenceAt(page, 'document.cookie', `${n} (đọc được từ script / readable from script)`)),
            message: {
              vi: `Cookie phiên đọc được từ script, tức thiếu HttpOnly: ${exposed.join(', ')}.`,
              en: `Session cookie(s) readable from script, so not HttpOnly: ${exposed.join(', ')}.`,
            },
          };
        // A signed-in page has a session; none of its cookies being readable suggests HttpOnly.
        const signedIn = anyOf(
          findLinks(page, {
            urls: ['logout', 'log-out', 'signout', 'sign-out', 'dang-xuat', 'dangxuat'],
            labels: ['Đăng xuất', 'Log out', 'Logout', 'Sign out'],
          }),
          findText(page, ['Đăng xuất']),
        );
        const names = readable.length ? readable.join(', ') : 'không có / none';
        if (signedIn.length === 0)
          return {
            state: 'not_checked',
            evidence: [],
            message: {
              vi: `Chưa thấy phiên đăng nhập trên trang này; hãy đăng nhập rồi kiểm tra lại. Cookie đọc được từ script: ${names}.`,
              en: `No signed-in session seen on this page; sign in and audit again. Cookies readable from script: ${names}.`,
            },
          };
        return {
          evidence: [...signedIn.slice(0, 4), evidenceAt(page, 'document.cookie', `Cookie đọc được từ script / readable from script: ${names}`)],
          message: {
            vi: 'Đang đăng nhập nhưng không cookie phiên nào đọc được từ script (có thể đã đặt HttpOnly). Người kiểm tra xác nhận Secure, HttpOnly, SameSite trong DevTools → Application → Cookies.',
            en: 'Signed in, yet no session cookie is readable from script (likely HttpOnly). The inspector confirms Secure, HttpOnly and SameSite in DevTools → Application → Cookies.',
          },
        };
      },
    },
    {
      id: 'AT-07',
      group: 'AT',
      title: { vi: 'Không lộ bí mật/cấu hình nhạy cảm phía client', en: 'No secrets exposed client-side' },
      basis: '[I]',
      method: 'auto',
      combine: 'every',
      howToVerify: {
        vi: 'Mã và cấu hình gửi tới trình duyệt không được chứa khóa bí mật (CLIENT_SECRET, mật khẩu, khóa riêng, access token). Trên VNPT iGate, mở thêm /vi/assets/app.config.json. Chỉ đọc và báo cáo, không dùng lại khóa tìm thấy.',
        en: 'Code and configuration sent to the browser must not contain secrets (CLIENT_SECRET, passwords, private keys, access tokens). On VNPT iGate also open /vi/assets/app.config.json. Only read and report; never reuse a key found.',
      },
      check: (page) => {
        const found: Evidence[] = [];
        for (const s of page.scripts) if (s.text) for (const f of secretsIn(s.text)) found.push(evidenceAt(page, s.selector, f));
        // Every script to its end and every HTML comment: a secret in a comment is exposed too.
        for (const x of page.exposures) for (const f of secretsIn(x.text)) found.push(evidenceAt(page, x.selector, f));
        // A JSON configuration opened in the browser is shown as page text.
        for (const t of page.texts) for (const f of secretsIn(t.text)) found.push(evidenceAt(page, t.selector, f));
        const urls = [
          ...page.scripts.filter((s) => s.src).map((s) => ({ selector: s.selector, url: s.src })),
          ...page.links.map((l) => ({ selector: l.selector, url: l.href })),
          ...page.iframes.map((f) => ({ selector: f.selector, url: f.src })),
        ];
        for (const { selector, url } of urls)
          for (const m of url.matchAll(SECRET_IN_URL)) found.push(evidenceAt(page, selector, masked(m[1]!, m[2]!)));
        const distinct = dedupe(found, found.length);
        const evidence = distinct.slice(0, EVIDENCE_CAP);
        if (evidence.length > 0)
          return {
            state: 'not_met',
            evidence,
            message: {
              vi: `Trang để lộ ${distinct.length} giá trị giống khóa bí mật phía trình duyệt (giá trị đã được ẩn). Cần thu hồi và đổi khóa.`,
              en: `The page exposes ${distinct.length} secret-looking value(s) to the browser (values masked). They should be revoked and rotated.`,
            },
          };
        return {
          state: 'met',
          evidence: [],
          message: {
            vi: 'Không thấy khóa bí mật trong mã nhúng và địa chỉ trên trang này. Tệp cấu hình tải riêng (ví dụ /vi/assets/app.config.json) cần mở để kiểm tra.',
            en: 'No secrets seen in inline code or addresses on this page. Separately loaded configuration (e.g. /vi/assets/app.config.json) must be opened to check.',
          },
        };
      },
    },
    {
      id: 'AT-08',
      group: 'AT',
      title: { vi: 'CAPTCHA/chống tự động trên biểu mẫu công khai', en: 'Bot protection on public forms' },
      basis: '[I]; a real provincial portal uses reCAPTCHA',
      method: 'auto',
      howToVerify: {
        vi: 'Biểu mẫu công khai (tra cứu hồ sơ, gửi phản ánh kiến nghị, đăng ký) có CAPTCHA: reCAPTCHA, hCaptcha, Turnstile, hoặc ô "Mã xác nhận" kèm ảnh mã.',
        en: 'Public forms (record lookup, feedback, sign-up) have a CAPTCHA: reCAPTCHA, hCaptcha, Turnstile, or a "Mã xác nhận" field with a code image.',
      },
      check: (page) => {
        const services = ['recaptcha', 'hcaptcha.com', 'challenges.cloudflare.com/turnstile'];
        return {
          evidence: anyOf(
            findScripts(page, { src: services, code: [/\bgrecaptcha\.\w+/, /\bhcaptcha\.render\b/, /\bturnstile\.render\b/] }),
            findIframes(page, services),
            findImages(page, { src: [/captcha/i], alt: ['captcha', 'Mã xác nhận', 'Mã bảo mật', 'Mã kiểm tra'] }),
            // "Mã xác thực" is left out: portals use it for SMS one-time codes too.
            findInputs(page, ['captcha', 'Mã xác nhận', 'Mã bảo mật', 'Mã kiểm tra', 'Mã captcha']),
          ),
        };
      },
    },
    {
      id: 'AT-09',
      group: 'AT',
      title: { vi: 'Thư viện lỗi thời / mixed content', en: 'Outdated JS libraries, mixed content' },
      basis: '[I]',
      method: 'auto',
      combine: 'every',
      howToVerify: {
        vi: 'Công cụ đọc phiên bản jQuery, jQuery UI, Bootstrap, AngularJS, Moment.js từ địa chỉ script; phiên bản có lỗ hổng đã công bố (ví dụ jQuery < 3.5.0) hoặc tài nguyên http:// trên trang HTTPS là chưa đạt. Thư viện gộp trong tệp bundle không nhận ra được: người kiểm tra xem thêm trong DevTools.',
        en: 'The tool reads jQuery, jQuery UI, Bootstrap, AngularJS and Moment.js versions from script addresses; a version with published vulnerabilities (e.g. jQuery < 3.5.0) or http:// resources on an HTTPS page fails. Libraries inside bundles are not recognised: the inspector checks DevTools.',
      },
      check: (page) => {
        const libs = librariesOn(page);
        const old = libs.filter((l) => l.outdated);
        const mixed = page.mixedContent.map((m) => evidenceAt(page, m.selector, `http:// <${m.tag}> ${m.url}`));
        if (old.length > 0 || mixed.length > 0) {
          const vi: string[] = [];
          const en: string[] = [];
          if (old.length) {
            const names = [...new Set(old.map((l) => l.label))].join(', ');
            vi.push(`thư viện lỗi thời: ${names}`);
            en.push(`outdated libraries: ${names}`);
          }
          if (mixed.length) {
            vi.push(`${mixed.length} tài nguyên http:// trên trang HTTPS`);
            en.push(`${mixed.length} http:// resource(s) on an HTTPS page`);
          }
          return {
            state: 'not_met',
            evidence: dedupe([...old.map((l) => l.evidence), ...mixed]),
            message: { vi: `Phát hiện ${vi.join('; ')}.`, en: `Found ${en.join('; ')}.` },
          };
        }
        return {
          state: 'met',
          evidence: dedupe(libs.map((l) => l.evidence)),
          message: {
            vi: libs.length
              ? 'Các thư viện nhận ra được đều ở phiên bản không có lỗ hổng đã biết; không có nội dung hỗn hợp.'
              : 'Không nhận ra thư viện lỗi thời nào qua địa chỉ script; không có nội dung hỗn hợp. Thư viện trong bundle cần kiểm tra thêm.',
            en: libs.length
              ? 'The libraries recognised are at versions without known vulnerabilities; no mixed content.'
              : 'No outdated library recognised from script addresses; no mixed content. Libraries inside bundles need a further look.',
          },
        };
      },
    },
    {
      id: 'AT-10',
      group: 'AT',
      title: { vi: 'Nhãn Tín nhiệm mạng (NCSC)', en: 'NCSC trust badge' },
      basis: '[I]; a real provincial portal footer (`ncsc`, img alt `TinNhiemMang`)',
      method: 'auto',
      howToVerify: {
        vi: 'Chân trang có nhãn "Tín nhiệm mạng" của NCSC (ảnh hoặc liên kết tới tinnhiemmang.vn); bấm vào để xem chứng nhận còn hiệu lực. Nhãn chỉ cho biết đã đăng ký, không chứng minh hệ thống an toàn.',
        en: 'The footer shows the NCSC "Tín nhiệm mạng" badge (image or link to tinnhiemmang.vn); click it to see the certificate is valid. The badge shows registration only, not that the system is secure.',
      },
      check: (page) => {
        const evidence = anyOf(
          findLinks(page, { urls: ['tinnhiemmang.vn', 'ncsc.gov.vn'] }),
          findImages(page, { src: [/tinnhiemmang/i, /ncsc/i], alt: ['TinNhiemMang', 'Tín nhiệm mạng', 'NCSC'] }),
          findText(page, ['Tín nhiệm mạng']),
        );
        return evidence.length
          ? {
              evidence,
              message: {
                vi: 'Có nhãn Tín nhiệm mạng; nhãn chỉ cho biết sự hiện diện, không chứng minh hệ thống an toàn.',
                en: 'The trust badge is shown; it shows presence only, not that the system is secure.',
              },
            }
          : { evidence };
      },
    },
    {
      id: 'AT-11',
      group: 'AT',
      title: { vi: 'Quản lý tài khoản & xác thực tập trung (cán bộ)', en: 'Central identity for officers' },
      basis: 'S1 Art 3(10) [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xác nhận tài khoản cán bộ được quản lý và xác thực tập trung (SSO của tỉnh/bộ), có phân quyền và thu hồi khi nghỉ việc.',
        en: 'The inspector confirms officers\' accounts are managed and authenticated centrally (the province\'s or ministry\'s SSO), with roles and revocation on leaving.',
      },
    },
    {
      id: 'AT-12',
      group: 'AT',
      title: { vi: 'Thông báo xử lý/bảo vệ dữ liệu cá nhân', en: 'Personal-data notice/policy' },
      basis: 'ND 13/2023 [K]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng có liên kết hoặc nội dung "Chính sách bảo vệ dữ liệu cá nhân", "Chính sách bảo mật" hoặc "Điều khoản sử dụng" (thường ở chân trang hoặc trang đăng ký); mở để xem có nói về xử lý dữ liệu cá nhân.',
        en: 'The portal links to or shows "Chính sách bảo vệ dữ liệu cá nhân", "Chính sách bảo mật" or "Điều khoản sử dụng" (usually in the footer or on sign-up); open it to see it covers personal-data processing.',
      },
      check: (page) => {
        const labels = [
          'Chính sách bảo vệ dữ liệu cá nhân',
          'Bảo vệ dữ liệu cá nhân',
          'Xử lý dữ liệu cá nhân',
          'Chính sách bảo mật',
          'Chính sách quyền riêng tư',
          'Điều khoản sử dụng',
          'Privacy policy',
          'Terms of use',
        ];
        return { evidence: anyOf(findLinks(page, { labels, slugs: true }), findText(page, labels)) };
      },
    },
  ],
};
