import { formatFraction, formatPercent } from '../audit/score';
import { vnDate } from './text';
import { methodLabel, stateLabel, type Locale } from '../i18n/strings';
import { TIME_ZONE_LABEL, vietnamTime } from '../i18n/time';
import { STATES, type State } from '../criteria/types';
import { pageTypeName, pageWarnings, platformNames } from './pages';
import { ImageDataUrlSchema, type Report, type ReportCriterion } from './schema';

/**
 * The report as one self-contained HTML file to print, archive or send:
 * inline CSS only, no script, nothing loaded from anywhere (a CSP forbids it
 * even if something slipped through). Everything that came from an audited
 * page — titles, texts, selectors, addresses — is escaped; addresses are
 * links only when they are http(s).
 */

const L = {
  vi: {
    title: 'Báo cáo kiểm tra Cổng Dịch vụ công',
    checklist: 'Bộ tiêu chí',
    portal: 'Cổng',
    otherOrigins: 'Các địa chỉ khác',
    date: 'Ngày lập báo cáo',
    inspectors: 'Người kiểm tra',
    noInspector: '(chưa có xác nhận ghi tên người kiểm tra)',
    tool: 'Công cụ',
    auditId: 'Mã cuộc kiểm tra',
    platform: 'Nền tảng',
    pageType: 'loại trang',
    score: 'Điểm đạt',
    onlyMet: 'Chỉ tiêu chí "Đạt" được tính điểm; "Cần xem xét" và "Chưa kiểm tra" không được tính.',
    groups: 'Theo nhóm',
    group: 'Nhóm',
    groupTitle: 'Tên nhóm',
    points: 'Điểm (thang 100)',
    groupPoints: 'Điểm',
    coverage: 'Độ bao phủ',
    estimate:
      'Ước tính. Chính thức theo {doc} ({date}): sáu nhóm, điểm tối đa của nhóm và các mức độ (A ≥ 90, B ≥ 80, C ≥ 65, D ≥ 50, E dưới 50). Ước tính: các tiêu chí trong mỗi nhóm (phụ lục chưa công khai); mỗi nhóm được điểm tối đa × số tiêu chí đạt / số tiêu chí đã đánh giá. Mức độ là tạm tính khi chưa đánh giá đủ. Tiêu chí 0 điểm chỉ để tham khảo.',
    pages: 'Các trang đã kiểm tra',
    auditedAt: 'kiểm tra lúc',
    truncated: 'Trang rất lớn: một phần nội dung không được đọc ({lists}), kết quả có thể chưa đầy đủ.',
    criteria: 'Chi tiết theo tiêu chí',
    method: 'Cách đánh giá',
    source: 'Nguồn kết luận',
    automatic: 'Kiểm tra tự động',
    inspector: 'Người kiểm tra',
    automaticWas: 'kết quả tự động: {state}',
    why: 'Nhận xét',
    attestation: 'Xác nhận',
    attestedBy: '{verdict}, xác nhận bởi {author} lúc {at}',
    attestedAt: '{verdict}, xác nhận lúc {at}',
    basis: 'Căn cứ',
    howToVerify: 'Cách kiểm tra',
    evidence: 'Bằng chứng',
    page: 'Trang',
    selector: 'Vị trí (selector)',
    text: 'Nội dung',
    noEvidence: 'Không có bằng chứng trên các trang đã kiểm tra.',
    footer: 'Tạo bởi DVC Inspector {version} từ báo cáo định dạng phiên bản {schema}. Bộ tiêu chí là bản tái dựng từ văn bản pháp luật công khai.',
    notation: 'Ký hiệu trong danh mục',
    lookUp: 'Tra văn bản {label}',
    whyMatters: 'Vì sao quan trọng',
    fix: 'Cách khắc phục (cho đơn vị phát triển cổng)',
    steps: 'Các bước kiểm tra',
    legend: 'Chú giải ký hiệu căn cứ',
    legendIntro: 'Mỗi căn cứ ghi kèm mức độ đối chiếu với văn bản của người lập danh mục tiêu chí:',
    legendLinks: 'Liên kết mở trang tra cứu văn bản theo số hiệu (thuvienphapluat.vn, phapdien.moj.gov.vn); công cụ không tải gì từ các trang này.',
    carriedOver: 'chuyển từ cuộc kiểm tra trước ({audit}) lúc {at}',
    screenshot: 'Ảnh chụp màn hình',
    screenshotAlt: 'Ảnh chụp màn hình trang {page} lúc {at}',
    summaryTitle: 'Tóm tắt',
    toActOn: 'Tiêu chí cần xử lý',
    noneToActOn: 'Không có tiêu chí nào chưa đạt, lỗi hay cần xem xét.',
    summaryNote: 'Bản tóm tắt: điểm, các nhóm và các tiêu chí cần xử lý. Bản đầy đủ có bằng chứng của mọi tiêu chí.',
  },
  en: {
    title: 'Public-service portal audit report',
    checklist: 'Checklist',
    portal: 'Portal',
    otherOrigins: 'Other addresses',
    date: 'Report date',
    inspectors: 'Inspector(s)',
    noInspector: '(no attestation names an inspector)',
    tool: 'Tool',
    auditId: 'Audit id',
    platform: 'Platform',
    pageType: 'page type',
    score: 'Score',
    onlyMet: 'Only "Met" criteria count; "Needs review" and "Not checked" score nothing.',
    groups: 'By group',
    group: 'Group',
    groupTitle: 'Group title',
    points: 'Points (out of 100)',
    groupPoints: 'Points',
    coverage: 'Coverage',
    estimate:
      'An estimate. Official, from {doc} ({date}): the six groups, their maximum points and the levels (A ≥ 90, B ≥ 80, C ≥ 65, D ≥ 50, E below 50). Estimated: the criteria inside each group (the annex is not public); each group scores its maximum × met / assessed criteria. The level is provisional until everything is assessed. Criteria with 0 points are for information only.',
    pages: 'Pages audited',
    auditedAt: 'audited',
    truncated: 'Very large page: part of it was not read ({lists}); results may be incomplete.',
    criteria: 'Criteria in detail',
    method: 'Method',
    source: 'Decided by',
    automatic: 'Automatic checks',
    inspector: 'Inspector',
    automaticWas: 'automatic result: {state}',
    why: 'Finding',
    attestation: 'Attestation',
    attestedBy: '{verdict}, attested by {author} at {at}',
    attestedAt: '{verdict}, attested at {at}',
    basis: 'Legal basis',
    howToVerify: 'How to verify',
    evidence: 'Evidence',
    page: 'Page',
    selector: 'Selector',
    text: 'Text',
    noEvidence: 'No evidence on the pages audited.',
    footer: 'Made by DVC Inspector {version} from a schema version {schema} report. The checklist is a reconstruction from public legal texts.',
    notation: 'Catalogue notation',
    lookUp: 'Look up {label}',
    whyMatters: 'Why it matters',
    fix: 'How to fix it (for portal developers)',
    steps: 'Verification steps',
    legend: 'Legend of the basis markers',
    legendIntro: 'Each citation says how far the checklist’s authors checked it against the text:',
    legendLinks: 'Links open a search for the document’s number (thuvienphapluat.vn, phapdien.moj.gov.vn); the tool loads nothing from these sites.',
    carriedOver: 'carried over from an earlier audit ({audit}) at {at}',
    screenshot: 'Screenshot',
    screenshotAlt: 'Screenshot of {page} at {at}',
    summaryTitle: 'Summary',
    toActOn: 'Criteria to act on',
    noneToActOn: 'No criterion is not met, in error or in need of review.',
    summaryNote: 'Summary: the score, the groups and the criteria to act on. The full report has the evidence of every criterion.',
  },
} satisfies Record<Locale, Record<string, string>>;

const fill = (s: string, p: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => p[k] ?? m);

/**
 * Text for HTML content and attribute values. Control characters and bidi
 * overrides (which could make page text read backwards) become spaces.
 */
export function escapeHtml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}
const e = escapeHtml;

/** A link for http(s) addresses; anything else (javascript:, data:, junk) stays text. */
function address(url: string): string {
  let href: string | null = null;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') href = u.href;
  } catch {
    href = null;
  }
  return href ? `<a href="${e(href)}" rel="noopener noreferrer">${e(url)}</a>` : `<span class="url">${e(url)}</span>`;
}

/** Dates in Vietnam time (UTC+7, no daylight saving), the same on every machine. */
const when = (iso: string, locale: Locale): string => e(vietnamTime(iso, locale));

/** A link to look a document up: https only (an imported report could carry anything). */
function lookUp(url: string, label: string, locale: Locale): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return '';
    return ` <a class="lookup" href="${e(u.href)}" rel="noopener noreferrer">${e(fill(L[locale].lookUp, { label }))}</a>`;
  } catch {
    return '';
  }
}

const CSS = `
:root{color-scheme:light;--met:#1b6e3a;--not_met:#b3261e;--needs_review:#8a5a00;--not_applicable:#555;--not_checked:#555;--error:#6a1b9a}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem}
h3{font-size:1rem;margin:0 0 .4rem}h4{font-size:.9rem;margin:.6rem 0 .2rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.75rem 0}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
.big{font-size:2rem;font-weight:700;margin:.2rem 0}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f0f0f0}
td.num{text-align:right;white-space:nowrap}
.criterion{border:1px solid #bbb;border-left:6px solid #555;border-radius:4px;padding:.6rem .8rem;margin:.6rem 0}
.criterion dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}.criterion dt{font-weight:600;color:#333}.criterion dd{margin:0}
.id{font-family:ui-monospace,Consolas,monospace;margin-right:.4rem}
.badge{display:inline-block;border-radius:3px;padding:0 .4rem;color:#fff;font-size:.8rem;margin-left:.4rem;vertical-align:middle}
${STATES.map((s) => `.s-${s}{border-left-color:var(--${s})}.b-${s}{background:var(--${s})}`).join('\n')}
.url,code,.sel{font-family:ui-monospace,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere;word-break:break-word}
a{color:#0b57d0;overflow-wrap:anywhere}
.warn{color:#8a5a00}
footer{margin-top:2rem;font-size:.8rem;color:#555}
.refs{margin:.1rem 0;padding-left:1.1rem}.refs li{margin:.1rem 0}
.marker{font-family:ui-monospace,Consolas,monospace;font-size:.8em;color:#444;margin-left:.3rem}
.notation{font-size:.8em;color:#555}
.help p{margin:.15rem 0}.help ol{margin:.15rem 0;padding-left:1.3rem}
figure.shot{margin:.4rem 0}figure.shot img{max-width:100%;height:auto;border:1px solid #bbb}figure.shot figcaption{font-size:.8rem;color:#555}
.legend dt{font-family:ui-monospace,Consolas,monospace}
.toact li{margin:.35rem 0}
@page{size:A4;margin:14mm}
@media print{
 body{max-width:none;padding:0;font-size:10pt}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 h2,h3{break-after:avoid;page-break-after:avoid}
 .criterion,tr,.score{break-inside:avoid;page-break-inside:avoid}
 a{color:inherit;text-decoration:none}
}`;

/** The legal basis as citations, each with where to look it up and its markers; the catalogue's own notation under it. */
function referencesHtml(c: ReportCriterion, locale: Locale): string {
  const items = c.references.map(
    (r) =>
      `<li>${e(r.text[locale])}${r.links.map((l) => lookUp(l.url, l.label, locale)).join('')}${r.markers
        .map((m) => `<span class="marker">[${e(m === 'mention' ? 'G mention' : m)}]</span>`)
        .join('')}</li>`,
  );
  return `${items.length ? `<ul class="refs">${items.join('')}</ul>` : ''}<span class="notation">${L[locale].notation}: ${e(c.basis)}</span>`;
}

function stepsHtml(c: ReportCriterion, locale: Locale): string {
  const steps = c.help?.steps[locale] ?? [];
  return steps.length ? `<div class="help"><strong>${L[locale].steps}</strong><ol>${steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol></div>` : '';
}

/** A screenshot kept with an attestation: only a base64 JPEG, PNG or WebP image is ever shown. */
function screenshotHtml(shot: NonNullable<ReportCriterion['attestation']>['screenshot'], locale: Locale): string {
  if (!shot?.dataUrl || !ImageDataUrlSchema.safeParse(shot.dataUrl).success) return '';
  const at = when(shot.capturedAt, locale);
  const alt = fill(L[locale].screenshotAlt, { page: e(shot.pageUrl), at });
  return `<figure class="shot"><img src="${shot.dataUrl}" alt="${alt}" width="${Math.round(shot.width)}" height="${Math.round(shot.height)}"><figcaption>${L[locale].screenshot}: ${address(shot.pageUrl)} · ${at}</figcaption></figure>`;
}

function legendHtml(report: Report, locale: Locale): string {
  const h = L[locale];
  return `<section class="legend" id="legend" aria-labelledby="legend-title"><h2 id="legend-title">${h.legend}</h2><p>${h.legendIntro}</p><dl class="meta">${report.basisMarkers
    .map((m) => `<dt>${e(m.tag)}</dt><dd>${e(m.label[locale])}</dd>`)
    .join('')}</dl><p>${h.legendLinks}</p></section>`;
}

/** What to act on first: not met, check errors, needs review. */
const ACT_ON: readonly State[] = ['not_met', 'error', 'needs_review'];

function toActOnHtml(report: Report, locale: Locale): string {
  const h = L[locale];
  const list = report.criteria.filter((c) => ACT_ON.includes(c.state)).sort((a, b) => ACT_ON.indexOf(a.state) - ACT_ON.indexOf(b.state));
  if (list.length === 0) return `<p>${h.noneToActOn}</p>`;
  return `<ol class="toact">${list
    .map(
      (c) =>
        `<li><span class="id">${e(c.id)}</span>${e(c.title[locale])}<span class="badge b-${e(c.state)}">${e(stateLabel(locale, c.state))}</span>${
          c.help ? `<br><strong>${h.fix}:</strong> ${e(c.help.fix[locale])}` : ''
        }<br><strong>${h.basis}:</strong> ${e(c.references.map((r) => r.text[locale]).join('; ') || c.basis)}</li>`,
    )
    .join('')}</ol>`;
}

function criterionHtml(c: ReportCriterion, locale: Locale): string {
  const h = L[locale];
  const rows: string[] = [];
  rows.push(`<dt>${h.method}</dt><dd>${e(methodLabel(locale, c.method))}</dd>`);
  const source = c.source === 'inspector' ? `${h.inspector} (${fill(h.automaticWas, { state: e(stateLabel(locale, c.automaticState)) })})` : h.automatic;
  rows.push(`<dt>${h.source}</dt><dd>${source}</dd>`);
  const why = c.message?.[locale];
  if (why) rows.push(`<dt>${h.why}</dt><dd>${e(why)}</dd>`);
  const a = c.attestation;
  if (a) {
    const verdict = e(stateLabel(locale, a.state));
    const line = a.author
      ? fill(h.attestedBy, { verdict, author: e(a.author), at: when(a.at, locale) })
      : fill(h.attestedAt, { verdict, at: when(a.at, locale) });
    const carried = a.carriedOver ? ` (${fill(h.carriedOver, { audit: `<code>${e(a.carriedOver.fromAuditId)}</code>`, at: when(a.carriedOver.at, locale) })})` : '';
    rows.push(`<dt>${h.attestation}</dt><dd>${line}${carried}${a.note ? `<br>${e(a.note)}` : ''}${screenshotHtml(a.screenshot, locale)}</dd>`);
  }
  rows.push(`<dt>${h.basis}</dt><dd>${referencesHtml(c, locale)}</dd>`);
  if (c.help) {
    rows.push(`<dt>${h.whyMatters}</dt><dd class="help"><p>${e(c.help.why[locale])}</p></dd>`);
    rows.push(`<dt>${h.fix}</dt><dd class="help"><p>${e(c.help.fix[locale])}</p></dd>`);
  }
  rows.push(`<dt>${h.howToVerify}</dt><dd>${e(c.howToVerify[locale])}${stepsHtml(c, locale)}</dd>`);
  const evidence =
    c.evidence.length === 0
      ? `<p>${h.noEvidence}</p>`
      : `<table class="evidence"><thead><tr><th>${h.page}</th><th>${h.selector}</th><th>${h.text}</th></tr></thead><tbody>${c.evidence
          .map((ev) => `<tr><td>${address(ev.pageUrl)}</td><td class="sel">${e(ev.selector)}</td><td>${e(ev.text)}</td></tr>`)
          .join('')}</tbody></table>`;
  return `<article class="criterion s-${e(c.state)}" id="c-${e(c.id)}">
<h3><span class="id">${e(c.id)}</span>${e(c.title[locale])}<span class="badge b-${e(c.state)}">${e(stateLabel(locale, c.state))}</span></h3>
<dl>${rows.join('')}</dl>
<h4>${h.evidence} (${c.evidence.length})</h4>${evidence}
</article>`;
}

export interface HtmlOptions {
  /** `summary`: score, groups and the criteria to act on; `full` (default): everything. */
  view?: 'full' | 'summary';
}

/** The whole report as one printable, self-contained HTML document. */
export function toHtml(report: Report, locale: Locale, options: HtmlOptions = {}): string {
  const h = L[locale];
  const summary = options.view === 'summary';
  const inspectors = [...new Set(report.criteria.map((c) => c.attestation?.author?.trim()).filter((a): a is string => !!a))];
  const others = report.portal.origins.filter((o) => o !== report.portal.origin);
  const counts = STATES.filter((s) => (report.score.counts[s] ?? 0) > 0)
    .map((s) => `${e(stateLabel(locale, s as State))}: ${report.score.counts[s]}`)
    .join(' · ');
  const pts = report.points;
  const pointsOf = (id: string) => pts?.groups.find((g) => g.id === id);
  const groups = report.groups
    .map((g) => {
      const gp = pointsOf(g.id);
      const extra = gp ? `<td class="num">${e(gp.formatted[locale])}</td><td class="num">${e(formatPercent(gp.coverage, locale))}</td>` : '';
      return `<tr><td><a href="#g-${e(g.id)}">${e(g.id)}</a></td><td>${e(g.title[locale])}</td><td class="num">${formatFraction(g, locale)}</td>${extra}</tr>`;
    })
    .join('');
  const src = report.checklist.source;
  const pointsHtml = pts
    ? `<p class="big" data-points>${e(pts.formatted[locale])}</p>
<p><strong>${e(pts.levelFormatted[locale])}</strong> · ${h.coverage}: ${e(formatPercent(pts.coverage, locale))}</p>
${pts.estimated ? `<p class="estimate">${e(h.estimate.replace('{doc}', src?.document ?? report.checklist.id).replace('{date}', src ? vnDate(src.date) : ''))}</p>` : ''}`
    : '';
  const pages = report.pages
    .map(
      (p) =>
        `<li>${address(p.url)}${p.title ? ` — ${e(p.title)}` : ''} <small>(${pageTypeName(p.pageType, locale) ? `${h.pageType}: ${e(pageTypeName(p.pageType, locale)!)}; ` : ''}${h.auditedAt} ${when(p.auditedAt, locale)})</small>${
          p.truncated.length > 0 ? `<br><span class="warn">${fill(h.truncated, { lists: e(p.truncated.join(', ')) })}</span>` : ''
        }${pageWarnings(p, locale)
          .map((w) => `<br><span class="warn">${e(w)}</span>`)
          .join('')}</li>`,
    )
    .join('');
  const details = report.groups
    .map((g) => {
      const items = report.criteria.filter((c) => c.group === g.id).map((c) => criterionHtml(c, locale));
      return `<section class="group" id="g-${e(g.id)}" aria-labelledby="gt-${e(g.id)}"><h2 id="gt-${e(g.id)}">${e(g.id)} — ${e(g.title[locale])} <small>${formatFraction(g, locale)}${pointsOf(g.id) ? ` · ${e(pointsOf(g.id)!.formatted[locale])}` : ''}</small></h2>${items.join('\n')}</section>`;
    })
    .join('\n');
  const date = `${when(report.generatedAt, locale)} (${TIME_ZONE_LABEL[locale]})`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h.title} — ${e(report.portal.origin)} — ${when(report.generatedAt, locale).slice(0, 10)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${h.title}${summary ? ` — ${h.summaryTitle}` : ''}</h1>
<dl class="meta">
<dt>${h.portal}</dt><dd>${address(report.portal.origin)}</dd>
${others.length > 0 ? `<dt>${h.otherOrigins}</dt><dd>${others.map(address).join(', ')}</dd>` : ''}
${platformNames(report.portal.platforms) ? `<dt>${h.platform}</dt><dd>${e(platformNames(report.portal.platforms))}</dd>` : ''}
<dt>${h.checklist}</dt><dd>${e(report.checklist.title[locale])} (<code>${e(report.checklist.id)}</code> v${report.checklist.version}, ${report.checklist.total})</dd>
<dt>${h.date}</dt><dd>${date}</dd>
<dt>${h.inspectors}</dt><dd>${inspectors.length > 0 ? inspectors.map(e).join(', ') : h.noInspector}</dd>
<dt>${h.tool}</dt><dd>DVC Inspector ${e(report.tool.version)}</dd>
<dt>${h.auditId}</dt><dd><code>${e(report.auditId)}</code></dd>
</dl>
</header>
<main>
<section class="score" aria-labelledby="score-title">
<h2 id="score-title">${pts ? h.points : h.score}</h2>
${pointsHtml}
<p class="${pts ? '' : 'big'}">${pts ? `${h.score}: ` : ''}${formatFraction(report.score, locale)}</p>
<p>${counts}</p>
<p>${h.onlyMet}</p>
<h3>${h.groups}</h3>
<table><thead><tr><th>${h.group}</th><th>${h.groupTitle}</th><th>${h.score}</th>${pts ? `<th>${h.groupPoints}</th><th>${h.coverage}</th>` : ''}</tr></thead><tbody>${groups}</tbody></table>
</section>
${
  summary
    ? `<section class="toact" aria-labelledby="toact-title"><h2 id="toact-title">${h.toActOn}</h2>${toActOnHtml(report, locale)}<p>${h.summaryNote}</p></section>`
    : `<section class="pages" aria-labelledby="pages-title">
<h2 id="pages-title">${h.pages} (${report.pages.length})</h2>
<ol>${pages}</ol>
</section>
<h2>${h.criteria}</h2>
${details}`
}
${legendHtml(report, locale)}
</main>
<footer>${fill(h.footer, { version: e(report.tool.version), schema: String(report.schemaVersion) })}</footer>
</body>
</html>
`;
}
