import { layoutText } from '../../src/ingest/layout/layout.js';
import { holdsNoProse } from '../../src/ingest/layout/paragraphs.js';
import { indexSections, findInnermostSection } from '../../src/ingest/layout/section-index.js';
import { isMarkerLine } from '../../src/ingest/layout/sections.js';
import { cleanPassageText } from '../../src/ingest/passages/passages.js';
import type { ParsedReport } from '../../src/ingest/report.types.js';
import { normaliseKey } from '../../src/ingest/text/text.js';

/**
 * The passage quality checks: a report's body is its headings, passages, footnotes and list
 * items, nothing lost and nothing twice.
 *
 * - every text line of a section that holds prose is a heading line, a line of a passage or
 *   footnote, a line of a flattened table, a GRADE or grade-label marker, or a line whose words
 *   occur in a finding, recommendation or developing-practice item (or `None.`);
 * - each passage's text is its source lines' text, joined and cleaned: the section's text
 *   rebuilt from its passages equals what the report prints there;
 * - no passage takes in a page footer or a running head.
 */
export interface CoverageReport {
  /** Body lines that nothing holds: `line: text`. */
  readonly missing: readonly string[];
  /** Passages whose text is not their source lines' text. */
  readonly mismatched: readonly string[];
  /** Passages that take in a line the layout classed as page furniture. */
  readonly withFurniture: readonly string[];
  /** Body lines both a passage and a list item hold. */
  readonly duplicated: readonly string[];
}

const bulletMark = /^\s*([-•*]|\d{1,2}[.)])\s+/;

export function checkPassageCoverage(text: string, report: ParsedReport): CoverageReport {
  const layout = layoutText(text);
  const sections = indexSections(report.sections);
  const headingLines = new Set<number>();
  for (const { section } of sections)
    for (let n = section.lineStart; n <= section.headingEnd; n++) headingLines.add(n);
  const passageLines = new Map<number, string>();
  for (const p of report.passages) for (const n of p.lines) passageLines.set(n, p.text);
  const footnoteLines = new Set(report.footnotes.map((f) => f.provenance.lineStart));
  const tableLines = new Set(
    layout.blocks.filter((b) => b.kind === 'table').flatMap((b) => b.lines),
  );
  const itemTexts = [
    ...report.findings.map((f) => f.text),
    ...report.recommendations.map((r) => r.text),
    ...report.developingPractice.flatMap((d) =>
      [d.title, d.inspectionArea, d.problem, d.solution, d.outcome, d.contact].filter(
        (t): t is string => t !== null,
      ),
    ),
  ].map((t) => normaliseKey(t));
  const practiceSpans = report.developingPractice.map((d) => d.provenance);
  const recommendationWords = report.recommendations.map((r) => wordSet(r.text));
  const inItem = (line: string, number: number): boolean => {
    // A bullet's list punctuation (`; and`) is a full stop in the item it joins.
    const key = normaliseKey(line.replace(bulletMark, '').replace(/[;,]\s*(and|or)?\s*$/, ''));
    if (key === '' || key === 'none' || itemTexts.some((t) => t.includes(key))) return true;
    if (practiceSpans.some((s) => number >= s.lineStart && number <= s.lineEnd)) return true;
    // The 2007 end list rewords the recommendations printed in the themes (kept once).
    const words = wordSet(line);
    return words.size >= 8 && recommendationWords.some((r) => jaccard(words, r) >= 0.6);
  };
  const missing: string[] = [];
  const duplicated: string[] = [];
  for (const line of layout.lines) {
    if (line.kind !== 'text') continue;
    const place = findInnermostSection(sections, line.number);
    if (!place || holdsNoProse(place.section) || headingLines.has(line.number)) continue;
    const inPassage = passageLines.has(line.number);
    if (
      inPassage &&
      report.passages.length > 0 &&
      inItem(line.text, line.number) &&
      line.text.length > 40
    )
      duplicated.push(`${line.number}: ${line.text.trim()}`);
    if (inPassage || footnoteLines.has(line.number) || tableLines.has(line.number)) continue;
    if (isMarkerLine(line.text) || inItem(line.text, line.number)) continue;
    missing.push(`${line.number}: ${line.text.trim()}`);
  }
  const mismatched: string[] = [];
  const withFurniture: string[] = [];
  for (const p of report.passages) {
    const source = p.lines.map((n) => layout.lines[n - 1]!.text.trim());
    if (p.kind === 'BULLET') source[0] = source[0]!.replace(bulletMark, '');
    if (cleanPassageText(source.join(' ')) !== p.text)
      mismatched.push(`${p.provenance.lineStart}: ${p.text.slice(0, 80)}`);
    if (p.lines.some((n) => layout.lines[n - 1]!.kind !== 'text'))
      withFurniture.push(`${p.provenance.lineStart}: ${p.text.slice(0, 80)}`);
  }
  return { missing, mismatched, withFurniture, duplicated };
}

function wordSet(text: string): Set<string> {
  return new Set(normaliseKey(text).split(' '));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
}
