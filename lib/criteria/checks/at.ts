import { option, perOptions, type Check, type Checks } from '../check';
import { DEFAULT_MINIMUM_VERSIONS, isOutdated, LIBRARIES } from '../data/libraries';
import { findIframes, findImages, findInputs, findLinks, findScripts, findText, linkEvidence } from '../find';
import { anyOf, dedupe, evidenceAt, phrase, urls } from '../match';
import { insecureResources } from '../mixed';
import { secretsIn, secretsInUrls } from '../secrets';
import { EVIDENCE_CAP, type Evidence } from '../types';
import type { PageView } from '../views';
import { failed, weak } from './common';

/** AT — information security and cybersecurity. */

// AT-05: response headers a portal must send; each entry says how to tell it is effective.
const REQUIRED_HEADERS: Array<{ name: string; ok: (h: Record<string, string>) => boolean }> = [
  { name: 'Strict-Transport-Security', ok: (h) => Number(/max-age\s*=\s*"?(\d{1,12})/i.exec(h['strict-transport-security'] ?? '')?.[1] ?? 0) > 0 },
  { name: 'X-Content-Type-Options', ok: (h) => /nosniff/i.test(h['x-content-type-options'] ?? '') },
  {
    // Clickjacking: X-Frame-Options, or its modern form, CSP frame-ancestors.
    name: 'X-Frame-Options / CSP frame-ancestors',
    ok: (h) => /deny|sameorigin/i.test(h['x-frame-options'] ?? '') || /frame-ancestors/i.test(h['content-security-policy'] ?? ''),
  },
];
/** Recommended on top: reported when missing, but not failing the criterion. */
const RECOMMENDED_HEADERS = ['content-security-policy', 'referrer-policy', 'permissions-policy'];
const SECURITY_HEADERS = ['strict-transport-security', 'content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

const at05: Check = (page) => {
  const raw = page.snap.security.responseHeaders;
  if (!raw) {
    // A CSP in a <meta> tag is real, but it is not the response headers.
    const metaCsp = page.snap.meta
      .filter((m) => m.name.toLowerCase() === 'content-security-policy')
      .map((m) => evidenceAt(page.url, 'meta[http-equiv="Content-Security-Policy"]', m.content));
    return { state: 'not_checked', evidence: metaCsp, message: { id: 'AT-05.noHeaders' } };
  }
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) h[k.toLowerCase()] = v;
  const present = SECURITY_HEADERS.filter((n) => h[n] !== undefined).map((n) => evidenceAt(page.url, `header: ${n}`, `${n}: ${h[n]}`));
  const missing = REQUIRED_HEADERS.filter((r) => !r.ok(h)).map((r) => r.name);
  const advised = RECOMMENDED_HEADERS.filter((n) => h[n] === undefined);
  if (missing.length > 0)
    return failed([...present, evidenceAt(page.url, 'header', missing.join(', '))], { id: advised.length ? 'AT-05.missingAndAdvised' : 'AT-05.missing', data: { missing, advised } });
  return { state: 'met', evidence: present, message: { id: advised.length ? 'AT-05.okAdvised' : 'AT-05.ok', data: { advised } } };
};

// AT-06: session cookies readable from script are not HttpOnly.
const SESSION_COOKIE = /^(?:jsessionid|asp\.net_sessionid|phpsessid|connect\.sid|laravel_session|ci_session|sid)$|session|token|auth|jwt/i;
/** Readable by design: CSRF double-submit tokens, Keycloak's session marker (the HttpOnly KEYCLOAK_IDENTITY is the session). */
const READABLE_BY_DESIGN = /csrf|xsrf|requestverificationtoken|^keycloak_session/i;

const at06: Check = (page) => {
  const readable = page.snap.security.scriptReadableCookies;
  const exposed = readable.filter((n) => SESSION_COOKIE.test(n) && !READABLE_BY_DESIGN.test(n));
  if (exposed.length > 0) return failed(exposed.map((n) => evidenceAt(page.url, 'document.cookie', n)), { id: 'AT-06.readable', data: { cookies: exposed } });
  const names = readable.length ? readable.join(', ') : '—';
  if (!page.signedIn) return { state: 'not_checked', evidence: [], message: { id: 'AT-06.notSignedIn', data: { cookies: names } } };
  const signOut = page.links.filter((l) => /đăng xuất|log ?out|sign ?out/u.test(l.norm)).slice(0, 2).map((l) => linkEvidence(page, l));
  return { evidence: [...signOut, evidenceAt(page.url, 'document.cookie', names)], message: { id: 'AT-06.signedIn' } };
};

// AT-07: secrets exposed to every visitor.
const at07: Check = (page) => {
  const found: Array<{ e: Evidence; weak: boolean }> = [];
  for (const s of page.inlineScripts) for (const f of secretsIn(s.text)) found.push({ e: evidenceAt(page.url, s.selector, f.text), weak: f.weak });
  // A JSON configuration opened in the browser is shown as page text.
  for (const t of page.snap.texts) for (const f of secretsIn(t.text)) found.push({ e: evidenceAt(page.url, t.selector, f.text), weak: f.weak });
  const addresses = [
    ...page.externalScripts.map((s) => ({ selector: s.selector, url: s.src })),
    ...page.links.map((l) => ({ selector: l.selector, url: l.href })),
    ...page.snap.iframes.map((f) => ({ selector: f.selector, url: f.src })),
  ];
  for (const { selector, url } of addresses) for (const f of secretsInUrls(url)) found.push({ e: evidenceAt(page.url, selector, f.finding.text), weak: f.finding.weak });
  const strongFindings = dedupe(found.filter((f) => !f.weak).map((f) => f.e), found.length);
  const weakFindings = dedupe(found.filter((f) => f.weak).map((f) => f.e), found.length);
  if (strongFindings.length > 0) return failed(anyOf(strongFindings, weakFindings).slice(0, EVIDENCE_CAP), { id: 'AT-07.exposed', data: { count: strongFindings.length + weakFindings.length } });
  if (weakFindings.length > 0) return weak(weakFindings.slice(0, EVIDENCE_CAP), { id: 'AT-07.browserKey', data: { count: weakFindings.length } });
  return { state: 'met', evidence: [], message: { id: 'AT-07.none' } };
};

// AT-08: CAPTCHA on public forms.
const CAPTCHA_SERVICES = urls(['recaptcha', 'hcaptcha.com', 'challenges.cloudflare.com/turnstile']);
const CAPTCHA_CODE = [/\bgrecaptcha\.\w{1,30}/, /\bhcaptcha\.render\b/, /\bturnstile\.render\b/];
const CAPTCHA_IMAGES = { src: urls([/captcha/i]), alt: phrase(['captcha', 'Mã xác nhận', 'Mã bảo mật', 'Mã kiểm tra']) };
// "Mã xác thực" is left out: portals use it for SMS one-time codes too.
const CAPTCHA_FIELDS = phrase(['captcha', 'Mã xác nhận', 'Mã bảo mật', 'Mã kiểm tra', 'Mã captcha']);

// AT-09: outdated libraries (a table in ../data/libraries.ts, minimum versions as options) and mixed content.
interface LibraryFinding {
  evidence: Evidence;
  name: string;
  version: string | null;
  outdated: boolean;
}

const minimumVersions = perOptions((options) => ({ ...DEFAULT_MINIMUM_VERSIONS, ...option(options, 'minimumVersions', {}) }) as Record<string, string | readonly string[] | null>);

function librariesOn(page: PageView, minimums: Record<string, string | readonly string[] | null>): LibraryFinding[] {
  const out: LibraryFinding[] = [];
  for (const s of page.externalScripts) {
    for (const lib of LIBRARIES) {
      if (lib.notIt?.test(s.src)) continue;
      let version: string | undefined;
      for (const re of lib.srcVersion) {
        version = re.exec(s.src)?.[1];
        if (version) break;
      }
      if (!version && !lib.file.test(s.src)) continue;
      const outdated = version !== undefined && isOutdated(version, minimums[lib.id]);
      out.push({ evidence: evidenceAt(page.url, s.selector, `${lib.name} ${version ?? '?'}: ${s.src}`), name: lib.name, version: version ?? null, outdated });
    }
  }
  for (const s of page.inlineScripts)
    for (const lib of LIBRARIES)
      for (const re of lib.codeVersion ?? []) {
        const version = re.exec(s.text)?.[1];
        if (!version) continue;
        out.push({ evidence: evidenceAt(page.url, s.selector, `${lib.name} ${version}: inline`), name: lib.name, version, outdated: isOutdated(version, minimums[lib.id]) });
        break;
      }
  return out;
}

const at09: Check = (page, options) => {
  const libs = librariesOn(page, minimumVersions(options));
  const old = libs.filter((l) => l.outdated);
  const mixed = insecureResources(page).map((m) => evidenceAt(page.url, m.selector, `http:// ${m.what} ${m.url}`));
  if (old.length > 0 || mixed.length > 0) {
    const names = [...new Set(old.map((l) => `${l.name} ${l.version}`))];
    const id = old.length > 0 && mixed.length > 0 ? 'AT-09.outdatedAndMixed' : old.length > 0 ? 'AT-09.outdated' : 'AT-09.mixed';
    return failed(dedupe([...old.map((l) => l.evidence), ...mixed]), { id, data: { libraries: names, count: mixed.length } });
  }
  // A library recognised by its file but not its version: it may be old; the inspector reads it in DevTools.
  const unknown = libs.filter((l) => l.version === null);
  if (unknown.length > 0) return weak(dedupe(unknown.map((l) => l.evidence)), { id: 'AT-09.versionUnknown', data: { libraries: [...new Set(unknown.map((l) => l.name))] } });
  return { state: 'met', evidence: dedupe(libs.map((l) => l.evidence)), message: { id: libs.length ? 'AT-09.current' : 'AT-09.noneRecognised' } };
};

// AT-10: the NCSC trust badge (presence only).
const BADGE_URLS = urls(['tinnhiemmang.vn', 'ncsc.gov.vn']);
const BADGE_IMAGES = { src: urls([/tinnhiemmang/i, /ncsc/i]), alt: phrase(['TinNhiemMang', 'Tín nhiệm mạng', 'NCSC']) };
const BADGE_TEXT = phrase(['Tín nhiệm mạng']);

// AT-12: personal-data notice.
const PRIVACY = phrase([
  'Chính sách bảo vệ dữ liệu cá nhân',
  'Bảo vệ dữ liệu cá nhân',
  'Xử lý dữ liệu cá nhân',
  'Chính sách bảo mật',
  'Chính sách quyền riêng tư',
  'Điều khoản sử dụng',
  'Privacy policy',
  'Terms of use',
]);

export const securityChecks: Checks = {
  'AT-05': at05,
  'AT-06': at06,
  'AT-07': at07,
  'AT-08': (page) => ({
    evidence: anyOf(
      findScripts(page, { src: CAPTCHA_SERVICES, code: CAPTCHA_CODE }),
      findIframes(page, CAPTCHA_SERVICES),
      findImages(page, CAPTCHA_IMAGES),
      findInputs(page, CAPTCHA_FIELDS, { names: (ident) => /captcha/i.test(ident) }),
    ),
  }),
  'AT-09': at09,
  'AT-10': (page) => {
    const evidence = anyOf(findLinks(page, { urls: BADGE_URLS }), findImages(page, BADGE_IMAGES), findText(page, BADGE_TEXT));
    return evidence.length ? { evidence, message: { id: 'AT-10.presenceOnly' } } : { evidence };
  },
  'AT-12': (page) => ({ evidence: anyOf(findLinks(page, { labels: PRIVACY, slugs: true }), findText(page, PRIVACY)) }),
};
