import { ReportParseError } from '../errors.js';
import type { ExtractContext } from '../extract-context.js';
import { matchGradeExact, type GradeMatch } from '../vocabulary/grade-lookup.js';
import { findLastTextLine, listBlocksWithin, type Block } from '../layout/layout.js';
import type { ParsedJudgement, Section } from '../report.types.js';
import { findChildSection, getOwnSpan, listSections } from '../layout/sections.js';
import { normaliseKey } from '../text/text.js';
import { findTheme, getThemeById, listForceNames, listRootThemes } from '../vocabulary/lookup.js';

/**
 * Judgements of a PEEL report. The summary table near the top is flattened beyond use
 * (`How effective is the force at preventing Good crime, tackling …`), so each core question is
 * read from its own section: the grade line under `Summary of findings` (`Requires
 * improvement`), or, where the conversion lost that line, the summary's opening sentence
 * (`The Metropolitan Police Service is good at preventing crime, …`). The overall judgement is
 * the grade under `Overall judgment`. Sentences that mention a year or an earlier inspection
 * are never read as the current grade.
 */
export function extractPeelJudgements(ctx: ExtractContext): ParsedJudgement[] {
  const judgements: ParsedJudgement[] = [];
  const overall = readOverallJudgement(ctx);
  if (!overall)
    throw new ReportParseError(
      ctx.file,
      findLastTextLine(ctx.layout),
      'truncated report: no overall judgement found',
    );
  judgements.push(overall);
  const seen = new Set<string>();
  for (const section of listSections(ctx.tree)) {
    const theme = section.themeId ? getThemeById(ctx.vocabulary, section.themeId) : undefined;
    if (section.kind !== 'theme' || !theme || theme.parent === null || seen.has(theme.id)) continue;
    seen.add(theme.id);
    const found = readQuestionGrade(ctx, section);
    if (found === 'ungraded') continue;
    if (!found) {
      ctx.warn(section.lineStart, `no grade found for '${section.heading}'`);
      continue;
    }
    judgements.push(toJudgement(ctx, theme.id, found));
  }
  checkAnnouncedQuestions(ctx, seen);
  return judgements;
}

interface FoundGrade {
  readonly grade: GradeMatch;
  readonly section: Section;
  readonly block: Block;
  readonly quote: string;
}

function toJudgement(ctx: ExtractContext, themeId: string, found: FoundGrade): ParsedJudgement {
  return {
    themeId,
    grade: found.grade.label,
    scale: ctx.scale.id,
    rank: found.grade.rank,
    distributionGrades: [],
    distributionCounts: [],
    provenance: {
      section: found.section.path,
      lineStart: found.block.lineStart,
      lineEnd: found.block.lineEnd,
      quote: found.quote,
    },
  };
}

function readOverallJudgement(ctx: ExtractContext): ParsedJudgement | undefined {
  const root = listRootThemes(ctx.vocabulary, ctx.frameworkFamily)[0];
  if (!root) return undefined;
  const sections = listSections(ctx.tree);
  const labelled = sections.find((s) => /^overall-judge?ment$/.test(s.key));
  const found =
    (labelled && readGradeLine(ctx, labelled)) ??
    sections
      .filter((s) => s.themeId === root.id)
      .map((s) => readGradeSentence(ctx, s, getOwnSpan(s)))
      .find((f) => f !== undefined);
  return found && found !== 'ungraded' ? toJudgement(ctx, root.id, found) : undefined;
}

function readQuestionGrade(
  ctx: ExtractContext,
  section: Section,
): FoundGrade | 'ungraded' | undefined {
  const summary = findChildSection(section, /^summary-of-findings$/);
  if (summary) {
    const found =
      readGradeLine(ctx, summary) ?? readGradeSentence(ctx, summary, getOwnSpan(summary));
    if (found) return found;
  }
  return readJudgeSentence(ctx, section);
}

/** A block that is only a grade label (`Requires improvement`, `Ungraded`) in the section's own lines. */
function readGradeLine(ctx: ExtractContext, section: Section): FoundGrade | 'ungraded' | undefined {
  const { lineStart, lineEnd } = getOwnSpan(section);
  for (const block of listBlocksWithin(ctx.layout, lineStart, lineEnd)) {
    if (block.kind !== 'text') continue;
    if (normaliseKey(block.text) === 'ungraded') return 'ungraded';
    const grade = matchGradeExact(ctx.scale, block.text);
    if (grade) return { grade, section, block, quote: block.text };
  }
  return undefined;
}

/** The opening sentence of the first paragraph, when it states the force's grade. */
function readGradeSentence(
  ctx: ExtractContext,
  section: Section,
  span: { lineStart: number; lineEnd: number },
): FoundGrade | undefined {
  const first = listBlocksWithin(ctx.layout, span.lineStart, span.lineEnd).find(
    (b) => b.kind === 'text' && !b.headingShaped,
  );
  if (!first) return undefined;
  const sentence = firstSentence(first.text);
  if (!namesForce(ctx, sentence) || mentionsEarlierInspection(sentence)) return undefined;
  const m =
    /\b(?:is|are|remains)\s+(outstanding|good|inadequate)\b|\b(requires?\s+improvement)\b/i.exec(
      sentence,
    );
  const grade = m ? matchGradeExact(ctx.scale, m[1] ?? m[2]!) : undefined;
  return grade ? { grade, section, block: first, quote: sentence } : undefined;
}

/** `we judge the force to be inadequate in …` anywhere in the question's section. */
function readJudgeSentence(ctx: ExtractContext, section: Section): FoundGrade | undefined {
  for (const block of listBlocksWithin(ctx.layout, section.headingEnd + 1, section.lineEnd)) {
    if (block.kind !== 'text') continue;
    for (const sentence of splitSentences(block.text)) {
      const m =
        /\bwe judge\b.{0,80}?\bto (?:be )?(outstanding|good|inadequate|requires? improvement)\b/i.exec(
          sentence,
        );
      if (!m || mentionsEarlierInspection(sentence)) continue;
      const grade = matchGradeExact(ctx.scale, m[1]!);
      const owner = listSections(section).find(
        (s) => s !== section && s.lineStart <= block.lineStart && block.lineStart <= s.lineEnd,
      );
      if (grade) return { grade, section: owner ?? section, block, quote: sentence };
    }
  }
  return undefined;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/);
}

function firstSentence(text: string): string {
  return splitSentences(text)[0] ?? text;
}

function namesForce(ctx: ExtractContext, sentence: string): boolean {
  const key = normaliseKey(sentence);
  return (
    /^the force\b/.test(key) ||
    listForceNames(ctx.force).some((name) => key.includes(normaliseKey(name)))
  );
}

/** A year, `last year` or `previous` marks a sentence about an earlier inspection. */
function mentionsEarlierInspection(sentence: string): boolean {
  return /\b(19|20)\d\d\b|\blast year\b|\bprevious(ly)?\b|\bsame as\b/i.test(sentence);
}

/** Every core question the introduction announces must have its section, or the file was cut short. */
function checkAnnouncedQuestions(ctx: ExtractContext, found: ReadonlySet<string>): void {
  const intro = listSections(ctx.tree).find(
    (s) => s.kind === 'part' && /^introduction$/.test(s.key),
  );
  if (!intro) return;
  for (const block of listBlocksWithin(ctx.layout, intro.lineStart, intro.lineEnd)) {
    if (block.kind !== 'bullet') continue;
    const question = block.text.replace(/^[-•*]\s*(\d{1,2}\.\s*)?/, '');
    const theme = findTheme(ctx.vocabulary, ctx.frameworkFamily, question);
    if (theme && theme.parent !== null && !found.has(theme.id))
      throw new ReportParseError(
        ctx.file,
        findLastTextLine(ctx.layout),
        `truncated report: no section for the core question '${question}'`,
      );
  }
}
