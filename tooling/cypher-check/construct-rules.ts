/**
 * Rules that reject a construct wherever it appears, by its grammar rule: clauses and
 * expressions the embedded engine cannot parse (so the message says what to write instead),
 * and Neo4j-only grammar outside the portable subset.
 */
import { findingAt, type PortabilityRule, type RuleFinding } from './rule-finding.js';
import { childRule, childTokens, descendants, type CypherNode } from './syntax-tree.js';

const rejected = 'rejected by the embedded engine';

/** Grammar rules that are never portable, with the message to report. */
const forbiddenRules: Readonly<Record<string, string>> = {
  subqueryClause: `CALL { } is ${rejected}; use EXISTS { MATCH ... } or COUNT { MATCH ... }, or split the query`,
  callClause: 'procedure calls are engine-specific and not in the portable subset',
  foreachClause: `FOREACH is ${rejected}; use UNWIND`,
  removeClause: `REMOVE is ${rejected}; use SET n.p = null`,
  loadCSVClause: 'LOAD CSV is not in the portable subset',
  useClause: 'USE is not in the portable subset',
  finishClause: 'FINISH is not in the portable subset',
  insertClause: 'INSERT is not in the portable subset; use CREATE or MERGE',
  filterClause: 'FILTER is not in the portable subset; use WITH ... WHERE',
  letClause: 'LET is not in the portable subset; use WITH ... AS',
  forListClause: 'FOR is not in the portable subset; use UNWIND',
  orderBySkipLimitClause: 'a stand-alone ORDER BY/SKIP/LIMIT clause is not in the portable subset',
  composableCommandClauses: 'administration commands are not in the portable subset',
  command: 'schema and administration commands belong in cypher/schema/, not in a query file',
  localDefinition: 'DEFINE is not in the portable subset',
  mapProjection: `map projections (n {.a}) are ${rejected}; return n.a AS a`,
  listComprehension: `list comprehensions are ${rejected}; do it in TypeScript`,
  patternComprehension: `pattern comprehensions are ${rejected}; use OPTIONAL MATCH and collect`,
  reduceExpression: `reduce is ${rejected}; aggregate or do it in TypeScript`,
  allReduceExpression: 'allReduce is not in the portable subset',
  collectExpression: `COLLECT { } subqueries are ${rejected}; use OPTIONAL MATCH and collect`,
  shortestPathPattern: `shortestPath is ${rejected}; search paths in TypeScript`,
  shortestPathExpression: `shortestPath is ${rejected}; search paths in TypeScript`,
  pathPatternPrefix: `path selectors (SHORTEST, ANY, ALL) are ${rejected}; search paths in TypeScript`,
  quantifier: `quantified path patterns are ${rejected}; use a variable-length relationship [*a..b]`,
  normalizeFunction: 'normalize is not in the portable subset',
  vectorFunction: 'vector functions are not in the portable subset',
  vectorDistanceFunction: 'vector functions are not in the portable subset',
  vectorNormFunction: 'vector functions are not in the portable subset',
  interpolatedStringLiteral: 'interpolated strings are not in the portable subset',
  when: 'conditional queries (WHEN ... THEN) are not in the portable subset',
};

function ruleOf(node: CypherNode): RuleFinding[] {
  const message = node.rule === undefined ? undefined : forbiddenRules[node.rule];
  return message === undefined ? [] : [findingAt(node, message)];
}

/** `SET n += $m`, `SET n = $m` and `SET n:L`, all rejected by the embedded engine. */
function setItemFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'setItem') return [];
  const operator = childTokens(node)[0];
  if (operator === '+=') {
    return [
      findingAt(node, `SET n += map is ${rejected}; set properties one by one (SET n.a = row.a)`),
    ];
  }
  if (operator === '=' && node.children[0]?.rule === 'variable') {
    return [
      findingAt(node, `SET n = map is ${rejected}; set properties one by one (SET n.a = row.a)`),
    ];
  }
  if (childRule(node, 'nodeLabels') ?? childRule(node, 'nodeLabelsIs')) {
    return [findingAt(node, `SET n:Label is ${rejected}; a node has exactly one label`)];
  }
  return [];
}

/** `SKIP` is the portable spelling; `OFFSET` is Neo4j-only. */
function offsetFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'skip' || childTokens(node)[0]?.toUpperCase() !== 'OFFSET') return [];
  return [findingAt(node, `OFFSET is ${rejected}; use SKIP`)];
}

/** `(n:L $props)` / `{id: ...}` maps are portable, a parameter in their place is not. */
function parameterMapFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'properties' || childRule(node, 'parameter') === undefined) return [];
  return [findingAt(node, `a parameter map in a pattern is ${rejected}; write {id: $id}`)];
}

/** Rejects the constructs above wherever they appear. */
export const checkForbiddenConstructs: PortabilityRule = (statements) =>
  statements.flatMap((statement) =>
    [...descendants(statement)].flatMap((node) => [
      ...ruleOf(node),
      ...setItemFindings(node),
      ...offsetFindings(node),
      ...parameterMapFindings(node),
    ]),
  );

/** One statement per file: a second one is reported where it starts (stray `;` aside). */
export const checkSingleStatement: PortabilityRule = (statements) =>
  statements
    .filter((statement) => statement.end > statement.start)
    .slice(1)
    .map((statement) =>
      findingAt(statement, 'more than one statement; keep one statement per file'),
    );
