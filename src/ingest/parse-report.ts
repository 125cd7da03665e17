import { checkComplete } from './layout/completeness.js';
import { readContents } from './layout/contents.js';
import { checkNotRepeated } from './layout/repeated-content.js';
import { extractDevelopingPractice } from './practice/developing-practice.js';
import { readFrameworkYear } from '../domain/frameworks.js';
import { ReportParseError } from './errors.js';
import type { ExtractContext } from './extract-context.js';
import { reportFamilies } from './report-families.js';
import { extractFindings } from './findings/findings.js';
import { extractForceFacts } from './facts/force-facts.js';
import { extractFigures } from './figures/figures.js';
import { extractEarlierJudgements } from './judgements/earlier-grades.js';
import { detectFramework } from './layout/framework.js';
import { extractGlossary, indexGlossary } from './glossary/glossary.js';
import { findLastTextLine, layoutText } from './layout/layout.js';
import { listReportParagraphs } from './layout/paragraphs.js';
import { extractMetadata } from './layout/cover-metadata.js';
import { extractMostSimilarForces } from './facts/most-similar.js';
import { readListCoverage } from './findings/list-coverage.js';
import { extractPassages } from './passages/passages.js';
import { extractRecommendations } from './findings/recommendations.js';
import { deriveReportId } from './layout/report-id.js';
import type { ParsedReport, ParseWarning } from './report.types.js';
import { buildSectionTree } from './layout/sections.js';
import { findTheme, hasFramework, listThemeAncestors } from './vocabulary/lookup.js';
import type { Vocabulary } from './vocabulary/vocabulary.types.js';

/**
 * Parses one HMIC report (text converted from PDF) into metadata, a section tree, typed items
 * (judgements, findings, recommendations, developing practice, force facts, glossary terms),
 * its prose paragraphs and the passages and footnotes no item holds, each with provenance. Every extractor reads the same `ExtractContext`. Pure and deterministic: the same text and vocabulary always give the same
 * result. Throws `ReportParseError` (`<file>:<line>: <reason>`) for an empty, binary,
 * unrecognised or truncated file, one that repeats its content, or one naming a force the
 * vocabulary does not know.
 *
 * @param text the report text
 * @param sourceFile the file's base name, used in errors and stored on the report
 * @param vocabulary forces and themes (see `loadVocabulary`)
 */
export function parseReport(
  text: string,
  sourceFile: string,
  vocabulary: Vocabulary,
): ParsedReport {
  checkIsText(text, sourceFile);
  const layout = layoutText(text);
  const detection = detectFramework(layout);
  if (!detection) {
    const first = layout.lines.find((l) => l.kind !== 'blank')?.number ?? 1;
    throw new ReportParseError(
      sourceFile,
      first,
      "not a recognised HMIC inspection report (no 'HMIC Inspection Report' or 'PEEL:' title on the cover)",
    );
  }
  if (!hasFramework(vocabulary, detection.frameworkFamily))
    throw new ReportParseError(
      sourceFile,
      detection.line.number,
      `no themes for framework ${detection.frameworkFamily} in the vocabulary`,
    );
  const family = reportFamilies[detection.family];
  const { metadata, force } = extractMetadata({ file: sourceFile, layout, detection, vocabulary });
  const tree = buildSectionTree({
    layout,
    contents: readContents(layout),
    outline: family.outline,
    matchTheme: (heading) => {
      const theme = findTheme(vocabulary, metadata.frameworkFamily, heading);
      return theme && { id: theme.id, depth: listThemeAncestors(vocabulary, theme).length };
    },
  });
  checkNotRepeated(layout, sourceFile);
  const warnings: ParseWarning[] = [];
  const ctx: ExtractContext = {
    file: sourceFile,
    layout,
    tree,
    vocabulary,
    frameworkFamily: metadata.frameworkFamily,
    scale: family.scale,
    force,
    warn: (line, message) => warnings.push({ line, message }),
  };
  const judgements = family.extractJudgements(ctx);
  // After the judgements: their own checks name the missing graded section more precisely.
  checkComplete(
    tree,
    family.completeness,
    vocabulary.themes.filter((theme) => theme.framework === metadata.frameworkFamily),
    sourceFile,
    findLastTextLine(layout),
  );
  if (judgements.length === 0)
    throw new ReportParseError(
      sourceFile,
      layout.lines.length,
      'truncated report: no graded theme found',
    );
  const findings = extractFindings(ctx);
  const recommendations = extractRecommendations(ctx, findings);
  const glossaryTerms = extractGlossary(ctx);
  const developingPractice = extractDevelopingPractice(ctx);
  const lists = readListCoverage(ctx);
  const { passages, footnotes } = extractPassages(ctx, {
    listBlockLines: lists.blockLines,
    itemSpans: developingPractice.map((item) => item.provenance),
  });
  const forceFacts = extractForceFacts(ctx);
  const paragraphs = listReportParagraphs(ctx);
  const sortedJudgements = [...judgements].sort(
    (a, b) => a.provenance.lineStart - b.provenance.lineStart,
  );
  return {
    id: deriveReportId(metadata),
    family: family.id,
    metadata,
    sections: tree,
    judgements: sortedJudgements,
    earlierJudgements: extractEarlierJudgements(
      ctx,
      paragraphs,
      sortedJudgements,
      readFrameworkYear(metadata.framework, metadata.publishedOn),
    ),
    findings,
    recommendations,
    developingPractice,
    forceFacts,
    mostSimilarForces: extractMostSimilarForces(ctx),
    glossaryTerms,
    glossary: indexGlossary(glossaryTerms),
    paragraphs,
    passages,
    footnotes,
    emptyLists: lists.emptyLists,
    figures: extractFigures(ctx, forceFacts),
    sourceLines: layout.lines.map((line) => line.text),
    warnings: [...warnings].sort((a, b) => a.line - b.line),
  };
}

/** Rejects empty files and binary content (NUL bytes, or mostly undecodable characters). */
function checkIsText(text: string, file: string): void {
  if (text.trim() === '') throw new ReportParseError(file, 1, 'empty file');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new ReportParseError(file, lineOf(text, nul), 'binary content (NUL byte)');
  const bad = /[\uFFFD\u0001-\u0008\u000E-\u001F]/g;
  const hits = [...text.matchAll(bad)];
  if (hits.length > Math.max(8, text.length / 100))
    throw new ReportParseError(file, lineOf(text, hits[0]!.index), 'binary content (not text)');
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
