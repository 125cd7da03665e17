/**
 * Neo4j's Cypher parse tree with source positions. The language-support package exports the
 * tree only as rule names and token texts (`getDebugTree`), so the positions are recovered by
 * walking the tokens in order through the source, skipping what the lexer skips (white space,
 * `//` and `/* *\/` comments, and the `;` between statements).
 */
import { getDebugTree, type SimpleTree } from '@neo4j-cypher/language-support';

/** A parser rule (with `rule` set) or a token (with `token` set), spanning `[start, end)`. */
export interface CypherNode {
  readonly rule: string | undefined;
  readonly token: string | undefined;
  readonly start: number;
  readonly end: number;
  readonly children: readonly CypherNode[];
}

/** A 1-based line and column. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** The offset of the next token at or after `offset`, past white space, comments and `;`. */
function skipTrivia(source: string, offset: number): number {
  let at = offset;
  for (;;) {
    const char = source[at];
    if (char !== undefined && (/\s/.test(char) || char === ';')) at += 1;
    else if (source.startsWith('//', at)) {
      const newline = source.indexOf('\n', at);
      at = newline === -1 ? source.length : newline + 1;
    } else if (source.startsWith('/*', at)) {
      const close = source.indexOf('*/', at + 2);
      at = close === -1 ? source.length : close + 2;
    } else return at;
  }
}

/**
 * Parses `source` into one tree per statement. A childless debug node is a token when its
 * text is next in the source; otherwise it is an empty rule (such as an empty `namespace`)
 * or a token the parser invented while recovering from an error, and it gets zero width.
 */
export function parseCypherTree(source: string): CypherNode[] {
  let cursor = 0;
  const place = (node: SimpleTree): CypherNode => {
    const children = node.children ?? [];
    if (children.length === 0) {
      const at = skipTrivia(source, cursor);
      if (node.name !== '' && source.startsWith(node.name, at)) {
        cursor = at + node.name.length;
        return { rule: undefined, token: node.name, start: at, end: cursor, children: [] };
      }
      return { rule: node.name, token: undefined, start: cursor, end: cursor, children: [] };
    }
    const placed = children.map(place);
    const spanned = placed.filter((child) => child.end > child.start);
    const start = spanned[0]?.start ?? placed[0]!.start;
    const end = spanned.at(-1)?.end ?? start;
    return { rule: node.name, token: undefined, start, end, children: placed };
  };
  return (getDebugTree(source).children ?? []).map(place);
}

/** Every node below `node` (itself included), depth first, in source order. */
export function* descendants(node: CypherNode): Generator<CypherNode> {
  yield node;
  for (const child of node.children) yield* descendants(child);
}

/** The nodes of rule `rule` below `node` (itself included), in source order. */
export function findRules(node: CypherNode, rule: string): CypherNode[] {
  return [...descendants(node)].filter((n) => n.rule === rule);
}

/** The token texts below `node`, in source order. */
export function tokensOf(node: CypherNode): string[] {
  return [...descendants(node)].flatMap((n) => (n.token === undefined ? [] : [n.token]));
}

/** The token texts of the direct children of `node` that are tokens. */
export function childTokens(node: CypherNode): string[] {
  return node.children.flatMap((child) => (child.token === undefined ? [] : [child.token]));
}

/** The first direct child of rule `rule`, if any. */
export function childRule(node: CypherNode, rule: string): CypherNode | undefined {
  return node.children.find((child) => child.rule === rule);
}

/**
 * Follows single-child rule chains (`expression` → … → `expression1`) down to the rule they
 * wrap, stopping at a `variable` and never descending into a token.
 */
export function unwrap(node: CypherNode): CypherNode {
  let current = node;
  while (current.rule !== 'variable' && current.children.length === 1) {
    const child = current.children[0]!;
    if (child.rule === undefined) break;
    current = child;
  }
  return current;
}

/** The source text a node spans. */
export function textOf(source: string, node: CypherNode): string {
  return source.slice(node.start, node.end);
}

/** Converts an offset into a 1-based line and column. */
export function positionAt(source: string, offset: number): SourcePosition {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}
