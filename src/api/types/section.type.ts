import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FindingKind } from './finding-kind.enum.js';
import { registerDomainEnum } from './domain-enum.js';
import { Node } from './node.type.js';
import { createConnectionType } from '../pagination/connection.type.js';

/** The kinds of heading the section tree knows (`SectionKind` of the parser), upper case. */
export const SectionKind = registerDomainEnum(
  ['CONTENTS', 'PART', 'THEME', 'BLOCK', 'LISTED', 'MINOR'] as const,
  {
    name: 'SectionKind',
    description: 'What kind of heading opens a section.',
    valuesConfig: {
      CONTENTS: { description: 'The table of contents.' },
      PART: {
        description: 'A top-level part of the report ("Findings", "Recommendations", an annex).',
      },
      THEME: {
        description: 'A heading naming an inspection theme (the section is on that theme).',
      },
      BLOCK: {
        description:
          'A sub-heading the report repeats in every theme ("Strengths", "Summary of findings", "MC07 Summary").',
      },
      LISTED: { description: 'Another heading the contents list.' },
      MINOR: { description: 'Any other heading-shaped line.' },
    },
  },
);
export type SectionKind = keyof typeof SectionKind;

@ObjectType({
  description:
    'How many findings of one kind a section (`Section.findingCounts`) or a filtered list of findings (`FindingConnection.facets`) holds.',
})
export class FindingCount {
  @Field(() => FindingKind, { description: 'The kind of finding.' })
  kind!: FindingKind;

  @Field(() => Int, {
    description:
      'Findings of that kind: in the section and the sections inside it, or in the whole filtered list (every page).',
  })
  count!: number;
}

@ObjectType({
  implements: Node,
  description:
    "A heading of a report and what it governs, down to the next heading of the same or a higher level: the report's section tree. The major crime standards MC01..MC25 are sections with a `code`.",
})
export class Section extends Node {
  @Field(() => ID, {
    description:
      'Stable id: the report id, `/section/`, then the shortest run of heading slugs that tells the section apart, e.g. "2008-07-metropolitan-police-major-crime/section/mc07-summary".',
  })
  override id!: string;

  @Field(() => String, { description: 'The heading as printed (footnote marks removed).' })
  heading!: string;

  @Field(() => Int, {
    description: 'Depth below the report: 1 for a part or a top-level theme heading.',
  })
  level!: number;

  @Field(() => String, {
    description:
      'The headings from the top down, joined by " > " (e.g. "Major Crime > Intelligence > MC01 Summary").',
  })
  path!: string;

  @Field(() => SectionKind, { description: 'What kind of heading opens the section.' })
  kind!: SectionKind;

  @Field(() => String, {
    nullable: true,
    description:
      'The standard the heading names, e.g. "MC07" for "MC07 Summary" (major crime reports); null for other headings.',
  })
  code!: string | null;

  @Field(() => Int, {
    description: 'Position of the section in the report, in reading order (1 = first).',
  })
  ordinal!: number;
}

@ObjectType({
  description:
    'A page of sections, newest report first, then in reading order; `totalCount` counts every section that passes the filter.',
})
export class SectionConnection extends createConnectionType(Section) {}
