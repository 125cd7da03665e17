import type { CypherNode } from './syntax-tree.js';

/** A parse-tree rule's complaint: where (source offset) and why. */
export interface RuleFinding {
  readonly offset: number;
  readonly message: string;
}

/** A parse-tree rule: looks at the statement trees of one file and lists what it rejects. */
export type PortabilityRule = (statements: readonly CypherNode[]) => RuleFinding[];

/** A finding at the start of `node`. */
export function findingAt(node: CypherNode, message: string): RuleFinding {
  return { offset: node.start, message };
}
