import type { ForceNode } from '../nodes.js';

/** One piece of evidence that a force is weak on a subject (a topic or a theme). */
export interface WeaknessRow<S, E> {
  readonly subject: S;
  readonly force: ForceNode;
  readonly evidence: E;
}

/** A subject two or more forces are weak on, with the forces and the evidence. */
export interface SharedWeaknessGroup<S, E> {
  subject: S;
  /** The forces, by name. */
  forces: ForceNode[];
  /** The evidence in row order, each item once. */
  evidence: E[];
}

interface Named {
  readonly id: string;
  readonly name: string;
}

/**
 * Groups weakness rows by subject and keeps the subjects at least `minForces` distinct forces
 * are weak on. Most forces first, then most evidence, then subject name; so the weaknesses
 * most widely shared lead. Pure, so that both engines rank alike.
 */
export function groupSharedWeaknesses<S extends Named, E extends { readonly id: string }>(
  rows: readonly WeaknessRow<S, E>[],
  minForces: number,
): SharedWeaknessGroup<S, E>[] {
  const groups = new Map<
    string,
    { subject: S; forces: Map<string, ForceNode>; evidence: Map<string, E> }
  >();
  for (const { subject, force, evidence } of rows) {
    let group = groups.get(subject.id);
    if (!group) {
      group = { subject, forces: new Map(), evidence: new Map() };
      groups.set(subject.id, group);
    }
    group.forces.set(force.id, force);
    if (!group.evidence.has(evidence.id)) group.evidence.set(evidence.id, evidence);
  }
  return [...groups.values()]
    .filter((group) => group.forces.size >= minForces)
    .map((group) => ({
      subject: group.subject,
      forces: [...group.forces.values()].sort(byName),
      evidence: [...group.evidence.values()],
    }))
    .sort(
      (a, b) =>
        b.forces.length - a.forces.length ||
        b.evidence.length - a.evidence.length ||
        byName(a.subject, b.subject),
    );
}

function byName(a: Named, b: Named): number {
  return a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en');
}
