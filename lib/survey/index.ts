/** The national survey: the list of portals, the survey's schema and arithmetic, and its exports. */
export { PORTAL_KINDS, PortalListError, hostFileStem, inShard, parsePortalList, parseShard, portalHost, shardOf } from './portals';
export type { ListProblem, PortalEntry, PortalKind, PortalList, Shard } from './portals';
export { SURVEY_SCHEMA_VERSION, SurveyPortalSchema, SurveySchema, SurveyStatusSchema } from './schema';
export type { Survey, SurveyPortal, SurveyStatus } from './schema';
export { MergeError, auditedPortal, changesSince, failedPortal, formatAverage, mergeSurveys, portalScore, summarize } from './aggregate';
export type { PortalScore, SurveyContext } from './aggregate';
export { surveyCsv } from './csv';
export { ranking, surveyHtml } from './html';
