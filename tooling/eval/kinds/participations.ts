import type { AnySchemaObject } from 'ajv';

import {
  participationRoles,
  participationScopes,
  type ParticipationRole,
  type ParticipationScope,
} from '../../../src/domain/organisation-roles.js';
import type { EvalKind } from '../eval-kind.js';
import type { EvalReport } from '../eval-report.js';
import { listParticipations, type ExtractedParticipation } from '../extracted.js';
import { labelBaseProperties, readLabelFile, type LabelBase } from '../labels.js';
import { indexLabels, type LabelIndex } from '../names.js';
import type { Bounds, KindScore } from '../score.js';
import type { EntityLabel } from './entity-kind.js';

/**
 * Participations (PARTICIPATES_IN): which organisation takes part in which arrangement, in what
 * role, and whether the text speaks of the force's own arrangement (FORCE) or of the
 * arrangement nationally (NATIONAL). Endpoints are resolved to labels through the report's
 * organisation and initiative labels; a link matches a label when partner, arrangement and
 * scope agree (`participations`), and also the role (`participation-roles`).
 */

interface ParticipationLabel extends LabelBase {
  readonly partner: string;
  readonly arrangement: string;
  readonly role: ParticipationRole;
  readonly scope: ParticipationScope;
}

const itemSchema: AnySchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['partner', 'arrangement', 'role', 'scope', 'lines'],
  properties: {
    partner: { type: 'string' },
    arrangement: { type: 'string' },
    role: { enum: [...participationRoles] },
    scope: { enum: [...participationScopes] },
    ...labelBaseProperties,
  },
};

const entitySchema: AnySchemaObject = { type: 'object' };

interface Labelled {
  readonly participations: readonly ParticipationLabel[];
  readonly organisations: LabelIndex<EntityLabel>;
  readonly initiatives: LabelIndex<EntityLabel>;
}

function readLabelled(report: EvalReport): Labelled | undefined {
  const file = readLabelFile<ParticipationLabel>('participations', report.reportId, itemSchema);
  if (!file) return undefined;
  const entities = (kind: string): LabelIndex<EntityLabel> =>
    indexLabels(readLabelFile<EntityLabel>(kind, report.reportId, entitySchema)?.labels ?? []);
  return {
    participations: file.labels,
    organisations: entities('organisations'),
    initiatives: entities('initiatives'),
  };
}

function createParticipationKind(spec: {
  name: string;
  description: string;
  withRole: boolean;
  target: Bounds;
  floor: Bounds;
}): EvalKind {
  const keyOf = (partner: string, arrangement: string, scope: string, role: string | null) =>
    [partner, arrangement, scope, ...(spec.withRole ? [role ?? 'no role'] : [])].join(' | ');
  return {
    name: spec.name,
    description: spec.description,
    target: spec.target,
    floor: spec.floor,
    evaluate(report) {
      const labelled = readLabelled(report);
      return labelled && scoreParticipations(listParticipations(report.dataset), labelled, keyOf);
    },
    checkLabels(report) {
      const labelled = spec.withRole ? undefined : readLabelled(report);
      if (!labelled) return [];
      return labelled.participations.flatMap((p) => [
        ...(labelled.organisations.byName(p.partner)
          ? []
          : [`participations/${report.reportId}: no organisation label '${p.partner}'`]),
        ...(labelled.initiatives.byName(p.arrangement)
          ? []
          : [`participations/${report.reportId}: no initiative label '${p.arrangement}'`]),
        ...(p.lines.every((n) => n <= report.lines.length)
          ? []
          : [`participations/${report.reportId}: line beyond the end of the report`]),
      ]);
    },
  };
}

function scoreParticipations(
  extracted: readonly ExtractedParticipation[],
  labelled: Labelled,
  keyOf: (partner: string, arrangement: string, scope: string, role: string | null) => string,
): KindScore {
  const wanted = new Map<string, ParticipationLabel>();
  for (const p of labelled.participations)
    wanted.set(keyOf(p.partner, p.arrangement, p.scope, p.role), p);
  const found = new Set<string>();
  const falsePositives: string[] = [];
  for (const link of extracted) {
    const partner = labelled.organisations.find(link.partner.names);
    const arrangement = labelled.initiatives.find(link.arrangement.names);
    const key = keyOf(
      partner?.name ?? `?${link.partner.names[0]}`,
      arrangement?.name ?? `?${link.arrangement.names[0]}`,
      link.scope,
      link.role,
    );
    const label = wanted.get(key);
    if (label?.optional || found.has(key)) continue;
    if (label) found.add(key);
    else falsePositives.push(`${key}: not labelled ("${link.quote}")`);
  }
  const misses = [...wanted]
    .filter(([key, label]) => !label.optional && !found.has(key))
    .map(([key, label]) => `${key} (l.${label.lines.join(', ')})`);
  return { tp: found.size, fp: falsePositives.length, fn: misses.length, falsePositives, misses };
}

/** Who takes part in which arrangement, force-specific or national. */
export const participations = createParticipationKind({
  name: 'participations',
  description: 'partner in arrangement, with scope FORCE or NATIONAL (role not compared)',
  withRole: false,
  target: { precision: 0.95 },
  floor: { precision: 0.95, recall: 0.88 },
});

/** The same, with the role the partner plays. */
export const participationsWithRoles = createParticipationKind({
  name: 'participation-roles',
  description: 'partner in arrangement with scope and role (member, chair, funder, ...)',
  withRole: true,
  target: { precision: 0.95 },
  floor: { precision: 0.95, recall: 0.88 },
});
