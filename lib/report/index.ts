/**
 * The present side of the report: build, read back, export, compare. Pure
 * (no DOM, no Node APIs), so the extension pages and the command line share it.
 */
export { buildReport, type ReportContext } from './build';
export { REPORT_SCHEMA_VERSION, REPORT_SCHEMAS, ReportSchema, ReportV1Schema, ReportV2Schema, ReportV3Schema, type CrawlSummary, type Report, type ReportCriterion, type ReportV1, type ReportV2, type ReportV3 } from './schema';
export { basisMarkers, helpOf, referencesOf } from './references';
export { MigrationError, migrateReport, migrations } from './migrate';
export { DEFAULT_MAX_REPORT_BYTES, auditFromReport, checkConsistency, formatPath, parseReportText, type ParseReportResult } from './import';
export { csvCell, toCsv } from './csv';
export { escapeHtml, toHtml } from './html';
export { CompareError, compareReports, comparisonError, formatComparison, type Comparison, type CriterionChange } from './compare';
export { formatSummary } from './text';
export { REPORT_FORMATS, checkMinScore, csvForStdout, evidenceCsvPath, parseMinScore, renderReport, type MinScore, type ReportFormat } from './output';
export { toSarif, SARIF_SCHEMA_URI } from './sarif';
export { toJunit, xmlText } from './junit';
