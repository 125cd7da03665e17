import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { findingKinds, type FindingKind as Kind } from '../../domain/finding-kinds.js';
import { Node } from './node.type.js';

/** The GraphQL enum of `src/domain/finding-kinds.ts`: each kind is its own name and value. */
export const FindingKind = Object.fromEntries(findingKinds.map((kind) => [kind, kind])) as {
  readonly [K in Kind]: K;
};
export type FindingKind = Kind;

registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What kind of statement a finding is, as the report heads the list it sits in.',
  valuesConfig: {
    STRENGTH: {
      description:
        'Something the force does well ("Strengths"; some reports head these lists "Evidence").',
    },
    WORK_IN_PROGRESS: {
      description: 'Improvement the force has started but not completed ("Work in progress").',
    },
    AREA_FOR_IMPROVEMENT: {
      description: 'A weakness the inspectors want addressed ("Areas for improvement").',
    },
    CAUSE_OF_CONCERN: {
      description:
        'A serious weakness (PEEL "Cause of concern"), always followed by recommendations.',
    },
  },
});

@ObjectType({
  implements: Node,
  description:
    'One item an inspection report lists about a force on a theme: a strength, work in progress, an area for improvement or a cause of concern. The text is the whole bullet or paragraph as printed, joined across page breaks.',
})
export class Finding extends Node {
  @Field(() => FindingKind, {
    description: 'Strength, work in progress, area for improvement or cause of concern.',
  })
  kind!: FindingKind;

  @Field(() => String, { description: 'The full text of the item.' })
  text!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Position of the item in its list (1 = first) within the report, theme and kind.',
  })
  ordinal!: number | null;
}
