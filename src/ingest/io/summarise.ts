import type { GraphDataset } from '../../domain/dataset.js';
import type { ParsedReport, Section } from '../report.types.js';
import { listSections } from '../layout/sections.js';

/** What `npm run ingest -- --dry-run` prints: what a run would write, and what it could not place. */
export interface IngestionSummary {
  reports: {
    id: string;
    sourceFile: string;
    framework: string;
    warnings: string[];
    unrecognisedHeadings: string[];
  }[];
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** `<report id>`, then `<kind> <theme id>` → number of findings. */
  findingsByKindAndTheme: Record<string, Record<string, number>>;
  discoveredEntities: { label: string; id: string; name: string }[];
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Headings the section tree could not give a role: neither a vocabulary theme, a family's
 * recurring block, a part nor a contents entry. A new report layout shows up here first.
 */
function listUnrecognisedHeadings(root: Section): string[] {
  return listSections(root)
    .filter((section) => section.kind === 'minor')
    .map((section) => `${section.lineStart}: ${section.heading}`);
}

/** Summarises parsed reports and the dataset built from them (pure). */
export function summariseIngestion(
  reports: readonly ParsedReport[],
  dataset: GraphDataset,
): IngestionSummary {
  const themeOf = new Map<string, string>();
  for (const r of dataset.relationships)
    if (r.type === 'ON_THEME' && r.fromLabel === 'Finding') themeOf.set(r.from, r.to);
  const findingsByKindAndTheme: IngestionSummary['findingsByKindAndTheme'] = {};
  for (const report of reports) {
    const findings = dataset.nodes.filter(
      (n) => n.label === 'Finding' && n.properties.reportId === report.id,
    );
    findingsByKindAndTheme[report.id] = countBy(
      findings,
      (f) => `${f.properties.kind} ${themeOf.get(f.id) ?? '(no theme)'}`,
    );
  }
  return {
    reports: reports.map((report) => ({
      id: report.id,
      sourceFile: report.metadata.sourceFile,
      framework: report.metadata.framework,
      warnings: report.warnings.map((w) => `${w.line}: ${w.message}`),
      unrecognisedHeadings: listUnrecognisedHeadings(report.sections),
    })),
    nodesByLabel: countBy(dataset.nodes, (n) => n.label),
    relationshipsByType: countBy(dataset.relationships, (r) => r.type),
    findingsByKindAndTheme,
    discoveredEntities: dataset.nodes
      .filter((n) => n.properties.curated === false && n.properties.kind !== 'DEVELOPING_PRACTICE')
      .map((n) => ({ label: n.label, id: n.id, name: String(n.properties.name ?? n.id) })),
  };
}

/** The summary as indented plain text, one fact per line. */
export function formatSummary(summary: IngestionSummary): string {
  const lines: string[] = [];
  const table = (title: string, counts: Record<string, number>, indent = '  ') => {
    lines.push(title);
    for (const [key, count] of Object.entries(counts)) lines.push(`${indent}${key}: ${count}`);
  };
  for (const report of summary.reports) {
    lines.push(`${report.sourceFile} -> ${report.id} (${report.framework})`);
    table('  findings by kind and theme:', summary.findingsByKindAndTheme[report.id] ?? {}, '    ');
    lines.push(`  unrecognised headings: ${report.unrecognisedHeadings.length}`);
    for (const heading of report.unrecognisedHeadings) lines.push(`    ${heading}`);
    lines.push(`  warnings: ${report.warnings.length}`);
    for (const warning of report.warnings) lines.push(`    ${warning}`);
  }
  table('nodes by label:', summary.nodesByLabel);
  table('relationships by type:', summary.relationshipsByType);
  lines.push(`discovered entities (not in the vocabulary): ${summary.discoveredEntities.length}`);
  for (const entity of summary.discoveredEntities)
    lines.push(`  ${entity.label} ${entity.id}: ${entity.name}`);
  return `${lines.join('\n')}\n`;
}
