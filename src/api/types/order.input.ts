import { Field, InputType, registerEnumType } from 'type-graphql';

/** Which way a list is ordered (GitHub's `OrderDirection`). */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way an ordered list runs.',
  valuesConfig: {
    ASC: { description: 'Ascending: oldest, lowest or best first.' },
    DESC: { description: 'Descending: newest, highest or worst first.' },
  },
});

/** What findings and recommendations can be ordered by. */
export enum TextItemOrderField {
  PUBLISHED_ON = 'PUBLISHED_ON',
}

registerEnumType(TextItemOrderField, {
  name: 'TextItemOrderField',
  description: 'What a list of findings or recommendations is ordered by.',
  valuesConfig: {
    PUBLISHED_ON: {
      description:
        "The report's month of publication (then report id); within a report, always the order it prints them.",
    },
  },
});

/** True when the order asks for the oldest report first. */
export function isAscending(order: { direction: OrderDirection } | null | undefined): boolean {
  return order?.direction === OrderDirection.ASC;
}

@InputType({
  description:
    'How to order findings: `{ field: PUBLISHED_ON, direction: DESC }` (the default) lists the newest report first.',
})
export class FindingOrder {
  @Field(() => TextItemOrderField, {
    defaultValue: TextItemOrderField.PUBLISHED_ON,
    description: 'What to order by.',
  })
  field!: TextItemOrderField;

  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.DESC,
    description: 'DESC: newest report first; ASC: oldest first.',
  })
  direction!: OrderDirection;
}

@InputType({
  description:
    'How to order recommendations: `{ field: PUBLISHED_ON, direction: DESC }` (the default) lists the newest report first.',
})
export class RecommendationOrder {
  @Field(() => TextItemOrderField, {
    defaultValue: TextItemOrderField.PUBLISHED_ON,
    description: 'What to order by.',
  })
  field!: TextItemOrderField;

  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.DESC,
    description: 'DESC: newest report first; ASC: oldest first.',
  })
  direction!: OrderDirection;
}
