import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import type { GraphDataset } from '../../src/domain/dataset.js';
import { format, resolveConfig } from 'prettier';

import {
  buildDatasetJsonSchema,
  renderDatasetJsonSchema,
} from '../../tooling/generate/dataset-schema.js';
import { renderDatasetJson } from '../../src/export/json-export.js';
import {
  createDatasetValidator,
  datasetSchemaFileName,
  DatasetValidationError,
} from '../../src/export/validate-dataset.js';
import { loadDataset } from '../../src/graph/load-dataset.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import { readDataset } from '../../src/graph/read-dataset.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ingestReportFiles, listReportFiles } from '../../src/ingest/io/load-reports.js';
import { schemaDir, seedReportsDir } from '../../src/paths.js';
import { useTestStores } from '../support/embedded-store.js';
import { buildSampleDataset } from './sample-dataset.js';

const validate = createDatasetValidator();

/** The sample with one change applied to a copy. */
function withChange(change: (dataset: GraphDataset) => void): unknown {
  const dataset = structuredClone(buildSampleDataset());
  change(dataset);
  return dataset;
}

function problemsOf(value: unknown): readonly string[] {
  try {
    validate(value);
  } catch (error) {
    if (error instanceof DatasetValidationError) return error.problems;
    throw error;
  }
  return [];
}

async function countGraph(store: GraphStore, catalog: Catalog) {
  const [nodes] = await store.read(catalog.queries.nodeCount);
  const [relationships] = await store.read(catalog.queries.relationshipCount);
  return { nodes: nodes!['nodes'], relationships: relationships!['relationships'] };
}

describe('the GraphDataset JSON Schema', () => {
  it('is committed exactly as the model generates it (run npm run gen:cypher when it differs)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(join(schemaDir, datasetSchemaFileName), 'utf8'),
    );
    assert.deepEqual(committed, buildDatasetJsonSchema());
  });

  it('is laid out as Prettier lays it out, so the format check passes on generated output', async () => {
    const file = join(schemaDir, datasetSchemaFileName);
    const text = renderDatasetJsonSchema();
    const options = (await resolveConfig(file)) ?? {};
    assert.equal(await format(text, { ...options, filepath: file }), text);
  });

  it('accepts every label, relationship pair and property type, and a missing property', () => {
    assert.deepEqual(problemsOf(buildSampleDataset()), []);
    const sparse = withChange((d) => {
      d.nodes[0]!.properties = {};
    });
    assert.deepEqual(problemsOf(sparse), []);
  });

  it('names what is wrong and where', () => {
    const cases: Array<[string, unknown, string]> = [
      ['no nodes array', { relationships: [] }, "(top level) must have required property 'nodes'"],
      [
        'an unknown label',
        withChange((d) => {
          (d.nodes[0] as { label: string }).label = 'Person';
        }),
        '/nodes/0/label must be equal to one of the allowed values',
      ],
      [
        'a property the label does not declare',
        withChange((d) => {
          const force = d.nodes.find((n) => n.label === 'Force')!;
          force.properties['population'] = 5;
        }),
        'must NOT have additional properties (population)',
      ],
      [
        'a value of the wrong type',
        withChange((d) => {
          const judgement = d.nodes.find((n) => n.label === 'Judgement')!;
          judgement.properties['rank'] = 'high';
        }),
        '/properties/rank must be integer,null',
      ],
      [
        'a list of the wrong element type',
        withChange((d) => {
          const force = d.nodes.find((n) => n.label === 'Force')!;
          force.properties['aliases'] = [1];
        }),
        '/properties/aliases/0 must be string',
      ],
      [
        'a relationship between labels the model does not join',
        withChange((d) => {
          const inspects = d.relationships.find((r) => r.type === 'INSPECTS')!;
          inspects.fromLabel = 'Theme';
        }),
        'must match a schema in anyOf',
      ],
      [
        'an empty id',
        withChange((d) => {
          d.nodes[0]!.id = '';
        }),
        '/nodes/0/id must NOT have fewer than 1 characters',
      ],
      [
        'the same node twice',
        withChange((d) => {
          d.nodes.push(structuredClone(d.nodes[0]!));
        }),
        'repeats',
      ],
    ];
    for (const [what, value, expected] of cases) {
      const problems = problemsOf(value);
      assert.ok(
        problems.some((problem) => problem.includes(expected)),
        `${what}: ${JSON.stringify(problems)}`,
      );
    }
  });
});

describe('the json export', () => {
  const catalog: Catalog = loadCatalog();
  const openStore = useTestStores(catalog.schema.embedded);

  it('parses back to the same dataset, which the schema accepts', () => {
    const sample = buildSampleDataset();
    const parsed: unknown = JSON.parse([...renderDatasetJson(sample)].join(''));
    assert.deepEqual(validate(parsed), sample);
    const empty: unknown = JSON.parse(
      [...renderDatasetJson({ nodes: [], relationships: [] })].join(''),
    );
    assert.deepEqual(empty, { nodes: [], relationships: [] });
  });

  it('round-trips the seed graph: ingest, export, import into a fresh store, read the same graph', async () => {
    const source = await openStore();
    await ingestReportFiles(source, catalog, await listReportFiles(seedReportsDir));
    const exported = await readDataset(source, catalog.export);
    const text = [...renderDatasetJson(exported)].join('');

    const target = await openStore();
    await loadDataset(target, validate(JSON.parse(text)), catalog.load);
    assert.deepEqual(await countGraph(target, catalog), await countGraph(source, catalog));
    const reimported = await readDataset(target, catalog.export);
    assert.deepEqual(reimported, exported);
    assert.equal([...renderDatasetJson(reimported)].join(''), text);
  });

  it('round-trips the sample graph with every property type and awkward strings', async () => {
    const sample = buildSampleDataset();
    const store = await openStore();
    const text = [...renderDatasetJson(sample)].join('');
    await loadDataset(store, validate(JSON.parse(text)), catalog.load);
    assert.deepEqual(await readDataset(store, catalog.export), sample);
  });
});
