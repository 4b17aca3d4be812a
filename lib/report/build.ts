import type { Profile } from '../criteria';
import type { Locale } from '../i18n/strings';
import { judge } from '../audit/judge';
import type { PortalAudit } from '../audit/model';
import { bothLocales, formatFraction, formatGroupPoints, formatLevel, formatPoints, type PointsScore } from '../audit/score';
import { basisMarkers, helpOf, referencesOf, TIME_ZONE } from './references';
import { localize } from '../criteria/messages/format';
import type { PagePlatform } from '../audit/model';
import { REPORT_SCHEMA_VERSION, ReportSchema, type CrawlSummary, type Report, type ReportPoints } from './schema';

export interface ReportContext {
  profile: Profile;
  toolVersion: string;
  now?: Date;
  /** Language of the free-text `note` column. */
  locale?: Locale;
  /** The image of a screenshot by its id, to carry in the report (exports); without it attestations keep only the reference. */
  screenshot?: (id: string) => string | undefined;
  /** For the audit of a crawl: what it set out to do and the pages it could not audit. */
  crawl?: CrawlSummary;
}

/** The platforms of a portal: each one seen on its pages once, with its highest confidence. */
export function portalPlatforms(seen: readonly PagePlatform[]): PagePlatform[] {
  const best = new Map<string, PagePlatform>();
  for (const p of seen) if ((best.get(p.id)?.confidence ?? -1) < p.confidence) best.set(p.id, p);
  return [...best.values()].sort((a, b) => b.confidence - a.confidence).slice(0, 20);
}

/** The points of a report, with their words in both languages. */
export function reportPoints(p: PointsScore): ReportPoints {
  return {
    points: p.points,
    maxPoints: p.maxPoints,
    formatted: bothLocales((l) => formatPoints(p, l)),
    level: p.level ? { id: p.level.id, title: p.level.title, minPoints: p.level.minPoints } : null,
    levelFormatted: bothLocales((l) => formatLevel(p, l)),
    coverage: p.coverage,
    provisional: p.provisional,
    estimated: p.estimated,
    groups: p.groups.map((g) => ({ ...g, formatted: bothLocales((l) => formatGroupPoints(g, l)) })),
  };
}

/**
 * The report of an audit, validated against the exported schema, judged by
 * `ctx.profile` — the audit's own checklist or another one: the findings
 * are the same, only the judging differs.
 */
export function buildReport(audit: PortalAudit, ctx: ReportContext): Report {
  const { profile } = ctx;
  const locale = ctx.locale ?? 'vi';
  const judged = judge(audit, profile);
  const results = judged.results;
  const basisOf = (id: string) => profile.criteria.find((c) => c.id === id)?.basis;
  const attestationOf = (a: (typeof results)[number]['attestation']) => {
    if (!a) return null;
    const { screenshot, ...rest } = a;
    const dataUrl = screenshot && ctx.screenshot?.(screenshot.id);
    return screenshot ? { ...rest, screenshot: dataUrl ? { ...screenshot, dataUrl } : screenshot } : rest;
  };
  const s = judged.score;
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'DVC Inspector', version: ctx.toolVersion },
    checklist: {
      id: profile.id,
      version: profile.version,
      total: profile.criteria.length,
      title: profile.title,
      ...(profile.status ? { status: profile.status } : {}),
      ...(profile.source ? { source: profile.source } : {}),
    },
    generatedAt: (ctx.now ?? new Date()).toISOString(),
    timeZone: TIME_ZONE,
    basisMarkers: basisMarkers(),
    auditId: audit.id,
    portal: { origin: audit.origins[0]!, origins: audit.origins, platforms: portalPlatforms(audit.pages.flatMap((p) => p.platforms ?? [])) },
    pages: audit.pages.map(({ pageType, platforms, warnings, ...p }) => ({
      ...p,
      pageType: pageType ?? null,
      platforms: platforms ?? [],
      warnings: (warnings ?? []).map((id) => ({ id, message: localize({ id: `warning.${id}` }) })),
    })),
    score: {
      met: s.met,
      total: s.total,
      percent: s.percent,
      formatted: { vi: formatFraction(s, 'vi'), en: formatFraction(s, 'en') },
      counts: s.counts,
    },
    groups: s.groups.map((g) => ({
      ...g,
      title: profile.groups.find((pg) => pg.id === g.id)!.title,
    })),
    criteria: results.map((r) => ({
      id: r.criterion.id,
      group: r.criterion.group,
      method: r.criterion.method,
      title: r.criterion.title,
      basis: r.criterion.basis,
      howToVerify: r.criterion.howToVerify,
      combine: r.criterion.combine ?? 'any',
      references: referencesOf(r.criterion.basis, basisOf),
      help: helpOf(profile.id, r.criterion.id),
      state: r.state,
      source: r.source,
      automaticState: r.automaticState,
      evidence: r.evidence,
      note: r.attestation?.note ?? r.message?.[locale] ?? null,
      message: r.message ?? null,
      attestation: attestationOf(r.attestation),
      ...(r.criterion.points !== undefined ? { points: r.criterion.points } : {}),
    })),
    ...(judged.points ? { points: reportPoints(judged.points) } : {}),
    ...(ctx.crawl ? { crawl: ctx.crawl } : {}),
  };
  return ReportSchema.parse(report);
}
