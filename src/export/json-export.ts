/**
 * The `json` export: the GraphDataset itself (`schema/graph-dataset.schema.json`), one node
 * or relationship per line, so large exports stream out in pieces and diff line by line.
 * `JSON.parse` of the text gives back the dataset exactly.
 */
import type { GraphDataset } from '../domain/dataset.js';

function* renderItems(name: string, items: readonly unknown[], last: boolean): Generator<string> {
  yield `  "${name}": [${items.length === 0 ? '' : '\n'}`;
  for (const [index, item] of items.entries()) {
    yield `    ${JSON.stringify(item)}${index < items.length - 1 ? ',' : ''}\n`;
  }
  yield `${items.length === 0 ? '' : '  '}]${last ? '' : ','}\n`;
}

/** The document, in pieces to write one after the other. */
export function* renderDatasetJson(dataset: GraphDataset): Generator<string> {
  yield '{\n';
  yield* renderItems('nodes', dataset.nodes, false);
  yield* renderItems('relationships', dataset.relationships, true);
  yield '}\n';
}
