import type * as z from 'zod/mini';
import { PortalAuditSchema, type Attestation, type PortalAudit } from '../audit/model';
import { knownChecklists, profileById, type Profile } from '../criteria';
import { STATES, type Localized } from '../criteria/types';
import { locateJsonError } from './json-error';
import { MigrationError, migrateReport } from './migrate';
import { REPORT_SCHEMAS, REPORT_SCHEMA_VERSION, type Report } from './schema';

/**
 * Reading a report back: from a file an inspector picked, a colleague sent,
 * or an older version of the tool wrote. Every way it can be wrong gets a
 * message that says what is wrong and where, in both languages.
 */

export const DEFAULT_MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type ParseReportResult =
  | { ok: true; report: Report; migratedFrom?: number }
  | { ok: false; error: Localized; path?: string };

type Failure = Extract<ParseReportResult, { ok: false }>;

const fail = (en: string, vi: string, path?: string): Failure => ({
  ok: false,
  error: { vi, en },
  ...(path !== undefined ? { path } : {}),
});

/** Control characters and bidi overrides out, length bounded: safe to show anywhere. */
function shown(value: unknown, max = 60): string {
  // eslint-disable-next-line no-control-regex
  const s = String(value).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** The UTF-8 size of `text` when it exceeds `max` bytes, else null. */
function oversize(text: string, max: number): number | null {
  if (text.length > max) return text.length; // at least one byte per UTF-16 unit
  if (text.length * 3 <= max) return null; // at most three
  const n = new TextEncoder().encode(text).length;
  return n > max ? n : null;
}

function sizeText(n: number): { en: string; vi: string } {
  if (n >= 1024 * 1024) {
    const mb = `${Math.round((n / 1024 / 1024) * 10) / 10}`;
    return { en: `${mb} MB`, vi: `${mb.replace('.', ',')} MB` };
  }
  if (n >= 1024) return { en: `${Math.round(n / 1024)} KB`, vi: `${Math.round(n / 1024)} KB` };
  return { en: `${n} bytes`, vi: `${n} byte` };
}

/** Explain a JSON.parse failure: where (line, column) and what was expected there. */
function jsonFailure(text: string, err: unknown): Failure {
  const loc = locateJsonError(text);
  if (!loc) {
    const detail = shown(err instanceof Error ? err.message : String(err), 160);
    return fail(`Not valid JSON: ${detail}.`, `Không phải JSON hợp lệ: ${detail}.`);
  }
  const where = { en: `line ${loc.line}, column ${loc.column}`, vi: `dòng ${loc.line}, cột ${loc.column}` };
  if (loc.atEnd)
    return fail(
      `Not valid JSON: the text ends too early (at ${where.en}, expected ${loc.expected.en}); the file looks truncated or incomplete.`,
      `Không phải JSON hợp lệ: nội dung kết thúc quá sớm (tại ${where.vi}, cần ${loc.expected.vi}); tệp có vẻ bị cắt cụt hoặc chưa đầy đủ.`,
    );
  const ch = loc.found ?? '';
  // eslint-disable-next-line no-control-regex
  const found = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(ch)
    ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : JSON.stringify(ch);
  return fail(
    `Not valid JSON at ${where.en} (character ${loc.offset + 1}): expected ${loc.expected.en}, found ${found}.`,
    `Không phải JSON hợp lệ tại ${where.vi} (ký tự thứ ${loc.offset + 1}): cần ${loc.expected.vi}, nhưng gặp ${found}.`,
  );
}

function typeOf(v: unknown): { en: string; vi: string } {
  if (v === undefined) return { en: 'nothing (missing)', vi: 'không có (thiếu)' };
  if (v === null) return { en: 'null', vi: 'null' };
  if (Array.isArray(v)) return { en: 'an array', vi: 'một mảng' };
  switch (typeof v) {
    case 'string':
      return { en: 'a string', vi: 'một chuỗi' };
    case 'number':
      return { en: 'a number', vi: 'một số' };
    case 'boolean':
      return { en: 'true/false', vi: 'giá trị true/false' };
    case 'object':
      return { en: 'an object', vi: 'một đối tượng' };
    default:
      return { en: typeof v, vi: typeof v };
  }
}

const TYPE_NAMES: Record<string, { en: string; vi: string }> = {
  string: { en: 'a string', vi: 'một chuỗi' },
  number: { en: 'a number', vi: 'một số' },
  int: { en: 'a whole number', vi: 'một số nguyên' },
  boolean: { en: 'true/false', vi: 'giá trị true/false' },
  object: { en: 'an object', vi: 'một đối tượng' },
  record: { en: 'an object', vi: 'một đối tượng' },
  array: { en: 'an array', vi: 'một mảng' },
  null: { en: 'null', vi: 'null' },
};

/** `criteria[3].state`, `pages[0].findings["TK-01"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** One zod issue as a sentence in both languages: what was expected, what was found. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): Localized {
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const want = TYPE_NAMES[issue.expected] ?? { en: issue.expected, vi: issue.expected };
      const got = typeOf(found);
      return { en: `expected ${want.en}, found ${got.en}`, vi: `cần ${want.vi}, nhưng là ${got.vi}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v)).join('|');
      const one = issue.values.length === 1;
      const got = typeof found === 'string' || typeof found === 'number' ? `"${shown(found)}"` : typeOf(found).en;
      return {
        en: `expected ${one ? values : `one of ${values}`}, found ${got}`,
        vi: `cần ${one ? values : `một trong ${values}`}, nhưng là ${got}`,
      };
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = String(big ? issue.maximum : issue.minimum);
      const unit =
        issue.origin === 'string'
          ? { en: ' characters', vi: ' ký tự' }
          : issue.origin === 'array'
            ? { en: ' items', vi: ' phần tử' }
            : { en: '', vi: '' };
      return {
        en: `expected ${big ? 'at most' : 'at least'} ${limit}${unit.en}`,
        vi: `cần ${big ? 'tối đa' : 'tối thiểu'} ${limit}${unit.vi}`,
      };
    }
    case 'unrecognized_keys':
      return { en: `unexpected key(s) ${issue.keys.join(', ')}`, vi: `khoá không hợp lệ ${issue.keys.join(', ')}` };
    default:
      return { en: issue.message, vi: `giá trị không hợp lệ (${issue.message})` };
  }
}

function schemaFailure(error: z.core.$ZodError, data: unknown): Failure {
  const issue = error.issues[0]!;
  const path = formatPath(issue.path);
  const d = describeIssue(issue, data);
  // Name the criterion, not only its index, when the problem is inside one.
  let which = { en: '', vi: '' };
  if (issue.path[0] === 'criteria' && typeof issue.path[1] === 'number') {
    const id = valueAt(data, ['criteria', issue.path[1], 'id']);
    if (typeof id === 'string') which = { en: ` (criterion ${shown(id, 20)})`, vi: ` (tiêu chí ${shown(id, 20)})` };
  }
  const at = path || '(root)';
  return fail(
    `The report does not match the DVC Inspector report format: ${at}${which.en}: ${d.en}.`,
    `Báo cáo không đúng định dạng báo cáo DVC Inspector: ${at}${which.vi}: ${d.vi}.`,
    path,
  );
}

/** Recognise well-known JSON that is not ours, to say what it is instead. */
function foreignFailure(obj: Record<string, unknown>): Failure | null {
  const tool = obj.tool as { name?: unknown } | undefined;
  const toolName = tool && typeof tool === 'object' ? tool.name : undefined;
  const notOurs = (what: { en: string; vi: string }) =>
    fail(
      `This is ${what.en}, not a DVC Inspector report: open a JSON report exported by DVC Inspector.`,
      `Đây là ${what.vi}, không phải báo cáo của DVC Inspector: hãy mở tệp JSON do DVC Inspector xuất ra.`,
    );
  if ('lighthouseVersion' in obj || ('audits' in obj && 'categories' in obj && ('finalUrl' in obj || 'requestedUrl' in obj)))
    return notOurs({ en: 'a Lighthouse report', vi: 'báo cáo Lighthouse' });
  const engine = obj.testEngine as { name?: unknown } | undefined;
  if ((engine && typeof engine === 'object' && engine.name === 'axe-core') || (Array.isArray(obj.violations) && Array.isArray(obj.passes)))
    return notOurs({ en: 'an axe-core accessibility report', vi: 'báo cáo trợ năng axe-core' });
  if (!('schemaVersion' in obj) && 'attestations' in obj && 'origins' in obj && 'pages' in obj)
    return fail(
      'This is a DVC Inspector audit as the extension stores it, not an exported report: export the report (JSON) from the extension.',
      'Đây là dữ liệu kiểm tra lưu trong tiện ích, không phải báo cáo đã xuất: hãy xuất báo cáo (JSON) từ tiện ích.',
    );
  if (typeof toolName === 'string' && toolName !== 'DVC Inspector')
    return notOurs({ en: `a report of another tool ("${shown(toolName, 40)}")`, vi: `báo cáo của công cụ khác ("${shown(toolName, 40)}")` });
  if (!('schemaVersion' in obj) && !('tool' in obj))
    return fail(
      'This JSON is not a DVC Inspector report: it has neither "schemaVersion" nor "tool". Open a JSON report exported by DVC Inspector.',
      'Tệp JSON này không phải báo cáo DVC Inspector: không có "schemaVersion" hay "tool". Hãy mở tệp JSON do DVC Inspector xuất ra.',
    );
  return null;
}

interface ReportCore {
  checklist: { id: string; version: number; total: number };
  criteria: Array<{ id: string; group: string; state: (typeof STATES)[number] }>;
  groups: Array<{ id: string; met: number; total: number }>;
  score: { met: number; total: number; counts: Partial<Record<(typeof STATES)[number], number>> };
}

/**
 * What a schema cannot say: the criteria are exactly those of the profile,
 * once each, in their groups, and the score is the one the criteria give.
 */
export function checkConsistency(r: ReportCore, profile: Profile): Failure | null {
  const n = profile.criteria.length;
  const seen = new Map<string, number>();
  for (const [i, c] of r.criteria.entries()) {
    const def = profile.criteria.find((pc) => pc.id === c.id);
    if (!def)
      return fail(
        `criteria[${i}].id: "${shown(c.id, 20)}" is not a criterion of checklist ${profile.id}.`,
        `criteria[${i}].id: "${shown(c.id, 20)}" không phải tiêu chí của bộ ${profile.id}.`,
        `criteria[${i}].id`,
      );
    const first = seen.get(c.id);
    if (first !== undefined)
      return fail(
        `criteria[${i}].id: ${c.id} appears twice (also at criteria[${first}]); each criterion must appear once.`,
        `criteria[${i}].id: ${c.id} xuất hiện hai lần (cả ở criteria[${first}]); mỗi tiêu chí chỉ được có một lần.`,
        `criteria[${i}].id`,
      );
    seen.set(c.id, i);
    if (c.group !== def.group)
      return fail(
        `criteria[${i}].group: expected ${def.group} for ${c.id}, found "${shown(c.group, 20)}".`,
        `criteria[${i}].group: ${c.id} thuộc nhóm ${def.group}, nhưng ghi là "${shown(c.group, 20)}".`,
        `criteria[${i}].group`,
      );
  }
  if (r.criteria.length !== n) {
    const missing = profile.criteria.filter((pc) => !seen.has(pc.id)).map((pc) => pc.id);
    const list = `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`;
    return fail(
      `criteria: expected the ${n} criteria of ${profile.id}, found ${r.criteria.length} (missing ${list}).`,
      `criteria: cần đủ ${n} tiêu chí của ${profile.id}, chỉ có ${r.criteria.length} (thiếu ${list}).`,
      'criteria',
    );
  }
  if (r.checklist.total !== n)
    return fail(
      `checklist.total: expected ${n} (the criteria of ${profile.id}), found ${r.checklist.total}.`,
      `checklist.total: cần là ${n} (số tiêu chí của ${profile.id}), nhưng là ${r.checklist.total}.`,
      'checklist.total',
    );
  const met = r.criteria.filter((c) => c.state === 'met').length;
  if (r.score.met !== met || r.score.total !== n)
    return fail(
      `score: expected ${met}/${n} (the criteria in state "met"), found ${r.score.met}/${r.score.total}; the report was altered.`,
      `score: cần là ${met}/${n} (số tiêu chí "đạt"), nhưng ghi ${r.score.met}/${r.score.total}; báo cáo đã bị sửa.`,
      'score',
    );
  for (const s of STATES) {
    const count = r.criteria.filter((c) => c.state === s).length;
    if ((r.score.counts[s] ?? 0) !== count)
      return fail(
        `score.counts.${s}: expected ${count}, found ${r.score.counts[s] ?? 0}.`,
        `score.counts.${s}: cần là ${count}, nhưng là ${r.score.counts[s] ?? 0}.`,
        `score.counts.${s}`,
      );
  }
  for (const [i, g] of r.groups.entries()) {
    const pg = profile.groups.find((x) => x.id === g.id);
    const inGroup = r.criteria.filter((c) => c.group === g.id);
    const gm = inGroup.filter((c) => c.state === 'met').length;
    if (!pg || g.total !== pg.criteria.length || g.met !== gm)
      return fail(
        pg
          ? `groups[${i}]: expected ${g.id} ${gm}/${pg.criteria.length}, found ${g.met}/${g.total}.`
          : `groups[${i}].id: "${shown(g.id, 20)}" is not a group of ${profile.id}.`,
        pg
          ? `groups[${i}]: nhóm ${g.id} cần là ${gm}/${pg.criteria.length}, nhưng ghi ${g.met}/${g.total}.`
          : `groups[${i}].id: "${shown(g.id, 20)}" không phải nhóm của bộ ${profile.id}.`,
        pg ? `groups[${i}]` : `groups[${i}].id`,
      );
  }
  if (r.groups.length !== profile.groups.length)
    return fail(
      `groups: expected the ${profile.groups.length} groups of ${profile.id}, found ${r.groups.length}.`,
      `groups: cần đủ ${profile.groups.length} nhóm của ${profile.id}, chỉ có ${r.groups.length}.`,
      'groups',
    );
  return null;
}

/**
 * Read a report from JSON text: any schema version this tool knows, migrated
 * to the current one. Never throws.
 */
export function parseReportText(text: string, opts: { maxBytes?: number } = {}): ParseReportResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '')
    return fail('The file is empty: a DVC Inspector report is a JSON object.', 'Tệp rỗng: báo cáo DVC Inspector là một đối tượng JSON.');
  const size = oversize(body, maxBytes);
  if (size !== null)
    return fail(
      `The file is too large (${sizeText(size).en}; a report may be at most ${sizeText(maxBytes).en}).`,
      `Tệp quá lớn (${sizeText(size).vi}; báo cáo tối đa ${sizeText(maxBytes).vi}).`,
    );
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    return jsonFailure(body, err);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const got = typeOf(data);
    return fail(
      `Not a DVC Inspector report: the JSON is ${got.en}, a report is a JSON object.`,
      `Không phải báo cáo DVC Inspector: JSON là ${got.vi}, trong khi báo cáo là một đối tượng JSON.`,
    );
  }
  const obj = data as Record<string, unknown>;
  const foreign = foreignFailure(obj);
  if (foreign) return foreign;

  const version = obj.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(
      `schemaVersion: expected a whole number from 1 to ${REPORT_SCHEMA_VERSION}, found ${typeof version === 'number' ? version : typeOf(version).en}.`,
      `schemaVersion: cần một số nguyên từ 1 đến ${REPORT_SCHEMA_VERSION}, nhưng là ${typeof version === 'number' ? version : typeOf(version).vi}.`,
      'schemaVersion',
    );
  if (version > REPORT_SCHEMA_VERSION)
    return fail(
      `This report was made by a newer DVC Inspector (schema version ${version}; this one reads up to ${REPORT_SCHEMA_VERSION}): update DVC Inspector to open it.`,
      `Báo cáo được tạo bởi phiên bản DVC Inspector mới hơn (định dạng phiên bản ${version}; bản này chỉ đọc đến ${REPORT_SCHEMA_VERSION}): hãy cập nhật DVC Inspector để mở.`,
      'schemaVersion',
    );
  const schema = REPORT_SCHEMAS[version];
  if (!schema)
    return fail(`schemaVersion ${version} is not supported.`, `Không hỗ trợ định dạng phiên bản ${version}.`, 'schemaVersion');

  const checklist = obj.checklist as { id?: unknown; version?: unknown } | undefined;
  let profile: Profile | undefined;
  if (checklist && typeof checklist === 'object' && typeof checklist.id === 'string') {
    // A Map lookup: "constructor" or "__proto__" is an unknown checklist, not a property of Object.prototype.
    profile = profileById(checklist.id);
    const known = knownChecklists().join(', ');
    if (!profile)
      return fail(
        `checklist.id: unknown checklist "${shown(checklist.id, 40)}" (this DVC Inspector knows ${known}); update DVC Inspector if the checklist is newer.`,
        `checklist.id: không biết bộ tiêu chí "${shown(checklist.id, 40)}" (bản này có ${known}); hãy cập nhật DVC Inspector nếu đó là bộ tiêu chí mới hơn.`,
        'checklist.id',
      );
    if (typeof checklist.version === 'number' && checklist.version !== profile.version)
      return fail(
        `checklist.version: ${profile.id} version ${checklist.version} is not known (this DVC Inspector has version ${profile.version}).`,
        `checklist.version: không biết ${profile.id} phiên bản ${checklist.version} (bản này có phiên bản ${profile.version}).`,
        'checklist.version',
      );
  }

  const parsed = schema.safeParse(obj);
  if (!parsed.success) return schemaFailure(parsed.error, obj);
  const valid = parsed.data as ReportCore;
  const resolved = profile ?? profileById(valid.checklist.id);
  if (!resolved) return fail(`checklist.id: unknown checklist.`, `checklist.id: không biết bộ tiêu chí.`, 'checklist.id');
  const inconsistent = checkConsistency(valid, resolved);
  if (inconsistent) return inconsistent;

  try {
    const report = migrateReport(valid, version);
    return version === REPORT_SCHEMA_VERSION ? { ok: true, report } : { ok: true, report, migratedFrom: version };
  } catch (err) {
    if (err instanceof MigrationError) return fail(err.detail.en, err.detail.vi);
    const issue = (err as z.core.$ZodError).issues?.[0];
    return fail(
      `The report could not be upgraded to schema version ${REPORT_SCHEMA_VERSION}${issue ? ` (${formatPath(issue.path)}: ${issue.message})` : ''}.`,
      `Không chuyển được báo cáo sang định dạng phiên bản ${REPORT_SCHEMA_VERSION}${issue ? ` (${formatPath(issue.path)}: ${issue.message})` : ''}.`,
    );
  }
}

/**
 * The audit a report was made from, so an imported report can be shown or
 * continued (more pages, more attestations). `buildReport` of the result
 * gives the same report again, apart from `generatedAt`. The report has no
 * creation time of its own; the audit starts at its first page.
 */
export function auditFromReport(report: Report): PortalAudit {
  const attestations: Record<string, Attestation> = {};
  for (const c of report.criteria) if (c.attestation) attestations[c.id] = c.attestation;
  const times = report.pages.map((p) => p.auditedAt).sort();
  const { origin, origins } = report.portal;
  return PortalAuditSchema.parse(
    structuredClone({
      id: report.auditId,
      origins: [origin, ...origins.filter((o) => o !== origin)],
      checklist: { id: report.checklist.id, version: report.checklist.version },
      createdAt: times[0] ?? report.generatedAt,
      pages: report.pages.map(({ pageType, platforms, warnings, ...p }) => ({
        ...p,
        ...(pageType ? { pageType } : {}),
        platforms,
        warnings: warnings.map((w: { id: string }) => w.id),
      })),
      attestations,
    }),
  );
}
