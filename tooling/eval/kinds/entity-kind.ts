import type { AnySchemaObject } from 'ajv';

import type { EvalKind } from '../eval-kind.js';
import type { EvalReport } from '../eval-report.js';
import type { ExtractedEntity } from '../extracted.js';
import { labelBaseProperties, readLabelFile, type LabelBase } from '../labels.js';
import { indexLabels, isNamedOnLines, type NamedLabel } from '../names.js';
import type { Bounds, KindScore } from '../score.js';

/**
 * The shape shared by the kinds that count named entities (organisations, initiatives,
 * units): one label per entity with the names the report prints. An extracted entity matches
 * the label one of its names names; a second entity matching the same label is a duplicate
 * (a false positive: one entity, one node); `check` may reject a match (a wrong role).
 */

export interface EntityLabel extends NamedLabel, LabelBase {}

export interface EntityKindSpec<T extends EntityLabel> {
  readonly name: string;
  readonly description: string;
  readonly target: Bounds;
  readonly floor: Bounds;
  /** JSON Schema properties beyond name, aliases, lines and optional. */
  readonly extraProperties?: Record<string, AnySchemaObject>;
  readonly required?: readonly string[];
  extract(report: EvalReport): ExtractedEntity[];
  /** Why an extracted entity does not match its label, or undefined when it does. */
  check?(entity: ExtractedEntity, label: T): string | undefined;
}

export function createEntityKind<T extends EntityLabel>(spec: EntityKindSpec<T>): EvalKind {
  const itemSchema: AnySchemaObject = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'lines', ...(spec.required ?? [])],
    properties: {
      name: { type: 'string', minLength: 2 },
      aliases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      ...labelBaseProperties,
      ...spec.extraProperties,
    },
  };
  const read = (report: EvalReport) => readLabelFile<T>(spec.name, report.reportId, itemSchema);
  return {
    name: spec.name,
    description: spec.description,
    target: spec.target,
    floor: spec.floor,
    evaluate(report) {
      const file = read(report);
      return file && scoreEntities(spec.extract(report), file.labels, spec.check);
    },
    checkLabels(report) {
      const file = read(report);
      if (!file) return [];
      return file.labels
        .filter((l) => !isNamedOnLines([l.name, ...(l.aliases ?? [])], l.lines, report.lines))
        .map(
          (l) =>
            `${spec.name}/${report.reportId}: '${l.name}' is not printed on lines ${l.lines.join(', ')}`,
        );
    },
  };
}

export function scoreEntities<T extends EntityLabel>(
  extracted: readonly ExtractedEntity[],
  labels: readonly T[],
  check?: (entity: ExtractedEntity, label: T) => string | undefined,
): KindScore {
  const index = indexLabels(labels);
  const matched = new Map<T, ExtractedEntity>();
  const falsePositives: string[] = [];
  const ordered = [...extracted].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entity of ordered) {
    const label = index.find(entity.names);
    const shown = `${entity.names[0] ?? entity.id} (${entity.id})`;
    if (!label) {
      falsePositives.push(`${shown}: not labelled`);
      continue;
    }
    if (label.optional) continue;
    const problem = check?.(entity, label);
    if (problem) falsePositives.push(`${shown}: ${problem}`);
    else if (matched.has(label))
      falsePositives.push(`${shown}: duplicate of '${label.name}' (${matched.get(label)!.id})`);
    else matched.set(label, entity);
  }
  const misses = labels
    .filter((l) => !l.optional && !matched.has(l))
    .map((l) => `${l.name} (l.${l.lines.join(', ')})`);
  return { tp: matched.size, fp: falsePositives.length, fn: misses.length, falsePositives, misses };
}
