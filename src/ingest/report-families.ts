import type { ExtractContext } from './extract-context.js';
import {
  excellentToPoor,
  outstandingToInadequate,
  standardCompliance,
  type GradeScale,
} from '../domain/grade-scales.js';
import { extractHmicJudgements } from './judgements/hmic.js';
import { extractPeelJudgements } from './judgements/peel.js';
import type { CompletenessRules } from './layout/completeness.js';
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
  /** What a complete report always prints: a file without it was cut short. */
  readonly completeness: CompletenessRules;
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
    completeness: {
      requiredParts: [
        { pattern: /^findings$/, heading: 'Findings' },
        {
          pattern: /^appendix\b.*glossary/,
          heading: 'Appendix: Glossary of Terms and Abbreviations',
        },
      ],
      everyThemeHasSection: false,
    },
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
    completeness: {
      requiredParts: [
        { pattern: /^force-overview-and-context$/, heading: 'Force Overview and Context' },
        {
          pattern: /^appendix\b.*glossary/,
          heading: 'Appendix 2: Glossary of Terms and Abbreviations',
        },
      ],
      everyThemeHasSection: true,
    },
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
    completeness: {
      requiredParts: [
        { pattern: /^next-steps$/, heading: 'Next steps' },
        { pattern: /^annex\b/, heading: 'Annex A – About the data' },
      ],
      everyThemeHasSection: false,
    },
    extractJudgements: extractPeelJudgements,
  },
};
