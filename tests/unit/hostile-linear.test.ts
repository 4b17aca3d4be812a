import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../lib/audit/evaluate';
import { stripJsComments } from '../../lib/snapshot/js-comments';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { criterion } from './support/criteria';

/**
 * Script reading and the secret patterns take time in proportion to the
 * text, whatever the text. These inputs took time in proportion to its
 * square (a 40,000-character script one second, a megabyte minutes); they
 * must now finish like any other text. (How fast is measured by
 * `npm run bench`; here the point is that they finish at all.)
 */
const MB = 1_000_000;
const PATHOLOGICAL: Record<string, string> = {
  'unclosed [ after /': 'x=/['.repeat(MB / 4),
  'slash-bracket soup': '/[/['.repeat(MB / 4),
  'unclosed strings': '"a\n'.repeat(MB / 3),
  'unclosed template': '`${'.repeat(MB / 3),
  'unclosed block comment': `a();/*${'*'.repeat(MB)}`,
  'divisions': 'a/b/'.repeat(MB / 4),
  'html-like comments': '<!--x\n'.repeat(MB / 6),
};

describe('stripJsComments reads any script in linear time', () => {
  for (const [name, code] of Object.entries(PATHOLOGICAL))
    it(`finishes a megabyte of ${name}`, { timeout: 20_000 }, () => {
      const out = stripJsComments(code);
      expect(out.length).toBeLessThanOrEqual(code.length);
    });

  it('still finds live code after a megabyte of pathological text', { timeout: 20_000 }, () => {
    const out = stripJsComments(`${'x=/['.repeat(MB / 4)}\nfbq("init", "222");`);
    expect(out).toContain('fbq("init", "222");');
  });
});

describe('the secret patterns (AT-07) run in linear time', () => {
  const at07 = criterion('AT-07');
  /** A snapshot whose one inline script is `text` (the check is a pure function of it). */
  async function withScript(text: string) {
    const base = await snapshotFromHtml('<title>Cổng</title>', 'https://dichvucong.example.gov.vn/');
    return { ...base, scripts: [{ selector: 'script', src: '', text }] };
  }

  const cases: Record<string, string> = {
    'many JWT-like starts in one run': '-eyJ'.repeat(MB / 4),
    'identifier soup with $': 'a$'.repeat(MB / 2),
    'secret names without a value': '$password'.repeat(MB / 9),
    'unclosed secret values': 'password="abcd'.repeat(MB / 14),
    'secret name before endless blanks': `client_secret${' '.repeat(MB)}`,
  };
  for (const [name, text] of Object.entries(cases))
    it(`judges a megabyte of ${name}`, { timeout: 20_000 }, async () => {
      const finding = evaluateCriterion(at07, await withScript(text));
      expect(['met', 'not_met']).toContain(finding.state);
    });

  it('still finds a real token and a real secret at the end of such text', { timeout: 20_000 }, async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5ib1ZOIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const text = `${'-eyJ'.repeat(MB / 8)}${'a$'.repeat(MB / 4)}\nvar t = "${jwt}"; var cfg = { client_secret: "Zx81abcdQ2w3e4r5" };`;
    const finding = evaluateCriterion(at07, await withScript(text));
    expect(finding.state).toBe('not_met');
    expect(finding.evidence.map((e) => e.text).join(' ')).toMatch(/JWT/);
    expect(finding.evidence.map((e) => e.text).join(' ')).toMatch(/client_secret/);
  });
});
