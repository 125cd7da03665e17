import {
  ExplorerArrangementPartnersDocument,
  ExplorerNeighbourhoodDocument,
  ExplorerNodeByIdDocument,
  ExplorerPathsDocument,
  ExplorerSharedWeaknessesDocument,
} from '../generated/operations.js';

/** One request that put entities on the canvas, kept so the view can be reproduced. */
export type ViewStep =
  | { kind: 'neighbourhood'; variables: { id: string; depth: number; maxNodes: number } }
  | { kind: 'node'; variables: { id: string } }
  | { kind: 'paths'; variables: { fromId: string; toId: string; maxHops: number } }
  | { kind: 'arrangementPartners'; variables: { arrangement: string } }
  | { kind: 'sharedWeaknesses'; variables: { minForces: number }; topicId: string };

const documents = {
  neighbourhood: ExplorerNeighbourhoodDocument,
  node: ExplorerNodeByIdDocument,
  paths: ExplorerPathsDocument,
  arrangementPartners: ExplorerArrangementPartnersDocument,
  sharedWeaknesses: ExplorerSharedWeaknessesDocument,
} as const;

/** A GraphQL literal for a variable's value (strings and numbers are all the explorer sends). */
function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return JSON.stringify(String(value));
}

/**
 * The root field of a one-field operation with its variables written in as literals and an
 * alias in front: the selection the explorer sent, ready to stand beside others in one query.
 */
export function inlineRootField(
  operation: string,
  variables: Record<string, unknown>,
  alias: string,
): string {
  const open = operation.indexOf('{', operation.indexOf(')') + 1);
  let depth = 0;
  let close = -1;
  for (let i = open; i < operation.length; i++) {
    if (operation[i] === '{') depth++;
    else if (operation[i] === '}' && --depth === 0) {
      close = i;
      break;
    }
  }
  const body = operation
    .slice(open + 1, close)
    .replace(/\$(\w+)/g, (_match, name: string) => literal(variables[name]))
    .trim();
  return `${alias}: ${body}`;
}

/** The fragment definitions of generated documents (each follows its operation), once each. */
function fragmentsOf(documents: readonly string[]): string {
  const byName = new Map<string, string>();
  for (const document of documents) {
    for (const definition of document.split(/\n(?=\s*fragment )/).slice(1)) {
      const text = definition.trim();
      const name = /^fragment (\w+)/.exec(text)?.[1];
      if (name !== undefined && !byName.has(name)) byName.set(name, text);
    }
  }
  return [...byName.values()].join('\n\n');
}

/** Notes on what the view leaves out, printed as comments above the query. */
export interface ViewNotes {
  readonly entities: number;
  readonly relationships: number;
  readonly hidden: readonly string[];
  readonly filter: readonly string[];
}

/**
 * One query that fetches everything the view was built from: each request the explorer made,
 * as an aliased root field, with the explorer's fragments. Hidden entities and filters are
 * choices made in the page, so they are listed as comments.
 */
export function viewQuery(steps: readonly ViewStep[], notes: ViewNotes): string {
  const comments = [
    `# The explorer view: ${notes.entities} entities and ${notes.relationships} relationships, from ${steps.length} request${steps.length === 1 ? '' : 's'}.`,
  ];
  for (const step of steps)
    if (step.kind === 'sharedWeaknesses')
      comments.push(`# The view shows the entry of topic "${step.topicId}".`);
  if (notes.hidden.length > 0) comments.push(`# Hidden in the view: ${notes.hidden.join(', ')}.`);
  if (notes.filter.length > 0) comments.push(`# Filtered in the view: ${notes.filter.join('; ')}.`);
  if (steps.length === 0) return `${comments.join('\n')}\nquery ExplorerView {\n  __typename\n}\n`;
  const fields = steps.map((step, index) =>
    inlineRootField(documents[step.kind].toString(), step.variables, `step${index + 1}`)
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  );
  const fragments = fragmentsOf(steps.map((step) => documents[step.kind].toString()));
  return `${comments.join('\n')}\nquery ExplorerView {\n${fields.join('\n')}\n}\n\n${fragments}\n`;
}
