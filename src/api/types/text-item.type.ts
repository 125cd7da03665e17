import { Field, Int, InterfaceType } from 'type-graphql';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type {
  FootnoteNode,
  ForceNode,
  ReportNode,
  SectionNode,
  ThemeNode,
  TopicNode,
} from '../nodes.js';
import { Evidence } from './evidence.type.js';
import { Footnote } from './footnote.type.js';
import { Force } from './force.type.js';
import { Mention } from './links.type.js';
import { Node } from './node.type.js';
import { Report } from './report.type.js';
import { Section } from './section.type.js';
import { Theme } from './theme.type.js';
import { Topic, TopicTag } from './topic.type.js';

/**
 * What findings and recommendations share, so a client can select it once (`... on TextItem`)
 * wherever either comes back (search hits, mention sources). The fields are resolved by each
 * type's own resolvers (`text-item.resolver.ts`, `item-section.resolver.ts`); the costs here
 * price a selection made through the interface like one made on the type. Property types are
 * the store's shapes, not the classes, so no class is needed while the modules load.
 */
@InterfaceType({
  implements: Node,
  description:
    'An item a report prints about a force: a finding or a recommendation, with its text, where the report prints it and what it is about.',
  resolveType: (value: { _label?: string }) => value._label,
})
export abstract class TextItem extends Node {
  @Field(() => String, { description: 'The full text as printed, joined across page breaks.' })
  text!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Position of the item in its list within the report (1 = first).',
  })
  ordinal!: number | null;

  @Field(() => Evidence, { description: 'Where the report prints the item.' })
  evidence!: unknown;

  @Field(() => Report, {
    complexity: relationshipComplexity,
    description: 'The report the item comes from.',
  })
  report!: ReportNode;

  @Field(() => Force, {
    complexity: relationshipComplexity,
    description: 'The force the item is about.',
  })
  force!: ForceNode;

  @Field(() => Theme, {
    nullable: true,
    complexity: relationshipComplexity,
    description: 'The inspection theme the item sits under.',
  })
  theme!: ThemeNode | null;

  @Field(() => [Topic], {
    complexity: relationshipComplexity,
    description: 'Topics the item is about (see `tags` for the matching cues).',
  })
  topics!: TopicNode[];

  @Field(() => [TopicTag], {
    complexity: relationshipComplexity,
    description: 'Topics with the cue in the text that matched each.',
  })
  tags!: unknown[];

  @Field(() => [Mention], {
    complexity: relationshipComplexity,
    description: 'Partner agencies, bodies, units, initiatives and forces the text names.',
  })
  mentions!: unknown[];

  @Field(() => Section, {
    nullable: true,
    complexity: relationshipComplexity,
    description: "The section the item is printed in, with its place in the report's tree.",
  })
  section!: SectionNode | null;

  @Field(() => [Footnote], {
    complexity: relationshipComplexity,
    description: "The footnotes the item's text marks, in order.",
  })
  footnotes!: FootnoteNode[];
}
