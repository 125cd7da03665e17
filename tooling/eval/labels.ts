import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type AnySchemaObject } from 'ajv';

import { projectRoot } from '../../src/paths.js';

/**
 * The hand-written labels: `test/fixtures/eval/<kind>/<report-id>.json`, one file per kind and
 * report, each `{ note, reportId, sourceFile, labels: [...] }`. The note says how the labels
 * were built and which judgement calls were made; every label carries the line numbers of the
 * report that state it. The envelope is checked here; each kind passes the JSON Schema of its
 * own label items.
 */

export const labelsDir = join(projectRoot, 'test', 'fixtures', 'eval');

/** What every label has: the lines of the seed report that state it, and whether it may be skipped. */
export interface LabelBase {
  readonly lines: readonly number[];
  /**
   * A judgement call: extracting it is not a false positive and missing it is not a miss. The
   * file's note says which calls were made optional and why.
   */
  readonly optional?: boolean;
}

export interface LabelFile<T extends LabelBase> {
  readonly note: string;
  readonly reportId: string;
  readonly sourceFile: string;
  readonly labels: readonly T[];
}

/** The JSON Schema of `lines` and `optional`, for kinds to spread into their item schema. */
export const labelBaseProperties = {
  lines: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1 },
  optional: { type: 'boolean' },
  comment: { type: 'string' },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });

/** The label file of a kind for a report, checked against the schema; undefined when there is none. */
export function readLabelFile<T extends LabelBase>(
  kind: string,
  reportId: string,
  itemSchema: AnySchemaObject,
): LabelFile<T> | undefined {
  const file = join(labelsDir, kind, `${reportId}.json`);
  if (!existsSync(file)) return undefined;
  const validate = ajv.compile<LabelFile<T>>({
    type: 'object',
    additionalProperties: false,
    required: ['note', 'reportId', 'sourceFile', 'labels'],
    properties: {
      $schema: { type: 'string' },
      note: { type: 'string', minLength: 20 },
      reportId: { const: reportId },
      sourceFile: { type: 'string', pattern: '\\.txt$' },
      labels: { type: 'array', items: itemSchema },
    },
  });
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return data;
}

/** Every report some kind has labels for: report id and seed file, sorted by report id. */
export function listLabelledReports(): { reportId: string; sourceFile: string }[] {
  const found = new Map<string, string>();
  if (!existsSync(labelsDir)) return [];
  for (const kind of readdirSync(labelsDir, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const file of readdirSync(join(labelsDir, kind.name))) {
      if (!file.endsWith('.json')) continue;
      const data = JSON.parse(readFileSync(join(labelsDir, kind.name, file), 'utf8')) as {
        sourceFile?: unknown;
      };
      if (typeof data.sourceFile === 'string') found.set(file.slice(0, -5), data.sourceFile);
    }
  }
  return [...found]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reportId, sourceFile]) => ({ reportId, sourceFile }));
}
