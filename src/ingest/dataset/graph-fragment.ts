import type { PropertyValue } from '../../domain/dataset.js';
import type { NodeLabel, RelationshipType } from '../../domain/model.js';

/**
 * A part of a report's graph as one dataset builder gives it (findings, practice, facts,
 * glossary, entity links): nodes and relationships whose properties are not yet picked and
 * ordered by the model (`buildDataset` does that), and the themes they point at.
 */

export interface GraphNodeDraft {
  readonly label: NodeLabel;
  readonly id: string;
  readonly values: Record<string, PropertyValue | undefined>;
}

export interface GraphRelationshipDraft {
  readonly type: RelationshipType;
  readonly fromLabel: NodeLabel;
  readonly from: string;
  readonly toLabel: NodeLabel;
  readonly to: string;
  readonly values: Record<string, PropertyValue | undefined>;
}

export interface GraphFragment {
  readonly nodes: readonly GraphNodeDraft[];
  readonly relationships: readonly GraphRelationshipDraft[];
  /** Themes the items are on: the dataset needs their Theme nodes (and ancestors). */
  readonly themeIds: readonly string[];
}

/** Several fragments as one: nodes and relationships in order, themes once each, sorted. */
export function mergeFragments(fragments: readonly GraphFragment[]): GraphFragment {
  return {
    nodes: fragments.flatMap((f) => f.nodes),
    relationships: fragments.flatMap((f) => f.relationships),
    themeIds: [...new Set(fragments.flatMap((f) => f.themeIds))].sort(),
  };
}

/** One end of a relationship: the node's label and id. */
export type NodeRef = readonly [NodeLabel, string];

/** A relationship draft from `from` to `to`, with its (not yet picked) property values. */
export function relateNodes(
  type: RelationshipType,
  from: NodeRef,
  to: NodeRef,
  values: Record<string, PropertyValue | undefined> = {},
): GraphRelationshipDraft {
  return { type, fromLabel: from[0], from: from[1], toLabel: to[0], to: to[1], values };
}
