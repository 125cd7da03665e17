import { Field, Float, Int, ObjectType } from 'type-graphql';
import { comparatorKinds, figureUnits } from '../../domain/figure-vocabulary.js';
import { createConnectionType } from '../pagination/connection.type.js';
import { registerDomainEnum } from './domain-enum.js';
import { Node } from './node.type.js';

export const FigureUnit = registerDomainEnum(figureUnits, {
  name: 'FigureUnit',
  description:
    'The unit a figure is stated in. A count of things per period (`50 cases a month`) is a COUNT with the period in the measure; a ratio printed `1:50` is a RATIO of 50.',
  valuesConfig: {
    PERCENT: { description: 'Per cent (`26.2 percent`, `10.6%`).' },
    PERCENTAGE_POINTS: { description: 'Percentage points (`+28.95pp`).' },
    COUNT: { description: 'A number of things (`727 active OCGs`, `2,471 officers and staff`).' },
    POUNDS: { description: 'Money in pounds sterling, magnitudes expanded (`£73m` is 73000000).' },
    PER_1000_POPULATION: { description: 'A rate per 1,000 people.' },
    PER_1000_HOUSEHOLDS: { description: 'A rate per 1,000 households.' },
    PER_10000_POPULATION: { description: 'A rate per 10,000 people.' },
    PER_MILLION_POPULATION: { description: 'A rate per million people.' },
    PER_100_OFFENCES: { description: 'A rate per 100 offences or crimes (arrests, outcomes).' },
    RATIO: { description: 'A ratio `1:N`, as N (`1:50` is 50).' },
    MINUTES: { description: 'A duration in minutes.' },
    HOURS: { description: 'A duration in hours.' },
    DAYS: { description: 'A duration or number of days.' },
    WEEKS: { description: 'A duration in weeks.' },
    MONTHS: { description: 'A duration in months.' },
    YEARS: { description: 'A duration in years.' },
    SQUARE_MILES: { description: 'An area in square miles.' },
    KILOGRAMS: { description: 'A weight in kilograms (`5,606 kilos`).' },
  },
});
export type FigureUnit = (typeof figureUnits)[number];

export const ComparatorKind = registerDomainEnum(comparatorKinds, {
  name: 'ComparatorKind',
  description: 'What a figure is compared with.',
  valuesConfig: {
    ENGLAND_AND_WALES: { description: 'The figure for England and Wales (all forces).' },
    MOST_SIMILAR_FORCES: { description: "The average of the force's most similar forces (MSF)." },
    NATIONAL_AVERAGE: { description: 'A national average or national average range.' },
    TARGET: { description: 'A target, benchmark, plan or requirement (`a target of 50 cases`).' },
    TOTAL: { description: 'The total the figure is part of (`39 out of 43 forces`).' },
    EARLIER_PERIOD: { description: 'An earlier period (`30 percent three years ago`).' },
    OTHER: { description: 'Something else the sentence names: another area or group.' },
  },
});
export type ComparatorKind = (typeof comparatorKinds)[number];

@ObjectType({
  description:
    'The other number a figure is set against: the England and Wales figure, a most-similar-forces average, a target, a total, an earlier period.',
})
export class FigureComparator {
  @Field(() => ComparatorKind, { description: 'What the comparator is.' })
  kind!: ComparatorKind;

  @Field(() => Float, { description: 'Its value (the lower end of a range).' })
  value!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The upper end when the comparator is a range (`national average range 49.3–52.2`); null for a single value.',
  })
  upTo!: number | null;

  @Field(() => FigureUnit, { description: 'Its unit.' })
  unit!: FigureUnit;

  @Field(() => String, {
    description:
      'What it is, in the report\'s words where it has them: "England and Wales", "target", "out of", "non-MetTrace areas".',
  })
  label!: string;
}

@ObjectType({
  implements: Node,
  description:
    "A number a report states in its prose, lists or tables, with its unit, what it measures, its period and what it is compared with. A force's standing facts and indicator tables are `ForceFact`s instead; one number is never both.",
})
export class Figure extends Node {
  @Field(() => Float, { description: 'The number, magnitudes expanded (`£73m` is 73000000).' })
  value!: number;

  @Field(() => String, {
    description: 'The number as printed, with its qualifier and unit (`over 1,100`, `£73m`).',
  })
  valueText!: string;

  @Field(() => FigureUnit, { description: 'The unit it is stated in.' })
  unit!: FigureUnit;

  @Field(() => String, {
    description:
      "What is counted, in the sentence's words (`organised crime groups`, `SHPOs issued`).",
  })
  measure!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The period it refers to, as printed (`12 months to 30 June 2016`), where stated; null otherwise.',
  })
  period!: string | null;

  @Field(() => Int, { description: "Position among the report's figures, in reading order." })
  ordinal!: number;
}

@ObjectType({
  description:
    'A page of figures, newest report first, then in reading order; `totalCount` counts every figure that passes the filter.',
})
export class FigureConnection extends createConnectionType(Figure) {}
