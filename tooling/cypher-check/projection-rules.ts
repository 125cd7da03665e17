/**
 * Rules on patterns and projections: single-label label expressions, aliased RETURN/WITH
 * items, `WITH ... ORDER BY` needing SKIP/LIMIT, and the embedded engine's wrong answer for
 * an aggregate with no grouping key right after `WITH ... ORDER BY ... LIMIT`.
 */
import { findingAt, type PortabilityRule, type RuleFinding } from './rule-finding.js';
import {
  childRule,
  childTokens,
  descendants,
  findRules,
  tokensOf,
  unwrap,
  type CypherNode,
} from './syntax-tree.js';

/**
 * A label expression must be `:A` or `:A|B`. `:A:B` and `:A&B` mean OR on the embedded engine
 * and AND on Neo4j; `!`, `%`, `IS`, parentheses and dynamic labels are not portable.
 */
function labelFindings(node: CypherNode): RuleFinding[] {
  if (node.rule !== 'labelExpression') return [];
  if (childTokens(node)[0] !== ':') {
    return [findingAt(node, 'write labels as :A or :A|B (IS is not in the portable subset)')];
  }
  const alternatives = childRule(node, 'labelExpression4')?.children ?? [];
  for (const alternative of alternatives) {
    if (alternative.token !== undefined) continue;
    if (alternative.children.length > 1) {
      return [
        findingAt(
          node,
          'more than one label (:A:B, :A&B) means OR on the embedded engine and AND on Neo4j; a node has one label',
        ),
      ];
    }
    const leaf = alternative.children[0];
    const name = leaf?.children.length === 1 ? leaf.children[0] : undefined;
    if (name?.rule !== 'labelExpression1' || childRule(name, 'symbolicNameString') === undefined) {
      return [
        findingAt(node, 'label expressions other than :A or :A|B are not in the portable subset'),
      ];
    }
  }
  return [];
}

/** True for a plain variable or `variable.property`: the only items whose column names agree. */
function isPlainItem(expression: CypherNode): boolean {
  const inner = unwrap(expression);
  if (inner.rule === 'variable') return true;
  if (inner.rule !== 'expression2' || inner.children.length !== 2) return false;
  const [base, postFix] = inner.children;
  return unwrap(base!).rule === 'variable' && postFix?.children[0]?.rule === 'property';
}

function pathVariables(statement: CypherNode): Set<string> {
  return new Set(
    findRules(statement, 'pattern')
      .filter((pattern) => pattern.children[1]?.token === '=')
      .map((pattern) => tokensOf(pattern.children[0]!).join('')),
  );
}

function returnItemFindings(statement: CypherNode): RuleFinding[] {
  const paths = pathVariables(statement);
  return findRules(statement, 'returnItem').flatMap((item) => {
    if (item.children.some((child) => child.token?.toUpperCase() === 'AS')) return [];
    const expression = item.children[0]!;
    if (!isPlainItem(expression)) {
      return [
        findingAt(
          item,
          'alias this item (expr AS name): the engines name unaliased columns differently',
        ),
      ];
    }
    const name = tokensOf(expression).join('');
    if (paths.has(name)) {
      return [findingAt(item, `the embedded engine needs paths aliased: ${name} AS ${name}`)];
    }
    return [];
  });
}

const aggregateFunctions = new Set([
  'count',
  'collect',
  'sum',
  'avg',
  'min',
  'max',
  'percentilecont',
  'percentiledisc',
  'stdev',
  'stdevp',
]);
const subqueryRules = new Set(['existsExpression', 'countExpression', 'collectExpression']);

/** True when `node` aggregates outside any nested subquery. */
function aggregates(node: CypherNode): boolean {
  if (node.rule !== undefined && subqueryRules.has(node.rule)) return false;
  if (node.rule === 'countStar') return true;
  if (node.rule === 'functionInvocation') {
    const name = tokensOf(childRule(node, 'functionName')!).join('').toLowerCase();
    if (aggregateFunctions.has(name)) return true;
  }
  return node.children.some(aggregates);
}

function projectionItems(clause: CypherNode): CypherNode[] {
  const body = childRule(clause, 'returnBody');
  const items = body === undefined ? undefined : childRule(body, 'returnItems');
  return items?.children.filter((child) => child.rule === 'returnItem') ?? [];
}

/**
 * `WITH ... ORDER BY` needs SKIP or LIMIT on the embedded engine, and an aggregate with no
 * grouping key in the next WITH/RETURN ignores that ORDER BY there (it takes the first k rows
 * in storage order).
 */
function orderedWithFindings(query: CypherNode): RuleFinding[] {
  const clauses = query.children
    .filter((child) => child.rule === 'clause')
    .map((clause) => clause.children[0]!);
  const findings: RuleFinding[] = [];
  clauses.forEach((clause, index) => {
    if (clause.rule !== 'withClause') return;
    const body = childRule(clause, 'returnBody');
    const orderBy = body === undefined ? undefined : childRule(body, 'orderBy');
    if (body === undefined || orderBy === undefined) return;
    if (childRule(body, 'skip') === undefined && childRule(body, 'limit') === undefined) {
      findings.push(
        findingAt(
          orderBy,
          'ORDER BY in WITH needs SKIP or LIMIT on the embedded engine; order in RETURN',
        ),
      );
      return;
    }
    const next = clauses
      .slice(index + 1)
      .find((later) => later.rule === 'withClause' || later.rule === 'returnClause');
    const items = next === undefined ? [] : projectionItems(next);
    if (items.length > 0 && items.every(aggregates)) {
      findings.push(
        findingAt(
          next!,
          'an aggregate with no grouping key after WITH ... ORDER BY ... LIMIT ignores the ORDER BY on the embedded engine; take the top k in RETURN and aggregate in TypeScript',
        ),
      );
    }
  });
  return findings;
}

/** Label expressions and projections, as described above. */
export const checkPatternsAndProjections: PortabilityRule = (statements) =>
  statements.flatMap((statement) => [
    ...[...descendants(statement)].flatMap(labelFindings),
    ...returnItemFindings(statement),
    ...findRules(statement, 'singleQuery').flatMap(orderedWithFindings),
  ]);
