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
import { buildLintSchema } from './lint-schema.js';
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
 * Neo4j DDL scripts (several statements, no portability rules); everything else is a portable
 * query.
 */
export type CypherFileKind = 'embedded-schema' | 'neo4j-schema' | 'query';

export function classifyCypherFile(path: string): CypherFileKind {
  if (/(^|\/)schema\/embedded[^/]*\.cypher$/.test(path)) return 'embedded-schema';
  if (/(^|\/)schema\/[^/]*\.cypher$/.test(path)) return 'neo4j-schema';
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

function lintFindings(source: string, declared: readonly string[]): RuleFinding[] {
  const { diagnostics } = lintCypherQuery(source, buildLintSchema(declared));
  return diagnostics
    .filter(
      (d) =>
        d.severity === errorSeverity || (d.severity === warningSeverity && !isToleratedWarning(d)),
    )
    .map((d) => ({ offset: d.offsets.start, message: messageOf(d) }));
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

function ruleFindings(source: string): RuleFinding[] {
  const statements = parseCypherTree(source);
  return queryRules.flatMap((rule) => rule(statements));
}

/** Checks one file; `file` is the path to report (e.g. `cypher/queries/x.cypher`). */
export function checkCypherFile(file: string, source: string): CypherFinding[] {
  const kind = classifyCypherFile(file);
  if (kind === 'embedded-schema') return [];
  const header = parseQueryHeader(source);
  const rules = kind === 'query' ? ruleFindings(source) : [];
  // A construct a rule names precisely is not reported a second time by the front end.
  const ruleOffsets = new Set(rules.map((finding) => finding.offset));
  const lint = lintFindings(
    source,
    header.parameters.map((parameter) => parameter.name),
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
