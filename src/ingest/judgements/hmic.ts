import { ReportParseError } from '../errors.js';
import type { ExtractContext } from '../extract-context.js';
import { findGradeMarkers, type GradeMarker } from './grade-markers.js';
import { findContentLineAfter, findContentLineBefore, findLastTextLine } from '../layout/layout.js';
import type { ParsedJudgement, Section } from '../report.types.js';
import { listSections } from '../layout/sections.js';
import {
  readDistribution,
  readForceSummary,
  readNationalSummary,
  type Distribution,
} from '../layout/summary-tables.js';
import { getThemeById } from '../vocabulary/lookup.js';

/**
 * Judgements of the HMIC inspection reports (2007 programmed frameworks, 2008 major crime):
 * each theme section's GRADE marker. The marker normally follows the theme's heading; where
 * the conversion moved it above the heading (the end of the previous section), a graded theme
 * without a marker of its own takes the unclaimed marker standing directly before its heading.
 * The summary tables are cross-checks and fallbacks, never the first source.
 */
export function extractHmicJudgements(ctx: ExtractContext): ParsedJudgement[] {
  const markers = findGradeMarkers(ctx);
  const themeSections = listSections(ctx.tree).filter((s) => s.kind === 'theme' && s.themeId);
  const claimed = new Map<Section, GradeMarker>();
  const used = new Set<GradeMarker>();
  const claim = (section: Section, marker: GradeMarker | undefined): void => {
    if (!marker || used.has(marker) || claimed.has(section)) return;
    claimed.set(section, marker);
    used.add(marker);
  };
  for (const section of themeSections) {
    const after = findContentLineAfter(ctx.layout, section.headingEnd);
    claim(
      section,
      markers.find((m) => m.lineStart === after?.number),
    );
  }
  for (const section of themeSections) {
    const theme = getThemeById(ctx.vocabulary, section.themeId!);
    if (!theme?.graded || hasClaim(claimed, section.themeId!)) continue;
    const before = findContentLineBefore(ctx.layout, section.lineStart);
    claim(
      section,
      markers.find((m) => m.lineEnd === before?.number),
    );
  }
  for (const marker of markers)
    if (!used.has(marker))
      ctx.warn(marker.lineStart, `grade marker '${marker.quote}' belongs to no theme heading`);
  return assembleJudgements(ctx, themeSections, claimed);
}

function hasClaim(claimed: ReadonlyMap<Section, GradeMarker>, themeId: string): boolean {
  return [...claimed.keys()].some((s) => s.themeId === themeId);
}

function assembleJudgements(
  ctx: ExtractContext,
  themeSections: readonly Section[],
  claimed: ReadonlyMap<Section, GradeMarker>,
): ParsedJudgement[] {
  const national = readNationalSummary(ctx);
  const forceTable = readForceSummary(ctx);
  const byTheme = new Map<string, ParsedJudgement>();
  for (const section of themeSections) {
    const themeId = section.themeId!;
    const marker = claimed.get(section);
    if (!marker) continue;
    const earlier = byTheme.get(themeId);
    if (earlier) {
      if (earlier.grade !== marker.label)
        ctx.warn(marker.lineStart, `second grade '${marker.label}' for ${themeId} ignored`);
      continue;
    }
    const distribution = chooseDistribution(ctx, themeId, section, national);
    byTheme.set(themeId, {
      themeId,
      grade: marker.label,
      scale: ctx.scale.id,
      rank: marker.rank,
      distributionGrades: distribution?.grades ?? [],
      distributionCounts: distribution?.counts ?? [],
      provenance: {
        section: section.path,
        lineStart: marker.lineStart,
        lineEnd: marker.lineEnd,
        quote: marker.quote,
      },
    });
    const tabled = forceTable.get(themeId);
    if (tabled && tabled.label !== marker.label)
      ctx.warn(
        tabled.line,
        `force summary says '${tabled.label}' for ${themeId}; section says '${marker.label}'`,
      );
  }
  for (const [themeId, tabled] of forceTable) {
    if (byTheme.has(themeId)) continue;
    if (!themeSections.some((s) => s.themeId === themeId))
      throw new ReportParseError(
        ctx.file,
        findLastTextLine(ctx.layout),
        `truncated report: theme '${themeId}' is in the force summary of judgements but has no section`,
      );
    ctx.warn(tabled.line, `no GRADE line for ${themeId}; grade taken from the force summary`);
    const distribution = national.get(themeId);
    byTheme.set(themeId, {
      themeId,
      grade: tabled.label,
      scale: ctx.scale.id,
      rank: tabled.rank,
      distributionGrades: distribution?.grades ?? [],
      distributionCounts: distribution?.counts ?? [],
      provenance: {
        section: tabled.section,
        lineStart: tabled.line,
        lineEnd: tabled.line,
        quote: tabled.quote,
      },
    });
  }
  return [...byTheme.values()];
}

/** The section's own distribution table, else the national summary's row; warns when they differ. */
function chooseDistribution(
  ctx: ExtractContext,
  themeId: string,
  section: Section,
  national: ReadonlyMap<string, Distribution>,
): Distribution | undefined {
  if (!ctx.scale.hasDistribution) return undefined;
  const own = readDistribution(ctx, section.lineStart, section.lineEnd);
  const summary = national.get(themeId);
  if (own && summary && own.counts.join() !== summary.counts.join())
    ctx.warn(own.line, `national distribution for ${themeId} differs from the national summary`);
  return own ?? summary;
}
