import { buildSchema, findBreakingChanges, type BreakingChange } from 'graphql';

/**
 * The schema contract: the SDL served now against the SDL of the previous release
 * (`schema/release/<version>.graphql`). A change that can break a client (graphql-js
 * `findBreakingChanges`: a removed type, field, argument or enum value, a changed type, a new
 * required argument) is allowed only when CHANGELOG.md declares it, by its schema coordinate,
 * under the unreleased version's "Breaking" heading.
 */

/** One breaking change, with the schema coordinate a CHANGELOG entry names it by. */
export interface SchemaBreak {
  /** `Type`, `Type.field`, `Type.field(arg:)` or `@directive` (GraphQL schema coordinates). */
  readonly coordinate: string;
  readonly type: string;
  readonly description: string;
}

/** Description patterns of graphql-js 16, most specific first, each giving the coordinate. */
const coordinatePatterns: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^A required arg (\w+) on directive (\w+) was added/, (m) => `@${m[2]}(${m[1]}:)`],
  [/^A required arg (\w+) on (\w+)\.(\w+) was added/, (m) => `${m[2]}.${m[3]}(${m[1]}:)`],
  [/^A required field (\w+) on input type (\w+) was added/, (m) => `${m[2]}.${m[1]}`],
  [/^(\w+)\.(\w+) arg (\w+) /, (m) => `${m[1]}.${m[2]}(${m[3]}:)`],
  [/^(\w+)\.(\w+) /, (m) => `${m[1]}.${m[2]}`],
  [/^(\w+) was removed from enum type (\w+)/, (m) => `${m[2]}.${m[1]}`],
  [/^(\w+) was removed from union type (\w+)/, (m) => `${m[2]}`],
  [/^(\w+) no longer implements interface (\w+)/, (m) => `${m[1]}`],
  [/^(\w+) was removed from (\w+)\.$/, (m) => `@${m[2]}(${m[1]}:)`],
  [/^\w+ was removed from (\w+)\.$/, (m) => `@${m[1]}`],
  [/^Repeatable flag was removed from (\w+)/, (m) => `@${m[1]}`],
  [/^Standard scalar (\w+) was removed/, (m) => m[1]!],
  [/^(\w+) (?:was removed|changed from)/, (m) => m[1]!],
];

/** The schema coordinate a breaking change is about (its description when none matches). */
export function coordinateOf(change: BreakingChange): string {
  for (const [pattern, coordinate] of coordinatePatterns) {
    const match = pattern.exec(change.description);
    if (match) return change.type === 'DIRECTIVE_REMOVED' ? `@${match[1]}` : coordinate(match);
  }
  return change.description;
}

/** The breaking changes from one SDL text to another. */
export function findSchemaBreaks(previousSdl: string, currentSdl: string): SchemaBreak[] {
  return findBreakingChanges(buildSchema(previousSdl), buildSchema(currentSdl)).map((change) => ({
    coordinate: coordinateOf(change),
    type: change.type,
    description: change.description,
  }));
}

/** Release file names `0.1.0.graphql`, newest version last. */
export function sortReleaseFiles(fileNames: readonly string[]): string[] {
  const version = (name: string) =>
    name
      .replace(/\.graphql$/, '')
      .split('.')
      .map(Number);
  return fileNames
    .filter((name) => /^\d+\.\d+\.\d+\.graphql$/.test(name))
    .sort((a, b) => {
      const [x, y] = [version(a), version(b)];
      for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return 0;
    });
}

/**
 * The coordinates CHANGELOG.md declares as breaking for the coming release: every `backticked`
 * coordinate in a list item (with its indented continuation lines) under the `### Breaking`
 * heading of the first `## ` section (the unreleased one).
 */
export function readDeclaredBreaks(changelog: string): Set<string> {
  const sections = changelog.split(/^## /m).slice(1);
  const unreleased = sections[0] ?? '';
  const breaking =
    /^### Breaking[^\n]*\n([\s\S]*?)(?=^### |(?![\s\S]))/m.exec(unreleased)?.[1] ?? '';
  const declared = new Set<string>();
  for (const line of breaking.split('\n')) {
    // List items and their indented continuation lines; plain paragraphs only explain.
    if (!/^(\s*[-*] |\s+\S)/.test(line)) continue;
    for (const [, code] of line.matchAll(/`([^`]+)`/g)) declared.add(code!.trim());
  }
  return declared;
}

/** The breaking changes CHANGELOG.md does not declare. */
export function findUndeclaredBreaks(
  breaks: readonly SchemaBreak[],
  declared: ReadonlySet<string>,
): SchemaBreak[] {
  return breaks.filter((change) => !declared.has(change.coordinate));
}
