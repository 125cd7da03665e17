/**
 * Rules on expressions that both engines accept but answer differently (indexing, regular
 * expressions, `CASE x WHEN null`, some functions), or that the embedded engine rejects or
 * gets wrong in ways a test may miss (`||`, `IS ::`, `WHERE n:L`, short-form subqueries,
 * outer names inside list predicates, fractional literals in `MATCH ... WHERE`).
 */
import { findingAt, type PortabilityRule, type RuleFinding } from './rule-finding.js';
import {
  childRule,
  childTokens,
  descendants,
  findRules,
  tokensOf,
  type CypherNode,
} from './syntax-tree.js';

const rejected = 'rejected by the embedded engine';

/** Functions the registry would reject anyway, named here so the message says why. */
const functionMessages: Readonly<Record<string, string>> = {
  substring: 'substring() is 1-based on the embedded engine; slice strings in TypeScript',
  labels: 'labels() returns a string on the embedded engine; return the node and read its label',
  keys: 'keys() lists every column, null or not, on the embedded engine',
  id: 'id() returns an internal struct on the embedded engine; use the id property',
  elementid: 'elementId() does not exist on the embedded engine; use the id property',
  log: 'log() is base 10 on the embedded engine; use log10() or compute in TypeScript',
  reverse: 'reverse() turns a list into a string on the embedded engine; reverse in TypeScript',
  type: `type(r) is ${rejected}; return the relationship or match one type per query`,
  properties: `properties() is ${rejected}; return the node or its properties one by one`,
  tostring: `toString() is ${rejected}; format values in TypeScript`,
  tointeger: `toInteger() is ${rejected}; convert values in TypeScript`,
  tofloat: `toFloat() is ${rejected}; convert values in TypeScript`,
  split: `split() is ${rejected}; split strings in TypeScript`,
  datetime: `datetime() is ${rejected}; pass ISO strings and use date($s)`,
};

function functionName(invocation: CypherNode): string {
  const name = childRule(invocation, 'functionName');
  return name === undefined ? '' : tokensOf(name).join('');
}

function argumentCount(invocation: CypherNode): number {
  return invocation.children.filter((child) => child.rule === 'functionArgument').length;
}

function functionFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'functionInvocation') return [];
  const name = functionName(node).toLowerCase();
  const message = functionMessages[name];
  if (message !== undefined) return [findingAt(node, message)];
  if (name === 'round' && argumentCount(node) !== 2) {
    return [findingAt(node, 'round() needs its precision on the embedded engine: round(x, d)')];
  }
  if (name === 'date' && argumentCount(node) !== 1) {
    return [findingAt(node, 'date() needs an ISO date string on the embedded engine: date($s)')];
  }
  return [];
}

function indexFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'postFix' || childTokens(node)[0] !== '[') return [];
  return [
    findingAt(
      node,
      'list indexing and slicing are 1-based on the embedded engine; do them in TypeScript',
    ),
  ];
}

function comparisonFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'comparisonExpression6') return [];
  const tokens = childTokens(node).map((token) => token.toUpperCase());
  if (tokens[0] === '=~') {
    return [
      findingAt(
        node,
        'regular expressions (=~) differ between the engines (RE2 and Java); use STARTS WITH, ENDS WITH or CONTAINS',
      ),
    ];
  }
  if (tokens.includes('::') || tokens.includes('TYPED')) {
    return [findingAt(node, `type predicates (IS :: T) are ${rejected}`)];
  }
  if (tokens.includes('NORMALIZED'))
    return [findingAt(node, 'IS NORMALIZED is not in the portable subset')];
  if (childRule(node, 'labelExpression4') !== undefined) {
    return [
      findingAt(
        node,
        `label predicates (WHERE n:Label) are ${rejected}; put the label in the pattern`,
      ),
    ];
  }
  return [];
}

function concatenationFindings(node: CypherNode): RuleFinding[] {
  return node.children
    .filter((child) => child.token === '||')
    .map((child) => findingAt(child, `|| is ${rejected}; use + between strings`));
}

/** `EXISTS { (a)-->(b) }` and `COUNT { ... }` must be written with a leading MATCH. */
function subqueryFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'existsExpression' && node.rule !== 'countExpression') return [];
  const keyword = node.rule === 'existsExpression' ? 'EXISTS' : 'COUNT';
  const body = childRule(node, 'queryWithLocalDefinitions');
  const first = body === undefined ? undefined : tokensOf(body)[0]?.toUpperCase();
  if (first === 'MATCH') return [];
  return [
    findingAt(
      node,
      `${keyword} { } must start with MATCH on the embedded engine: ${keyword} { MATCH (...) }`,
    ),
  ];
}

/** Simple `CASE x WHEN null`: the embedded engine matches null, Neo4j never does. */
function caseFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'extendedWhen') return [];
  const tokens = tokensOf(node);
  if (tokens.length === 1 && tokens[0]!.toLowerCase() === 'null') {
    return [
      findingAt(
        node,
        'CASE x WHEN null matches null on the embedded engine only; use CASE WHEN x IS NULL',
      ),
    ];
  }
  if (childRule(node, 'expression') === undefined) {
    return [
      findingAt(
        node,
        'comparisons in a simple CASE WHEN are not in the portable subset; use CASE WHEN x < y',
      ),
    ];
  }
  return [];
}

/**
 * `any/all/none/single(x IN l WHERE p)`: `p` may use only `x` (and the variables of list
 * predicates nested in it) and literals; the embedded engine asserts, crashes or answers
 * wrongly when it sees a parameter or an outer variable there.
 */
function listPredicateFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'listItemsPredicate') return [];
  const whereAt = node.children.findIndex((child) => child.token?.toUpperCase() === 'WHERE');
  const predicate = whereAt === -1 ? undefined : node.children[whereAt + 1];
  if (predicate === undefined) return [];
  const ownVariables = new Set(
    [node, ...findRules(predicate, 'listItemsPredicate')].map((n) =>
      tokensOf(childRule(n, 'variable')!).join(''),
    ),
  );
  const keyword = childTokens(node)[0]!;
  return [...descendants(predicate)].flatMap((inner) => {
    if (inner.rule === 'parameter') {
      return [
        findingAt(
          inner,
          `a parameter inside the predicate of ${keyword}() breaks the embedded engine; UNWIND the parameter and match instead`,
        ),
      ];
    }
    if (inner.rule === 'variable' && !ownVariables.has(tokensOf(inner).join(''))) {
      return [
        findingAt(
          inner,
          `an outer variable inside the predicate of ${keyword}() gives wrong rows on the embedded engine; use only the iteration variable and literals`,
        ),
      ];
    }
    return [];
  });
}

/** A fractional literal in `MATCH ... WHERE` is compared wrongly with INT64 properties. */
function fractionalLiteralFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'matchClause') return [];
  const where = childRule(node, 'whereClause');
  if (where === undefined) return [];
  return findRules(where, 'numberLiteral')
    .filter((literal) => /^[0-9]*\.[0-9]|^[0-9]+[eE]/.test(tokensOf(literal).join('')))
    .map((literal) =>
      findingAt(
        literal,
        'a fractional literal in MATCH ... WHERE is compared wrongly with integers on the embedded engine; pass it as a parameter',
      ),
    );
}

/** Rejects the expression constructs above wherever they appear. */
export const checkExpressions: PortabilityRule = (statements) =>
  statements.flatMap((statement) =>
    [...descendants(statement)].flatMap((node) => [
      ...functionFindings(node),
      ...indexFindings(node),
      ...comparisonFindings(node),
      ...concatenationFindings(node),
      ...subqueryFindings(node),
      ...caseFindings(node),
      ...listPredicateFindings(node),
      ...fractionalLiteralFindings(node),
    ]),
  );
