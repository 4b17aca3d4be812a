import type { Log, ReportingDescriptor, Result, Location, Notification } from 'sarif';
import type { Locale } from '../i18n/strings';
import type { Report } from './schema';

/**
 * SARIF 2.1.0 for code-scanning dashboards and CI: every criterion of the
 * checklist is a rule (title, how to verify, legal basis, group and method
 * from the catalogue), every criterion not met is one result, located at
 * the pages and elements of its evidence (the element's CSS selector as a
 * logical location of kind "element"). A criterion whose check crashed is a
 * tool notification, not a finding about the portal.
 */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export function toSarif(report: Report, locale: Locale = 'vi'): Log {
  const rules: ReportingDescriptor[] = report.criteria.map((c) => ({
    id: c.id,
    name: c.id.replace('-', ''),
    shortDescription: { text: c.title[locale] },
    fullDescription: { text: c.howToVerify[locale] },
    help: { text: `${c.howToVerify[locale]}\n${locale === 'vi' ? 'Căn cứ' : 'Basis'}: ${c.basis}` },
    defaultConfiguration: { level: 'error' },
    properties: { group: c.group, method: c.method, basis: c.basis, tags: [report.checklist.id, c.group, c.method] },
  }));
  const ruleIndex = new Map(report.criteria.map((c, i) => [c.id, i]));
  const portalPage = report.pages[0]?.url ?? `${report.portal.origin}/`;
  const results: Result[] = report.criteria
    .filter((c) => c.state === 'not_met')
    .map((c) => {
      const why = c.note ?? c.message?.[locale] ?? '';
      const locations: Location[] =
        c.evidence.length > 0
          ? c.evidence.map((e) => ({
              physicalLocation: { artifactLocation: { uri: e.pageUrl } },
              logicalLocations: [{ fullyQualifiedName: e.selector, kind: 'element' }],
              message: { text: e.text },
            }))
          : [{ physicalLocation: { artifactLocation: { uri: portalPage } } }];
      return {
        ruleId: c.id,
        ruleIndex: ruleIndex.get(c.id)!,
        kind: 'fail',
        level: 'error',
        message: { text: why ? `${c.id} ${c.title[locale]}: ${why}` : `${c.id} ${c.title[locale]}` },
        locations,
        partialFingerprints: { 'dvcInspectorCriterion/v1': `${report.portal.origin} ${c.id}` },
        properties: { state: c.state, source: c.source, group: c.group },
      };
    });
  const notifications: Notification[] = report.criteria
    .filter((c) => c.state === 'error')
    .map((c) => ({
      level: 'error',
      message: { text: `${c.id}: ${c.message?.[locale] ?? 'the check failed'}` },
      descriptor: { id: c.id },
    }));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            fullName: `${report.tool.name} ${report.tool.version} (${report.checklist.id} v${report.checklist.version})`,
            rules,
          },
        },
        automationDetails: { id: `dvc-inspector/${report.portal.origin}/` },
        artifacts: report.pages.map((p) => ({
          location: { uri: p.url },
          description: { text: p.title || p.url },
          ...(p.rendering ? { properties: { rendering: p.rendering } } : {}),
        })),
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications, endTimeUtc: report.generatedAt }],
        results,
        properties: {
          checklist: report.checklist.id,
          score: { met: report.score.met, total: report.score.total, percent: report.score.percent, formatted: report.score.formatted[locale] },
        },
      },
    ],
  };
}
