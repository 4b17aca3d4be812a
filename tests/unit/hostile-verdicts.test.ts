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
