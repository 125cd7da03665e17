import type { ExtractContext } from './extract-context.js';
import {
  excellentToPoor,
  outstandingToInadequate,
  standardCompliance,
  type GradeScale,
} from '../domain/grade-scales.js';
import { extractHmicJudgements } from './judgements/hmic.js';
import { extractPeelJudgements } from './judgements/peel.js';
import type { OutlineRules } from './layout/outline.types.js';
import type { FamilyId, ParsedJudgement } from './report.types.js';

/**
 * The report families: how each one's headings nest, which grade scale it uses, which parts a
 * complete report must have, and which extractor reads its judgements. Adding a family means
 * adding an entry here and its themes to `seed/vocabulary/themes.json`.
 */
export interface ReportFamily {
  readonly id: FamilyId;
  readonly outline: OutlineRules;
  readonly scale: GradeScale;
  /** Parts whose absence means the file was cut short: slug pattern and the heading as printed. */
  readonly requiredParts: readonly { readonly pattern: RegExp; readonly heading: string }[];
  readonly extractJudgements: (ctx: ExtractContext) => ParsedJudgement[];
}

const hmicParts = [
  /^introduction-to-hmic-inspections?$/,
  /^force-overview-and-context$/,
  /^findings$/,
  /^recommendations$/,
  /^appendix\b/,
];

const hmicBlocks = [
  /^national-grade-distribution$/,
  /^national-contextual-factors$/,
  /^contextual-factors(-overview)?$/,
  /^strengths$/,
  /^work-in-progress$/,
  /^areas?-(s-)?for-improvement$/,
  /^developing-practice$/,
].map((pattern) => ({ pattern, level: 1 }));

export const reportFamilies: Readonly<Record<FamilyId, ReportFamily>> = {
  HMIC_INSPECTION: {
    id: 'HMIC_INSPECTION',
    outline: {
      parts: hmicParts,
      themeContainers: [/^findings$/, /^recommendations$/],
      themeExcludedParts: [/^introduction/, /^appendix\b/],
      nestSubthemes: false,
      leafParts: [/glossary/],
      standardCode: null,
      blocks: hmicBlocks,
    },
    scale: excellentToPoor,
    requiredParts: [{ pattern: /^findings$/, heading: 'Findings' }],
    extractJudgements: extractHmicJudgements,
  },
  MAJOR_CRIME: {
    id: 'MAJOR_CRIME',
    outline: {
      parts: hmicParts,
      themeContainers: [/^findings$/],
      themeExcludedParts: [/^introduction/, /^appendix\b/],
      nestSubthemes: true,
      leafParts: [/glossary/],
      standardCode: /^(MC)\s?-?(\d{1,2})\b/i,
      blocks: [
        { pattern: /^mc-?\d+\b.*summary$/, level: 1 },
        { pattern: /^contextual-factors$/, level: 1 },
        { pattern: /^evidence$/, level: 2 },
        { pattern: /^strengths$/, level: 2 },
        { pattern: /^work-in-progress$/, level: 2 },
        { pattern: /^areas?-(s-)?for-improvement$/, level: 2 },
        { pattern: /^developing-practice$/, level: 2 },
      ],
    },
    scale: standardCompliance,
    requiredParts: [],
    extractJudgements: extractHmicJudgements,
  },
  PEEL: {
    id: 'PEEL',
    outline: {
      parts: [/^introduction$/, /^force-in-numbers$/, /^next-steps$/, /^annex\b/],
      themeContainers: [],
      themeExcludedParts: [/^introduction$/, /^annex\b/],
      nestSubthemes: false,
      leafParts: [/glossary/],
      standardCode: null,
      blocks: [
        { pattern: /^overall-judge?ment$/, level: 1 },
        { pattern: /^overall-summary$/, level: 1 },
        { pattern: /^summary-of-findings$/, level: 1 },
        { pattern: /^areas?-for-improvement$/, level: 2 },
        { pattern: /^causes?-of-concern$/, level: 2 },
        { pattern: /^recommendations?$/, level: 2 },
      ],
    },
    scale: outstandingToInadequate,
    requiredParts: [],
    extractJudgements: extractPeelJudgements,
  },
};
