import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import type { PageSnapshot } from '../../lib/snapshot/schema';

const URL_DVC = 'https://dichvucong.example.gov.vn/';

function criterion(id: string) {
  const c = DEFAULT_PROFILE.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

function page(body: string, head = '') {
  return `<!doctype html><html lang="vi"><head><title>Cổng Dịch vụ công</title>${head}</head><body>${body}</body></html>`;
}

async function judge(id: string, body: string, head = '', url = URL_DVC) {
  return evaluateCriterion(criterion(id), await snapshotFromHtml(page(body, head), url));
}

describe('security criteria combine as "every"', () => {
  it.each(['AT-05', 'AT-06', 'AT-07', 'AT-09'])('%s', (id) => expect(criterion(id).combine).toBe('every'));
});

describe('AT-05 security headers', () => {
  const GOOD = {
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': "default-src 'self'",
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=()',
  };
  const withHeaders = async (responseHeaders: Record<string, string>) =>
    evaluateCriterion(criterion('AT-05'), await snapshotFromHtml(page('<p>x</p>'), URL_DVC, { responseHeaders }));

  it('is not checked in the browser, where headers are unknown, and says who can read them', async () => {
    const f = await judge('AT-05', '<p>x</p>');
    expect(f.state).toBe('not_checked');
    expect(f.message?.vi).toContain('dòng lệnh');
    expect(f.message?.en).toContain('command line');
  });

  it('meets with all headers, listing them as evidence', async () => {
    const f = await withHeaders(GOOD);
    expect(f.state).toBe('met');
    expect(f.evidence.map((e) => e.selector)).toContain('header: strict-transport-security');
    expect(f.message?.vi).not.toContain('Nên có thêm');
  });

  it('accepts CSP frame-ancestors in place of X-Frame-Options and advises the missing extras', async () => {
    const f = await withHeaders({
      'strict-transport-security': 'max-age=63072000',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "frame-ancestors 'self'",
    });
    expect(f.state).toBe('met');
    expect(f.message?.en).toContain('referrer-policy, permissions-policy');
  });

  it('fails without HSTS, or with max-age=0, and names what is missing', async () => {
    const { 'strict-transport-security': _hsts, ...noHsts } = GOOD;
    let f = await withHeaders(noHsts);
    expect(f.state).toBe('not_met');
    expect(f.message?.vi).toContain('Strict-Transport-Security');
    f = await withHeaders({ ...GOOD, 'strict-transport-security': 'max-age=0' });
    expect(f.state).toBe('not_met');
  });

  it('fails when nosniff or framing protection is missing', async () => {
    const f = await withHeaders({ 'strict-transport-security': 'max-age=31536000', 'x-content-type-options': 'sniff' });
    expect(f.state).toBe('not_met');
    expect(f.message?.en).toContain('X-Content-Type-Options');
    expect(f.message?.en).toContain('X-Frame-Options / CSP frame-ancestors');
  });

  it('reads header names in any case', async () => {
    const f = await withHeaders({ 'Strict-Transport-Security': 'max-age=1', 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
    expect(f.state).toBe('met');
  });
});

describe('AT-06 session cookies', () => {
  const withCookies = async (body: string, scriptReadableCookies: string[]) => {
    const snap: PageSnapshot = await snapshotFromHtml(page(body), URL_DVC);
    return evaluateCriterion(criterion('AT-06'), { ...snap, security: { ...snap.security, scriptReadableCookies } });
  };

  it.each([['JSESSIONID'], ['ASP.NET_SessionId'], ['PHPSESSID'], ['connect.sid'], ['user_session'], ['access_token'], ['AuthCookie']])(
    'flags a readable %s as not HttpOnly',
    async (name) => {
      const f = await withCookies('<a href="/dang-nhap">Đăng nhập</a>', ['_ga', name]);
      expect(f.state).toBe('not_met');
      expect(f.evidence.map((e) => e.text)).toEqual([name]);
      expect(f.message?.en).toContain(name);
    },
  );

  it('does not flag cookies readable by design (CSRF tokens, Keycloak session marker) or analytics', async () => {
    const f = await withCookies('<a href="/dang-nhap">Đăng nhập</a>', ['XSRF-TOKEN', 'csrftoken', 'KEYCLOAK_SESSION', '_ga', 'GUEST_LANGUAGE_ID']);
    expect(f.state).toBe('not_checked');
  });

  it('asks the inspector to confirm when signed in with no session cookie readable', async () => {
    const f = await withCookies('<a href="/c/portal/logout">Thoát</a>', ['_ga', 'COOKIE_SUPPORT']);
    expect(f.state).toBe('needs_review');
    expect(f.evidence.at(-1)?.text).toContain('_ga, COOKIE_SUPPORT');
  });
});

describe('AT-07 secrets', () => {
  const script = (code: string) => `<script>${code}</script>`;

  it('masks the value: key name and at most four characters', async () => {
    const secret = 'S3cr3tV4lu3-For-Client-0001';
    const f = await judge('AT-07', '', script(`var cfg = { clientSecret: "${secret}" };`));
    expect(f.state).toBe('not_met');
    const text = f.evidence[0]!.text;
    expect(text).toContain('clientSecret');
    expect(text).toContain('"S3cr…"');
    expect(text).not.toContain(secret.slice(0, 5));
  });

  it('shows fewer characters of a short value', async () => {
    const f = await judge('AT-07', '', script("var db = { password: 'Abc@1234' };"));
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]!.text).toContain('password = "Ab…"');
    expect(f.evidence[0]!.text).not.toContain('Abc@');
  });

  it('finds a private key without quoting it', async () => {
    const f = await judge('AT-07', '', script('var k = `-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAexample\n-----END RSA PRIVATE KEY-----`;'));
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]!.text).not.toContain('MIIE');
  });

  it('finds a token in a link address', async () => {
    const f = await judge('AT-07', '<a href="/api/export?access_token=abcdef1234567890xyz">Xuất</a>');
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]!.text).toContain('access_token = "abcd…"');
  });

  it('does not flag labels, patterns, short API keys or placeholders', async () => {
    const f = await judge(
      'AT-07',
      '',
      script(
        "var i18n = { password: 'Mật khẩu', passwordField: 'txtPassword' }; var m = { apiKey: 'abc123' };" +
          "var c = { client_secret: '${CLIENT_SECRET}', password: '********' };" +
          "$('#f').validate({ rules: { password: 'required' } });",
      ),
    );
    expect(f.state).toBe('met');
  });

  it('asks to confirm a Google browser key is restricted, masked, rather than failing on it', async () => {
    const f = await judge('AT-07', '', script("var m = { mapApiKey: 'AIzaSyA-EXAMPLE-EXAMPLE-EXAMPLE-1234' };"));
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.text).toBe('mapApiKey = "AIza…" (36)');
    expect(f.message?.en).toMatch(/restricted/);
  });

  it('flags a long non-Google API key', async () => {
    const f = await judge('AT-07', '', script("var sms = { API_KEY: 'k7Hq9Lm2Np4Rs6Tv8Wx0' };"));
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]!.text).toContain('API_KEY');
  });
});

describe('AT-08 CAPTCHA', () => {
  it('recognises an hCaptcha iframe', async () => {
    const f = await judge('AT-08', '<iframe src="https://newassets.hcaptcha.com/captcha/v1/abc/static/hcaptcha.html" title="hCaptcha"></iframe>');
    expect(f.state).toBe('met');
  });

  it('does not take an SMS one-time code for a CAPTCHA', async () => {
    const f = await judge('AT-08', '<form><label for="otp">Mã xác thực (OTP) gửi qua SMS</label><input id="otp" name="otp"></form>');
    expect(f.state).toBe('not_met');
  });
});

describe('AT-09 outdated libraries', () => {
  const scripts = (...srcs: string[]) => srcs.map((s) => `<script src="${s}"></script>`).join('');

  it.each([
    ['/js/jquery-3.4.1.min.js', 'not_met'],
    ['/js/jquery-3.5.0.min.js', 'met'],
    ['https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js', 'met'],
    ['/lib/bootstrap/3.3.7/js/bootstrap.min.js', 'not_met'],
    ['/lib/bootstrap/3.4.1/js/bootstrap.min.js', 'met'],
    ['/lib/bootstrap-4.1.3.min.js', 'not_met'],
    ['/ajax/libs/moment.js/2.29.1/moment.min.js', 'not_met'],
    ['/js/moment-2.29.4.min.js', 'met'],
    ['/js/jquery-ui-1.12.1.min.js', 'not_met'],
    ['/js/jquery-migrate-1.4.1.min.js', 'met'],
  ])('%s → %s', async (src, state) => {
    expect((await judge('AT-09', '', scripts(src))).state).toBe(state);
  });

  it('puts the library and version in the evidence', async () => {
    const f = await judge('AT-09', '', scripts('/Scripts/jquery-1.8.3.min.js', '/Scripts/jquery-3.6.0.min.js'));
    expect(f.state).toBe('not_met');
    expect(f.evidence).toHaveLength(1);
    expect(f.evidence[0]!.text).toBe('jQuery 1.8.3: https://dichvucong.example.gov.vn/Scripts/jquery-1.8.3.min.js');
    expect(f.message?.en).toContain('jQuery 1.8.3');
  });

  it('reads the version inside an inlined jQuery', async () => {
    const f = await judge('AT-09', '', '<script>/*! jQuery v1.8.3 */ (function(){ var jQuery = { fn: { jquery: "1.8.3" } }; })();</script>');
    expect(f.state).toBe('not_met');
  });

  it('does not take an app version cache-buster for the jQuery version: the version is unknown, for review', async () => {
    const f = await judge('AT-09', '', scripts('/js/jquery.min.js?v=1.0.2'));
    expect(f.state).toBe('needs_review');
    expect(f.message?.en).toContain('version unknown');
    expect(f.message?.vi).toContain('phiên bản không rõ');
  });
});

describe('AT-10 NCSC badge', () => {
  it('recognises the badge image by its alt text alone', async () => {
    const f = await judge('AT-10', '<img src="/images/badge.png" alt="TinNhiemMang">');
    expect(f.state).toBe('met');
    expect(f.message?.en).toContain('not that the system is secure');
  });
});

describe('AT-12 personal-data notice', () => {
  it('matches a footer link in capitals', async () => {
    const f = await judge('AT-12', '<a href="/p/1">CHÍNH SÁCH BẢO MẬT</a>');
    expect(f.state).toBe('met');
  });

  it('does not confuse "Hướng dẫn sử dụng" with "Điều khoản sử dụng"', async () => {
    const f = await judge('AT-12', '<a href="/portaldvc/huong-dan-su-dung">Hướng dẫn sử dụng</a>');
    expect(f.state).toBe('not_met');
  });
});
