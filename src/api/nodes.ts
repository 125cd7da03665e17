/**
 * The shapes of graph nodes as the store returns them (plain objects, one per node, with the
 * properties declared in `src/domain/model.ts`). Resolvers receive these as their parents.
 */

export interface ForceNode {
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[] | null;
}

export interface ReportNode {
  id: string;
  title: string;
  publishedOn: string;
  isbn: string | null;
  framework: string;
  sourceFile: string;
  forceId: string;
  lineCount: number | null;
}

export interface ThemeNode {
  id: string;
  name: string;
  question: string | null;
  framework: string;
  parentId: string | null;
  ordinal: number | null;
}

export interface JudgementNode {
  id: string;
  grade: string;
  scale: string;
  rank: number | null;
  distributionGrades: string[] | null;
  distributionCounts: number[] | null;
  reportId: string;
  section: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  quote: string | null;
}
