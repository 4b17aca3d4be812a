import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { criterion, HOME, portalHtml } from './support/criteria';

/** Verdicts that unusual or hostile markup must not flip. */
async function judgeHtml(id: string, html: string, url = HOME) {
  return evaluateCriterion(criterion(id), await snapshotFromHtml(html, url));
}

describe('an inline <svg> with <style> or <script> does not hide the rest of the page', () => {
  const page = portalHtml(`
    <svg aria-hidden="true" style="display:none"><style>.icon{fill:currentColor}</style><script>/* sprite */</script>
      <symbol id="icon-home" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></symbol></svg>
    <script src="/static/js/jquery-1.4.2.min.js"></script>
    <script>var keycloak = { clientId: "dvc", client_secret: "Zx81abcdQ2w3e4r5t6y7" };</script>`);

  it('AT-07 sees the secret after the svg', async () => {
    expect((await judgeHtml('AT-07', page)).state).toBe('not_met');
  });

  it('AT-09 sees the outdated jQuery after the svg', async () => {
    const f = await judgeHtml('AT-09', page);
    expect(f.state).toBe('not_met');
    expect(f.evidence.map((e) => e.text).join(' ')).toContain('jQuery 1.4.2');
  });
});

describe('exposures in comments and at the end of long scripts are exposures', () => {
  const SECRET = 'client_secret: "Zx81abcdQ2w3e4r5t6y7"';
  const cases: Record<string, string> = {
    'after 20,000 characters of an inline script': `<script>var a = [${'1,'.repeat(15_000)}0];\nvar cfg = { ${SECRET} };</script>`,
    'in a line comment of a script': `<script>init(); // ${SECRET}\n</script>`,
    'in a block comment of a script': `<script>/* old config: { ${SECRET} } */ init();</script>`,
    'in commented-out code in an HTML comment': `<!-- <script>var cfg = { ${SECRET} };</script> --><p>Trang chủ</p>`,
    'in an HTML comment before <html>': `<!-- ${SECRET} -->`,
  };
  for (const [where, body] of Object.entries(cases))
    it(`AT-07 finds a secret ${where}`, async () => {
      const html = where.includes('before <html>') ? `${body}${portalHtml('<p>Trang chủ</p>')}` : portalHtml(body);
      const f = await judgeHtml('AT-07', html);
      expect(f.state).toBe('not_met');
      expect(f.evidence.map((e) => e.text).join(' ')).toContain('client_secret');
      // Masked, as for a secret in live code.
      expect(JSON.stringify(f)).not.toContain('Zx81abcdQ2w3e4r5t6y7');
    });

  it('AT-07 finds a private key left in a comment', async () => {
    const f = await judgeHtml('AT-07', portalHtml('<!--\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow…\n-----END RSA PRIVATE KEY-----\n--><p>x</p>'));
    expect(f.state).toBe('not_met');
  });

  it('AT-09 finds an outdated library named in a banner comment of an inlined copy', async () => {
    const f = await judgeHtml('AT-09', portalHtml('<script>/*! jQuery v1.4.2 jquery.com | jquery.org/license */\n(function(){ /* … */ })();</script>'));
    expect(f.state).toBe('not_met');
    expect(f.evidence.map((e) => e.text).join(' ')).toContain('jQuery 1.4.2');
  });

  it('AT-09 finds an outdated library in a commented-out <script src>', async () => {
    const f = await judgeHtml('AT-09', portalHtml('<!-- <script src="/js/jquery-1.8.3.min.js"></script> --><p>x</p>'));
    expect(f.state).toBe('not_met');
    expect(f.evidence.map((e) => e.text).join(' ')).toContain('jQuery 1.8.3');
  });

  it('still finds no secret where there is none (placeholders, words)', async () => {
    const f = await judgeHtml('AT-07', portalHtml('<!-- password: "required", api_key: "your-api-key" --><script>// TODO: token\nvar passwordField = "#mk";</script>'));
    expect(f.state).toBe('met');
  });

  it('does not count a commented-out feature as evidence of the feature (LT-02, EMC tracker)', async () => {
    const f = await judgeHtml(
      'LT-02',
      portalHtml(`<!-- <script src="https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js"></script> -->
        <script>/* var _govaq = window._govaq || []; _govaq.push(['setSiteId', '123']); */</script>`),
    );
    expect(f.state).not.toBe('met');
  });
});

describe('invisible characters do not hide a label', () => {
  it('AT-12 sees "Chính sách bảo mật" written with a zero-width space, joiner, soft hyphen, bidi mark or BOM', async () => {
    for (const c of ['\u200b', '\u200d', '\u00ad', '\u200e', '\u2066', '\ufeff']) {
      const f = await judgeHtml('AT-12', portalHtml(`<footer><a href="/p">Chính sách${c} bảo${c} mật</a></footer>`));
      expect(f.state, `U+${c.codePointAt(0)!.toString(16)}`).toBe('met');
    }
  });
});
