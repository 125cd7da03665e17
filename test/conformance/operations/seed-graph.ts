import assert from 'node:assert/strict';
import type { ExpectedReport } from '../../fixtures/expected-report.types.js';
import { hmic2007Reports } from '../../fixtures/hmic-2007.expected.js';
import { majorCrime2008Reports } from '../../fixtures/major-crime-2008.expected.js';
import { peel2016Reports } from '../../fixtures/peel-2016.expected.js';
import type { ExpectedFindings } from '../../fixtures/findings.expected.js';
import { hmic2007Findings } from '../../fixtures/findings-hmic-2007.expected.js';
import { majorCrime2008Findings } from '../../fixtures/findings-major-crime-2008.expected.js';
import { peel2016Findings } from '../../fixtures/findings-peel-2016.expected.js';

/**
 * What the hand-checked fixtures say about the seed graph as a whole, shared by the
 * conformance operations: the five seed reports and lookups by source file.
 */

/** Every seed report, as test/fixtures/ records it. */
export const seedReports: readonly ExpectedReport[] = [
  ...hmic2007Reports,
  ...majorCrime2008Reports,
  ...peel2016Reports,
];

/** The fixture of the report read from `sourceFile`. */
export function reportOfFile(sourceFile: string): ExpectedReport {
  const report = seedReports.find((candidate) => candidate.sourceFile === sourceFile);
  if (!report) throw new Error(`no seed report fixture for ${sourceFile}`);
  return report;
}

/** Newest first, then by id: the order the schema promises for lists of reports. */
export function compareNewestFirst(a: ExpectedReport, b: ExpectedReport): number {
  return (
    compareCodeUnits(b.metadata.publishedOn, a.metadata.publishedOn) || compareCodeUnits(a.id, b.id)
  );
}

/**
 * Plain string order by UTF-16 code units, which is how both engines order strings in
 * `ORDER BY` (not `localeCompare`, which would put "IT" after "Information").
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Fails unless `items` are in non-decreasing order of `key`. */
export function assertOrderedBy<T>(
  items: readonly T[],
  key: (item: T) => string | number,
  what: string,
): void {
  for (let i = 1; i < items.length; i += 1) {
    const previous = key(items[i - 1]!);
    const current = key(items[i]!);
    assert.ok(previous <= current, `${what}: ${String(previous)} comes before ${String(current)}`);
  }
}

/** Fails unless every element of `wanted` is in `actual`, naming the missing ones. */
export function assertIncludesAll(
  actual: readonly string[],
  wanted: readonly string[],
  what: string,
): void {
  const present = new Set(actual);
  assert.deepEqual(
    wanted.filter((item) => !present.has(item)),
    [],
    `${what}: missing from the answer`,
  );
}

/** Counts the items per key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Aliased pages (`theme0: findings(...)`, ...) that together list every finding of a seed
 * report, one page per theme of its findings fixture, each exactly as long as the fixture says:
 * a connection gives at most 100 items a page and costs `first` times an item, so this is how
 * one operation reads a whole report within the limits. Read them back with `listPagedNodes`.
 */
export function selectReportFindings(sourceFile: string, selection: string): string {
  const fixtures: readonly ExpectedFindings[] = [
    ...hmic2007Findings,
    ...majorCrime2008Findings,
    ...peel2016Findings,
  ];
  const fixture = fixtures.find((f) => f.sourceFile === sourceFile);
  if (!fixture) throw new Error(`no findings fixture for ${sourceFile}`);
  return Object.entries(fixture.counts)
    .map(([themeId, kinds], i) => {
      const first = Object.values(kinds).reduce((sum, n) => sum + n, 0);
      const filter = `{ themeIds: ["${themeId}"], exactTheme: true }`;
      return `findingsOnTheme${i}: findings(first: ${first}, filter: ${filter}) { nodes { ${selection} } }`;
    })
    .join('\n');
}

/** The nodes of every `findingsOnTheme<i>` page `selectReportFindings` asked for, in order. */
export function listPagedNodes<T>(parent: Record<string, unknown>): T[] {
  return Object.entries(parent)
    .filter(([alias]) => alias.startsWith('findingsOnTheme'))
    .flatMap(([, page]) => (page as { nodes: T[] }).nodes);
}
