/**
 * Checks one `.cypher` file for portability between Neo4j and the embedded engine (see
 * `portable-cypher.md`, "Checking a query"): the `// params:` header, Neo4j's own front end
 * with the graph model as its schema, and the parse-tree rules for what the front end cannot
 * see. Pure: text in, findings out.
 */
import {
  lintCypherQuery,
  parseParameters,
  type SyntaxDiagnostic,
} from '@neo4j-cypher/language-support';

import { checkForbiddenConstructs, checkSingleStatement } from './construct-rules.js';
import { checkExpressions } from './expression-rules.js';
import { parseQueryHeader, type QueryHeader } from './header.js';
import { buildLintSchema, checkedCypherVersions } from './lint-schema.js';
import { checkPatternsAndProjections } from './projection-rules.js';
import type { PortabilityRule, RuleFinding } from './rule-finding.js';
import { parseCypherTree, positionAt } from './syntax-tree.js';

/** One problem in one file, at a 1-based line and column. */
export interface CypherFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * How a file is checked, by its path: `schema/embedded*.cypher` is LadybugDB DDL that Neo4j's
 * front end cannot read (it is proved by executing it in tests); other `schema/` files are
 * Neo4j DDL scripts (several statements, no portability rules); `neo4j-only/` files are
 * queries only Neo4j runs (one statement, Neo4j's built-in functions and the full-text
 * procedure, no portability rules; the embedded engine never executes them); everything else
 * is a portable query.
 */
export type CypherFileKind = 'embedded-schema' | 'neo4j-schema' | 'neo4j-query' | 'query';

export function classifyCypherFile(path: string): CypherFileKind {
  if (/(^|\/)schema\/embedded[^/]*\.cypher$/.test(path)) return 'embedded-schema';
  if (/(^|\/)schema\/[^/]*\.cypher$/.test(path)) return 'neo4j-schema';
  if (/(^|\/)neo4j-only\/[^/]*\.cypher$/.test(path)) return 'neo4j-query';
  return 'query';
}

const queryRules: readonly PortabilityRule[] = [
  checkSingleStatement,
  checkForbiddenConstructs,
  checkExpressions,
  checkPatternsAndProjections,
];

const errorSeverity = 1;
const warningSeverity = 2;

/**
 * Neo4j warnings that are advice rather than a problem with the text. The cartesian-product
 * warning fires for deliberate `MATCH (a {id: $a}), (b {id: $b})` lookups.
 */
function isToleratedWarning(diagnostic: SyntaxDiagnostic): boolean {
  return messageOf(diagnostic).startsWith(
    'If a part of a query contains multiple disconnected patterns',
  );
}

/** The front end's message on one line, without its boilerplate advice. */
function messageOf(diagnostic: SyntaxDiagnostic): string {
  const { message } = diagnostic;
  return (typeof message === 'string' ? message : message.value)
    .replace(/\s*\n\s*/g, ' ')
    .replace(
      /\. Make sure you didn't misspell it or that it is available when you run this statement in your application$/,
      '',
    );
}

/**
 * The front end's findings in every checked Cypher version. A finding of a later version that
 * the first one does not make is prefixed with its version ("Cypher 25: ..."), so a query that
 * only a Neo4j 2025.x server would refuse says so.
 */
function lintFindings(
  source: string,
  declared: readonly string[],
  neo4jOnly: boolean,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const seen = new Set<string>();
  checkedCypherVersions.forEach((version, index) => {
    const schema = buildLintSchema(declared, neo4jOnly, version);
    for (const d of lintCypherQuery(source, schema).diagnostics) {
      const reported =
        d.severity === errorSeverity || (d.severity === warningSeverity && !isToleratedWarning(d));
      const key = `${d.offsets.start} ${messageOf(d)}`;
      if (!reported || seen.has(key)) continue;
      seen.add(key);
      const label = `Cypher ${version.replace('CYPHER ', '')}: `;
      findings.push({
        offset: d.offsets.start,
        message: `${index === 0 ? '' : label}${messageOf(d)}`,
      });
    }
  });
  return findings;
}

function headerFindings(file: string, source: string, header: QueryHeader): CypherFinding[] {
  if (!header.hasParamsLine) {
    const message =
      'missing "// params:" header line: list the parameters ($a, $b) or write "// params: (none)"';
    return [{ file, line: 1, column: 1, message }];
  }
  const used = new Set(parseParameters(source, false).map((name) => name.replace(/^`|`$/g, '')));
  return header.parameters
    .filter((parameter) => !used.has(parameter.name))
    .map(({ name, line, column }) => ({
      file,
      line,
      column,
      message: `parameter $${name} is declared in the header but not used`,
    }));
}

function ruleFindings(source: string, rules: readonly PortabilityRule[]): RuleFinding[] {
  if (rules.length === 0) return [];
  const statements = parseCypherTree(source);
  return rules.flatMap((rule) => rule(statements));
}

/** The parse-tree rules per file kind: Neo4j-only queries keep only "one statement". */
function rulesFor(kind: CypherFileKind): readonly PortabilityRule[] {
  if (kind === 'query') return queryRules;
  return kind === 'neo4j-query' ? [checkSingleStatement] : [];
}

/** Checks one file; `file` is the path to report (e.g. `cypher/queries/x.cypher`). */
export function checkCypherFile(file: string, source: string): CypherFinding[] {
  const kind = classifyCypherFile(file);
  if (kind === 'embedded-schema') return [];
  const header = parseQueryHeader(source);
  const rules = ruleFindings(source, rulesFor(kind));
  // A construct a rule names precisely is not reported a second time by the front end.
  const ruleOffsets = new Set(rules.map((finding) => finding.offset));
  const lint = lintFindings(
    source,
    header.parameters.map((parameter) => parameter.name),
    kind === 'neo4j-query',
  ).filter((finding) => !ruleOffsets.has(finding.offset));
  const located = [...lint, ...rules].map(({ offset, message }) => ({
    file,
    ...positionAt(source, offset),
    message,
  }));
  return [...headerFindings(file, source, header), ...located].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** `cypher/queries/x.cypher:3:7 message`. */
export function formatCypherFinding(finding: CypherFinding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.message}`;
}
