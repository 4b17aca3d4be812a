import type { Locale } from '../i18n/strings';
import { stateLabel } from '../i18n/strings';
import type { Report } from './schema';

/**
 * JUnit XML for CI test reports (GitLab's "junit" artifact, Jenkins, GitHub
 * test-report actions): one test suite per group, one test case per
 * criterion. Not met is a failure; a crashed check is an error; needs
 * review, not checked and not applicable are skipped (not proven either
 * way, never counted as passed); met passes.
 */

/** Text safe in XML 1.0 attributes and content: markup escaped, characters XML cannot hold removed. */
export function xmlText(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

export function toJunit(report: Report, locale: Locale = 'vi'): string {
  const x = xmlText;
  const suites: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const g of report.groups) {
    const cases = report.criteria.filter((c) => c.group === g.id);
    const lines: string[] = [];
    let f = 0;
    let e = 0;
    let s = 0;
    for (const c of cases) {
      const name = `${c.id} ${c.title[locale]}`;
      const why = c.note ?? c.message?.[locale] ?? '';
      const evidence = c.evidence.map((ev) => `${ev.pageUrl} ${ev.selector} "${ev.text}"`).join('\n');
      const open = `    <testcase classname="${x(`${report.checklist.id}.${g.id}`)}" name="${x(name)}" file="${x(report.portal.origin)}">`;
      if (c.state === 'met') {
        lines.push(`${open}</testcase>`);
        continue;
      }
      if (c.state === 'not_met') {
        f++;
        lines.push(open, `      <failure message="${x(why || stateLabel(locale, c.state))}" type="not_met">${x([why, evidence, c.howToVerify[locale]].filter(Boolean).join('\n'))}</failure>`, '    </testcase>');
      } else if (c.state === 'error') {
        e++;
        lines.push(open, `      <error message="${x(why || stateLabel(locale, c.state))}" type="error"></error>`, '    </testcase>');
      } else {
        s++;
        lines.push(open, `      <skipped message="${x(`${stateLabel(locale, c.state)}${why ? `: ${why}` : ''}`)}"/>`, '    </testcase>');
      }
    }
    failures += f;
    errors += e;
    skipped += s;
    suites.push(
      `  <testsuite name="${x(`${g.id} ${g.title[locale]}`)}" tests="${cases.length}" failures="${f}" errors="${e}" skipped="${s}" time="0" timestamp="${x(report.generatedAt.replace(/Z$/, ''))}">`,
      ...lines,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${x(`${report.tool.name} ${report.checklist.id} ${report.portal.origin} ${report.score.formatted[locale]}`)}" tests="${report.criteria.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
