import type { ExtractContext } from '../extract-context.js';
import { findThemeSectionAt, makeProvenance } from '../layout/provenance.js';
import type { ParsedEarlierJudgement, ParsedJudgement, Paragraph } from '../report.types.js';
import type { LineSpan } from '../text/line-span.js';
import { quoteAround } from '../text/quote.js';
import { splitSentences } from '../text/sentences.js';
import { normaliseKey } from '../text/text.js';
import { matchGradePrefix } from '../vocabulary/grade-lookup.js';
import { listThemeAncestors } from '../vocabulary/lookup.js';

/**
 * Grades a report states about an earlier inspection of the force, read from its prose:
 *
 *     Thames Valley Police was graded Fair in the 2006 baseline assessment for the inspection
 *     area of Protecting Vulnerable People.                                  (TV 2007 l.673)
 *     The force achieved an overall Fair grading for PVP in the baseline assessment 2006.
 *     HMIC judged the Metropolitan Police Service to be good at tackling serious and organised
 *     crime in its 2015 effectiveness report.                                (PEEL 2016 l.813)
 *     In HMIC's 2015 effectiveness (vulnerability) report we judged the Metropolitan Police
 *     Service to require improvement.                                        (PEEL 2016 l.586)
 *     Some improvement has certainly been made since HMIC's 2015 assessment of 'requires
 *     improvement'                                                           (PEEL 2016 l.568)
 *     Our overall judgment is the same as last year.                         (PEEL 2016 l.166)
 *
 * A sentence counts when it grades (`graded X`, `an X grading`, `judged … to be X`, `judged … to
 * require improvement`, `assessment of 'X'`, `judgment is the same as last year`) with a grade
 * of the report's own scale, names a year before the report's own (or `last year`) and an HMIC
 * assessment, and names no other body (`the Audit Commission … from a Fair grade in 2005/06`).
 * The theme is the one the sentence names (`Protecting Vulnerable People`, `PVP`, `tackling
 * serious and organised crime`), else the theme of the section it is printed in. `the same as
 * last year` takes this report's grade on that theme. One grade per theme and year: the first
 * statement wins.
 */
export function extractEarlierJudgements(
  ctx: ExtractContext,
  paragraphs: readonly Paragraph[],
  current: readonly ParsedJudgement[],
  reportYear: number,
): ParsedEarlierJudgement[] {
  const out: ParsedEarlierJudgement[] = [];
  const grades = gradeAlternation(ctx);
  const patterns = [
    new RegExp(`\\b(?:was|were|been|being)\\s+graded\\s+(?:as\\s+)?['‘"]?(${grades})\\b`, 'i'),
    new RegExp(`\\b(?:an?\\s+)?(?:overall\\s+)?['‘"]?(${grades})['’"]?\\s+grad(?:e|ing)\\b`, 'i'),
    new RegExp(`\\bjudged\\b[^.;]{0,100}?\\bto\\s+(?:be\\s+)?['‘"]?(${grades})\\b`, 'i'),
    new RegExp(`\\bassessment\\s+of\\s+['‘"](${grades})['’"]`, 'i'),
  ];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph.text)) {
      const found = readSentence(ctx, sentence.text, patterns, current, reportYear, paragraph);
      if (!found || out.some((j) => j.themeId === found.themeId && j.year === found.year)) continue;
      out.push({
        ...found,
        provenance: makeProvenance(
          ctx.tree,
          paragraph.lineStart,
          paragraph.lineEnd,
          quoteAround(sentence.text, 0, sentence.text.length),
        ),
      });
    }
  }
  return out;
}

/** The grade labels and variants of the report's scale, longest first, as a regex alternation. */
function gradeAlternation(ctx: ExtractContext): string {
  return ctx.scale.grades
    .flatMap((g) => [g.label, ...g.variants])
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

const sameAsLastYear = /\b(?:overall\s+)?judge?ment\s+is\s+the\s+same\s+as\s+last\s+year\b/i;
const assessmentWords =
  /\b(?:HMIC|baseline|inspection|effectiveness|efficiency|legitimacy|PEEL|assessment|last\s+year)\b/i;
const otherBodies = /\b(?:Audit\s+Commission|Ofsted|HMCPSI|HMI\s+Probation|CQC)\b/i;

function readSentence(
  ctx: ExtractContext,
  sentence: string,
  patterns: readonly RegExp[],
  current: readonly ParsedJudgement[],
  reportYear: number,
  paragraph: LineSpan,
): Omit<ParsedEarlierJudgement, 'provenance'> | undefined {
  if (otherBodies.test(sentence) || !assessmentWords.test(sentence)) return undefined;
  const years = [...sentence.matchAll(/\b((?:19|20)\d\d)\b(?![/–-]\d)/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y < reportYear);
  const lastYear = /\blast\s+year\b/i.test(sentence) ? reportYear - 1 : undefined;
  const year = years[0] ?? lastYear;
  if (year === undefined) return undefined;
  const themeId =
    findNamedTheme(ctx, sentence) ?? findThemeSectionAt(ctx.tree, paragraph.lineStart)?.themeId;
  if (!themeId) return undefined;
  const assessment = readAssessment(sentence, year);
  if (sameAsLastYear.test(sentence)) {
    const same = current.find((j) => j.themeId === themeId) ?? findRootJudgement(ctx, current);
    return (
      same && {
        themeId: same.themeId,
        grade: same.grade,
        scale: same.scale,
        rank: same.rank,
        year,
        assessment,
      }
    );
  }
  for (const pattern of patterns) {
    const m = pattern.exec(sentence);
    const grade = m && matchGradePrefix(ctx.scale, m[1]!.replace(/^require\b/i, 'requires'));
    if (grade)
      return {
        themeId,
        grade: grade.label,
        scale: ctx.scale.id,
        rank: grade.rank,
        year,
        assessment,
      };
  }
  return undefined;
}

/** The judgement on the report's top theme (PEEL's overall judgement), if it gives one. */
function findRootJudgement(ctx: ExtractContext, current: readonly ParsedJudgement[]) {
  return current.find((j) => {
    const theme = ctx.vocabulary.themes.find((t) => t.id === j.themeId);
    return theme !== undefined && listThemeAncestors(ctx.vocabulary, theme).length === 0;
  });
}

/** The theme of the report's framework the sentence names by a name or alias, longest first. */
function findNamedTheme(ctx: ExtractContext, sentence: string): string | undefined {
  const key = ` ${normaliseKey(sentence)} `;
  let best: { id: string; length: number } | undefined;
  for (const theme of ctx.vocabulary.themes) {
    if (theme.framework !== ctx.frameworkFamily) continue;
    for (const name of [theme.name, ...theme.aliases]) {
      const k = normaliseKey(name);
      if (k.length > 2 && key.includes(` ${k} `) && (!best || k.length > best.length))
        best = { id: theme.id, length: k.length };
    }
  }
  return best?.id;
}

/**
 * The earlier assessment as the sentence names it: `2006 baseline assessment`, `baseline
 * assessment 2006`, `2015 effectiveness (vulnerability) report`, `2015 assessment`, else
 * `<year> inspection`.
 */
function readAssessment(sentence: string, year: number): string {
  const named = new RegExp(
    `\\b(${year}\\s+(?:[\\p{L}()]+\\s+){0,3}?(?:assessment|report|inspection)|(?:baseline\\s+)?assessment\\s+${year})\\b`,
    'iu',
  ).exec(sentence);
  if (named) return named[1]!.replace(/\s+/g, ' ');
  return /\blast\s+year\b/i.test(sentence)
    ? `last year's inspection (${year})`
    : `${year} inspection`;
}
