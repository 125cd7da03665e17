/**
 * The read and maintenance queries the application runs, by catalog name (the file under
 * `cypher/` without `.cypher`). Every name here is loaded at start, so a missing file stops
 * the process before it serves anything. Load queries generated from the model are named by
 * `nodeLoadQueryName`/`relationshipLoadQueryName` in `catalog.ts`.
 */
export const queryNames = {
  forcesAll: 'queries/forces-all',
  forcesByIds: 'queries/forces-by-ids',
  forcesByReportIds: 'queries/forces-by-report-ids',
  forcesByJudgementIds: 'queries/forces-by-judgement-ids',
  reportsAll: 'queries/reports-all',
  reportsByIds: 'queries/reports-by-ids',
  reportsByForceIds: 'queries/reports-by-force-ids',
  reportsByJudgementIds: 'queries/reports-by-judgement-ids',
  reportCount: 'queries/report-count',
  nodeCount: 'queries/node-count',
  relationshipCount: 'queries/relationship-count',
  themesAll: 'queries/themes-all',
  themesByIds: 'queries/themes-by-ids',
  themesByParentIds: 'queries/themes-by-parent-ids',
  themesByJudgementIds: 'queries/themes-by-judgement-ids',
  judgementsByReportIds: 'queries/judgements-by-report-ids',
  judgementsByForceIds: 'queries/judgements-by-force-ids',
  judgementsByThemeIds: 'queries/judgements-by-theme-ids',
  deleteReportJudgements: 'load/delete-report-judgements',
  deleteReportFindings: 'load/delete-report-findings',
  deleteReportRecommendations: 'load/delete-report-recommendations',
  deleteReportDevelopingPractice: 'load/delete-report-developing-practice',
  deleteReportForceFacts: 'load/delete-report-force-facts',
  deleteReportParticipatesInLinks: 'load/delete-report-participates-in-links',
  deleteReportRunsLinks: 'load/delete-report-runs-links',
  deleteReportMostSimilarToLinks: 'load/delete-report-most-similar-to-links',
  deleteReportDefinesLinks: 'load/delete-report-defines-links',
  deleteReportPartOfLinks: 'load/delete-report-part-of-links',
  deleteReportMentionsLinks: 'load/delete-report-mentions-links',
} as const;

export type QueryKey = keyof typeof queryNames;
