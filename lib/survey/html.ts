import type { Locale } from '../i18n/strings';
import { TIME_ZONE_LABEL, vietnamTime } from '../i18n/time';
import { escapeHtml as e } from '../report/html';
import { formatNumber as num } from '../audit/score';
import { formatAverage, rankValue } from './aggregate';
import type { Survey, SurveyPortal } from './schema';

/**
 * `index.html`: the survey as the ministry publishes it, one self-contained
 * page — inline CSS and SVG bars, no script, nothing loaded (a CSP forbids
 * it). Every string that came from a portal or the list (names, addresses,
 * reasons, platforms) is escaped: page text is data, never markup.
 */

const L = {
  vi: {
    title: 'Khảo sát Cổng Dịch vụ công',
    headline: 'Số tiêu chí đạt trung bình trên các cổng kiểm tra được',
    reached: (n: number, of: number) => `Kiểm tra được ${n}/${of} cổng`,
    generated: 'Thời điểm',
    checklist: 'Bộ tiêu chí',
    budget: (pages: number, rendering: string) => `Tối đa ${pages} trang mỗi cổng · ${rendering === 'browser' ? 'đọc trong trình duyệt' : 'chỉ đọc mã HTML'}`,
    ranking: 'Xếp hạng các cổng',
    rank: 'Hạng',
    portal: 'Cổng',
    kind: 'Loại',
    kinds: { national: 'Quốc gia', province: 'Tỉnh, thành phố', ministry: 'Bộ, ngành' },
    score: 'Điểm',
    pages: 'Trang',
    rendering: 'Cách đọc',
    renderings: { browser: 'trình duyệt', static: 'mã HTML' },
    platform: 'Nền tảng',
    change: 'Thay đổi',
    report: 'báo cáo',
    incomplete: 'chưa thu thập hết',
    notAudited: 'Cổng không kiểm tra được',
    status: { audited: 'đã kiểm tra', unreachable: 'không truy cập được', error: 'lỗi' },
    reason: 'Lý do',
    statusLabel: 'Trạng thái',
    groups: 'Tỷ lệ đạt trung bình theo nhóm (yếu nhất trước)',
    group: 'Nhóm',
    criteria: 'Tỷ lệ cổng đạt từng tiêu chí (bị trượt nhiều nhất trước)',
    criterion: 'Tiêu chí',
    portalsMet: 'Cổng đạt',
    passRate: 'Tỷ lệ đạt',
    platforms: 'Nền tảng nhận diện được',
    noPlatform: 'Chưa nhận diện được nền tảng nào.',
    portals: 'cổng',
    since: (d: string) => `So với khảo sát trước (${d})`,
    new: 'mới',
    gone: 'không còn trong danh sách',
    previousNone: 'trước: không kiểm tra được',
    problems: 'Dòng của danh sách bị bỏ qua',
    line: 'Dòng',
    none: 'Không cổng nào kiểm tra được.',
    by: 'Tạo bởi',
    rankOf: (n: number) => `xếp thứ ${n}`,
    points: 'Điểm (thang 100)',
    level: 'Mức độ',
    levels: 'Phân bố mức độ',
    averagePoints: 'Điểm trung bình trên các cổng kiểm tra được (ước tính)',
    provisional: 'tạm tính',
    estimate:
      'Thang điểm của Quyết định 473/QĐ-BTTTT (2024): sáu nhóm, số điểm và các mức độ là chính thức; các tiêu chí trong từng nhóm là ước tính, nên điểm và mức độ là ước tính (tạm tính khi chưa đánh giá đủ).',
    noLevel: 'chưa xếp mức',
    groupPoints: 'Điểm trung bình',
    criteriaMet: 'Tiêu chí đạt',
  },
  en: {
    title: 'Survey of online public-service portals',
    headline: 'Average criteria met over the portals reached',
    reached: (n: number, of: number) => `${n} of ${of} portals reached`,
    generated: 'Generated',
    checklist: 'Checklist',
    budget: (pages: number, rendering: string) => `At most ${pages} pages per portal · ${rendering === 'browser' ? 'read in a browser' : 'markup only'}`,
    ranking: 'Portals ranked',
    rank: 'Rank',
    portal: 'Portal',
    kind: 'Kind',
    kinds: { national: 'National', province: 'Province', ministry: 'Ministry' },
    score: 'Score',
    pages: 'Pages',
    rendering: 'Rendering',
    renderings: { browser: 'browser', static: 'markup' },
    platform: 'Platform',
    change: 'Change',
    report: 'report',
    incomplete: 'not crawled to the end',
    notAudited: 'Portals not audited',
    status: { audited: 'audited', unreachable: 'unreachable', error: 'error' },
    reason: 'Reason',
    statusLabel: 'Status',
    groups: 'Average met rate per group (weakest first)',
    group: 'Group',
    criteria: 'Pass rate of each criterion across portals (most failed first)',
    criterion: 'Criterion',
    portalsMet: 'Portals meeting it',
    passRate: 'Pass rate',
    platforms: 'Platforms recognised',
    noPlatform: 'No platform recognised.',
    portals: 'portals',
    since: (d: string) => `Since the previous survey (${d})`,
    new: 'new',
    gone: 'no longer listed',
    previousNone: 'before: not audited',
    problems: 'Rows of the list skipped',
    line: 'Line',
    none: 'No portal could be audited.',
    by: 'Made by',
    rankOf: (n: number) => `ranked ${n}`,
    points: 'Points (of 100)',
    level: 'Level',
    levels: 'Levels reached',
    averagePoints: 'Average points over the portals reached (estimate)',
    provisional: 'provisional',
    estimate:
      'The scale of Quyết định 473/QĐ-BTTTT (2024): its six groups, points and levels are official; the criteria inside each group are estimated, so points and levels are estimates (provisional while not fully assessed).',
    noLevel: 'no level',
    groupPoints: 'Average points',
    criteriaMet: 'Criteria met',
  },
} satisfies Record<Locale, unknown>;

const CSS = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;margin:0 auto;max-width:64rem;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem}
.meta{color:#444;margin:.2rem 0}
.headline{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:baseline;margin:1rem 0;padding:1rem 1.2rem;border:1px solid #bbb;border-left:8px solid #0b57d0;border-radius:4px}
.headline .big{font-size:2.4rem;font-weight:700;line-height:1.1}
.headline .label{color:#333}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left;vertical-align:middle}th{background:#f0f0f0}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.bar{width:34%;min-width:8rem}
svg.bar{display:block;width:100%;height:.9rem}
td.name{min-width:12rem}
.scroll{overflow-x:auto}
table.points td.bar{width:12%;min-width:4rem}table.points td.name{min-width:10rem}
td.kind{white-space:nowrap}
.id{font-family:ui-monospace,Consolas,monospace;white-space:nowrap}
.url{font-family:ui-monospace,Consolas,monospace;font-size:.82em;color:#444;overflow-wrap:anywhere}
.up{color:#1b6e3a}.down{color:#b3261e}.same{color:#555}
.muted{color:#555;font-size:.85em}
a{color:#0b57d0;overflow-wrap:anywhere}
footer{margin-top:2rem;font-size:.8rem;color:#555}
@media print{body{max-width:none;padding:0;font-size:10pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}tr{break-inside:avoid}}`;

const decimal = (n: number, locale: Locale, digits = 2) => {
  const s = n.toFixed(digits);
  return locale === 'vi' ? s.replace('.', ',') : s;
};
const pct = (n: number, locale: Locale) => `${decimal(n, locale)}%`;

/** A horizontal bar, its length the percentage; the colour from weak (red) to strong (green). */
function bar(percent: number, label: string, fixedColour?: string): string {
  const w = Math.max(0, Math.min(100, percent));
  const colour = fixedColour ?? (w < 25 ? '#b3261e' : w < 50 ? '#c77700' : w < 75 ? '#7a8b00' : '#1b6e3a');
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${e(label)}"><rect width="100" height="10" fill="#e6e6e6"/><rect width="${w.toFixed(2)}" height="10" fill="${colour}"/></svg>`;
}

const LEVEL_COLOURS = ['#1b6e3a', '#7a8b00', '#c77700', '#d0550f', '#b3261e'];

function signed(n: number, locale: Locale, digits = 0, suffix = ''): string {
  const cls = n > 0 ? 'up' : n < 0 ? 'down' : 'same';
  const text = n === 0 ? '±0' : `${n > 0 ? '+' : '−'}${decimal(Math.abs(n), locale, digits)}`;
  return `<span class="${cls}">${text}${suffix}</span>`;
}

/** Portals in ranking order: points where the checklist scores by points, else criteria met; then name. */
export function ranking(portals: readonly SurveyPortal[]): SurveyPortal[] {
  return portals
    .filter((p) => p.status === 'audited' && p.score)
    .sort((a, b) => rankValue(b) - rankValue(a) || a.name.localeCompare(b.name, 'vi') || (a.host < b.host ? -1 : 1));
}


export function surveyHtml(survey: Survey, locale: Locale): string {
  const h = L[locale];
  const changes = survey.changes;
  const changeOf = new Map((changes?.portals ?? []).map((c) => [c.host, c]));
  const ranked = ranking(survey.portals);
  const listed = survey.portals.length;

  const headline = survey.average
    ? `<div><div class="big">${e(survey.average.formatted[locale])}</div><div class="label">${h.headline}${
        changes?.average ? ` · ${h.change}: ${signed(changes.average.deltaMet, locale, 2)} (${signed(changes.average.deltaPercent, locale, 2, '%')})` : ''
      }</div></div>`
    : `<div class="big">${h.none}</div>`;
  const pointsHeadline = survey.averagePoints
    ? `<div><div class="big">${e(survey.averagePoints.formatted[locale])}</div><div class="label">${h.averagePoints}</div></div>`
    : '';
  const reached = `<div><div class="big">${survey.reached}/${listed}</div><div class="label">${h.reached(survey.reached, listed)}${
    changes ? ` · ${h.change}: ${signed(changes.reached.delta, locale)}` : ''
  }</div></div>`;

  const byPoints = survey.checklist.scoring === 'points';
  const levelTitle = new Map((survey.levels ?? []).map((l) => [l.id, l.title[locale]]));
  const pointsCells = (p: SurveyPortal) => {
    if (!byPoints) return '';
    if (!p.points) return '<td></td><td></td>';
    const level = p.points.level ? e(levelTitle.get(p.points.level) ?? p.points.level) : h.noLevel;
    return `<td class="num">${num(p.points.points, locale)}/${num(p.points.maxPoints, locale)}</td><td class="kind">${level}${
      p.points.provisional ? ` <span class="muted">(${h.provisional})</span>` : ''
    }</td>`;
  };
  const rows = ranked
    .map((p, i) => {
      const rank = p.rank ?? i + 1;
      const c = changeOf.get(p.host);
      const change = changes
        ? `<td class="num">${c?.delta !== null && c?.delta !== undefined ? signed(c.delta, locale) : c?.previousStatus ? `<span class="muted">${h.previousNone}</span>` : `<span class="muted">${h.new}</span>`}</td>`
        : '';
      const link = p.report ? ` <a href="${e(p.report.html)}">${h.report}</a>` : '';
      return `<tr><td class="num" title="${h.rankOf(rank)}">${rank}</td><td class="name">${e(p.name)}${link}<div class="url">${e(p.url)}</div></td><td class="kind">${p.kind ? h.kinds[p.kind] : ''}</td>${pointsCells(p)}<td class="num">${e(
        formatAverage(p.score!.met, p.score!.total, p.score!.percent, locale),
      )}</td><td class="bar">${bar(p.score!.percent, pct(p.score!.percent, locale))}</td><td class="num">${p.pages}${
        p.complete === false ? ` <span class="muted" title="${h.incomplete}">*</span>` : ''
      }</td><td class="kind">${p.rendering ? h.renderings[p.rendering] : ''}</td><td>${p.platform ? e(p.platform) : '<span class="muted">—</span>'}</td>${change}</tr>`;
    })
    .join('');
  const rankingTable = ranked.length
    ? `<div class="scroll"><table${byPoints ? ' class="points"' : ''}><thead><tr><th>${h.rank}</th><th>${h.portal}</th><th>${h.kind}</th>${byPoints ? `<th>${h.points}</th><th>${h.level}</th>` : ''}<th>${byPoints ? h.criteriaMet : h.score}</th><th></th><th>${h.pages}</th><th>${h.rendering}</th><th>${h.platform}</th>${
        changes ? `<th>${h.change}</th>` : ''
      }</tr></thead><tbody>${rows}</tbody></table></div>${ranked.some((p) => p.complete === false) ? `<p class="muted">* ${h.incomplete}</p>` : ''}`
    : `<p>${h.none}</p>`;

  const levelsTable = survey.levels?.length
    ? `<h2>${h.levels}</h2><table><thead><tr><th>${h.level}</th><th>${h.portal}</th><th></th></tr></thead><tbody>${survey.levels
        .map((l, i, all) => {
          const share = survey.reached === 0 ? 0 : (l.portals / survey.reached) * 100;
          // The bar's colour is the level's (best green to worst red), not the share's: many portals at E is bad news.
          const colour = LEVEL_COLOURS[Math.round((i / Math.max(1, all.length - 1)) * (LEVEL_COLOURS.length - 1))];
          return `<tr><td class="kind">${e(l.title[locale])} <span class="muted">(≥ ${num(l.minPoints, locale)})</span></td><td class="num">${l.portals}/${survey.reached}</td><td class="bar">${bar(share, pct(share, locale), colour)}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : '';

  const failed = survey.portals.filter((p) => p.status !== 'audited');
  const failedTable = failed.length
    ? `<h2>${h.notAudited} (${failed.length})</h2><table><thead><tr><th>${h.portal}</th><th>${h.kind}</th><th>${h.statusLabel}</th><th>${h.reason}</th></tr></thead><tbody>${failed
        .map(
          (p) =>
            `<tr><td>${e(p.name)}<div class="url">${e(p.url)}</div></td><td>${p.kind ? h.kinds[p.kind] : ''}</td><td>${h.status[p.status]}</td><td>${e(p.reason ?? '')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';

  const groupChange = new Map((changes?.groups ?? []).map((g) => [g.id, g]));
  const groups = [...survey.groups].sort((a, b) => a.averagePercent - b.averagePercent || (a.id < b.id ? -1 : 1));
  const groupTable = `<table><thead><tr><th>${h.group}</th><th></th>${byPoints ? `<th>${h.groupPoints}</th>` : ''}<th>${h.passRate}</th><th></th>${changes ? `<th>${h.change}</th>` : ''}</tr></thead><tbody>${groups
    .map((g) => {
      const c = groupChange.get(g.id);
      const gp = byPoints ? `<td class="num">${num(g.averagePoints ?? 0, locale)}/${num(g.maxPoints ?? 0, locale)}</td>` : '';
      return `<tr><td class="id">${e(g.id)}</td><td>${e(g.title[locale])}</td>${gp}<td class="num">${e(formatAverage(g.averageMet, g.total, g.averagePercent, locale))}</td><td class="bar">${bar(
        g.averagePercent,
        pct(g.averagePercent, locale),
      )}</td>${changes ? `<td class="num">${c ? signed(c.delta, locale, 2, '%') : ''}</td>` : ''}</tr>`;
    })
    .join('')}</tbody></table>`;

  const criteria = [...survey.criteria].sort((a, b) => a.passRate - b.passRate || (a.id < b.id ? -1 : 1));
  const criteriaTable = `<table><thead><tr><th>${h.criterion}</th><th></th><th>${h.portalsMet}</th><th>${h.passRate}</th><th></th></tr></thead><tbody>${criteria
    .map(
      (c) =>
        `<tr><td class="id">${e(c.id)}</td><td>${e(c.title[locale])}</td><td class="num">${c.portalsMet}/${survey.reached}</td><td class="num">${pct(c.passRate, locale)}</td><td class="bar">${bar(
          c.passRate,
          pct(c.passRate, locale),
        )}</td></tr>`,
    )
    .join('')}</tbody></table>`;

  const platforms = survey.platforms.length
    ? `<ul>${survey.platforms.map((p) => `<li>${e(p.name)}: ${p.portals} ${h.portals}</li>`).join('')}</ul>`
    : `<p>${h.noPlatform}</p>`;

  const gone = (changes?.portals ?? []).filter((c) => c.status === null);
  const goneList = gone.length ? `<p class="muted">${h.gone}: ${gone.map((c) => e(c.name)).join(', ')}</p>` : '';
  const problems = survey.list.problems.length
    ? `<h2>${h.problems} (${survey.list.problems.length})</h2><table><thead><tr><th>${h.line}</th><th>${h.reason}</th></tr></thead><tbody>${survey.list.problems
        .map((p) => `<tr><td class="num">${p.line}</td><td>${e(p.reason)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const date = `${e(vietnamTime(survey.generatedAt, locale))} (${TIME_ZONE_LABEL[locale]})`;

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h.title} — ${e(survey.checklist.title[locale])}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${h.title}</h1>
<p class="meta">${h.checklist}: ${e(survey.checklist.title[locale])} (${e(survey.checklist.id)} v${survey.checklist.version}, ${survey.checklist.total}) · ${h.generated}: ${date}</p>
<p class="meta">${e(h.budget(survey.settings.maxPages, survey.settings.rendering))}${changes ? ` · ${e(h.since(vietnamTime(changes.previousGeneratedAt, locale)))}` : ''}</p>
</header>
<main>
<section class="headline" aria-label="${h.headline}">${pointsHeadline}${headline}${reached}</section>
${byPoints ? `<p class="muted">${h.estimate}</p>` : ''}
<h2>${h.ranking}</h2>
${rankingTable}
${goneList}
${levelsTable}
${failedTable}
<h2>${h.groups}</h2>
${groupTable}
<h2>${h.criteria}</h2>
${criteriaTable}
<h2>${h.platforms}</h2>
${platforms}
${problems}
</main>
<footer>${h.by} ${e(survey.tool.name)} ${e(survey.tool.version)}</footer>
</body>
</html>
`;
}
