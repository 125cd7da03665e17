import { createUnionType, Field, ObjectType } from 'type-graphql';
import type { AnyNode } from '../nodes.js';
import { Evidence } from './evidence.type.js';
import { Finding } from './finding.type.js';
import { Footnote } from './footnote.type.js';
import { Initiative } from './initiative.type.js';
import { resolveByLabel } from './links.type.js';
import { Node } from './node.type.js';
import { Passage } from './passage.type.js';
import { Recommendation } from './recommendation.type.js';

// Apart from links.type.ts: findings import the TextItem interface, which lists `Mention`, so
// the module that declares `Mention` must not load the finding module.

/** What names entities (the sources of MENTIONS), for `MentionSource.source`. */
export const MentioningItem = createUnionType({
  name: 'MentioningItem',
  description:
    "Report text that names entities: a finding, recommendation, initiative's description, narrative passage or footnote.",
  types: () => [Finding, Recommendation, Initiative, Passage, Footnote] as const,
  resolveType: resolveByLabel,
});

@ObjectType({
  description:
    'A finding, recommendation, initiative, passage or footnote whose text names an entity, with the sentence that names it.',
})
export class MentionSource {
  @Field(() => MentioningItem, {
    description:
      'The finding, recommendation, initiative, passage or footnote whose text names the entity; switch on `__typename`.',
  })
  source!: AnyNode;

  @Field(() => Node, {
    description: 'The finding, recommendation or initiative.',
    deprecationReason: 'Use `source`, whose union type lists what can name an entity.',
  })
  item!: Node;

  @Field(() => Evidence, { description: 'Where its text names the entity.' })
  evidence!: Evidence;
}
