import {
  ArgsType,
  createUnionType,
  Field,
  Float,
  ID,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { createConnectionType } from '../pagination/connection.type.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { Figure } from './figure.type.js';
import { Finding } from './finding.type.js';
import { Initiative } from './initiative.type.js';
import { Node } from './node.type.js';
import { PartnerAgency } from './partner-agency.type.js';
import { Passage } from './passage.type.js';
import { Recommendation } from './recommendation.type.js';
import { Section } from './section.type.js';
import { Unit } from './unit.type.js';

/** The kinds of item `search` covers (the values of `searchTypes` in `src/search/`). */
export enum SearchType {
  FINDING = 'FINDING',
  RECOMMENDATION = 'RECOMMENDATION',
  INITIATIVE = 'INITIATIVE',
  PARTNER_AGENCY = 'PARTNER_AGENCY',
  UNIT = 'UNIT',
  FIGURE = 'FIGURE',
  PASSAGE = 'PASSAGE',
  SECTION = 'SECTION',
}

registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of item `search` can return.',
  valuesConfig: {
    FINDING: {
      description:
        'A strength, work in progress, area for improvement or cause of concern (its full text).',
    },
    RECOMMENDATION: { description: 'A recommendation a report makes (its full text).' },
    INITIATIVE: {
      description:
        'A programme, operation, scheme, system, multi-agency arrangement or example of developing practice (name, acronym, description, and problem, solution and outcome where printed).',
    },
    PARTNER_AGENCY: {
      description:
        'An organisation police work with (name, acronym and the other names reports use).',
    },
    UNIT: { description: "A force's command, team, department or BCU (name and acronym)." },
    FIGURE: {
      description: 'A number a report states (what it measures and the sentence that states it).',
    },
    PASSAGE: {
      description:
        "A paragraph of a report's narrative that is no finding or recommendation (its full text).",
    },
    SECTION: { description: 'A heading of a report (its heading and, for a standard, its code).' },
  },
});

/** What `search` can find: one member per `SearchType`, so a client can switch exhaustively. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description:
    'An item `search` can find: a finding, recommendation, passage, section, initiative, partner agency, unit or figure.',
  types: () =>
    [Finding, Recommendation, Passage, Section, Initiative, PartnerAgency, Unit, Figure] as const,
  // Nodes come from the store with their label, which is the name of their GraphQL type.
  resolveType: (value) => (value as { _label?: string })._label,
});

@ObjectType({
  description:
    'One item that matches a search, with how well it matches and the passage of its own text that matches best.',
})
export class SearchHit {
  @Field(() => SearchResult, {
    description:
      'The matching item; ask for its fields with `... on Finding { ... }` and the like (every member of `SearchResult` is a `SearchType`).',
  })
  item!: typeof SearchResult;

  @Field(() => Node, {
    description: 'The matching item, as any entity.',
    deprecationReason: 'Use `item`, whose union type lists what a search can return.',
  })
  node!: Node;

  @Field(() => SearchType, { description: 'What kind of item `node` is.' })
  type!: SearchType;

  @Field(() => Float, {
    description:
      'Relevance: BM25+ over the item text, names and acronyms weighted above body text, and 1.5 times when the words stand together in order; higher is better. Comparable only within one search.',
  })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The best matching passage of the item\'s own text, at most about 220 characters, with each matching run of words wrapped in « and » and "…" where the passage is cut. Null if no matching word could be located.',
  })
  snippet!: string | null;
}

@ObjectType({
  description:
    'A page of search hits, best match first; `totalCount` counts every item that matches.',
})
export class SearchHitConnection extends createConnectionType(SearchHit) {}

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, {
    description:
      'Plain words, not a query language: case and accents are ignored, punctuation separates words, very common words (the, of, and, ...) are ignored. Each word also matches words it starts (3 letters or more) and, from 6 letters, words one typo away; an acronym also matches what it stands for and the other way round (`MIB` and "Metropolitan intelligence bureau"), from each report\'s glossary and the names of partner agencies, units and initiatives. Words in "double quotes" must stand together, in that order. Only items holding every word are returned, except that for a query of three words or more, if none holds them all, items holding all but one; nothing is better than unrelated hits. An empty or blank query is an error (BAD_USER_INPUT).',
  })
  query!: string;

  @Field(() => [SearchType], {
    nullable: true,
    description: 'Only items of these kinds; omit for all kinds. An empty list matches nothing.',
  })
  types?: SearchType[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only items of these forces: findings, recommendations, passages and sections of reports inspecting them, and the partner agencies, units and initiatives those reports name. An empty list matches nothing.',
  })
  forceIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only items of these reports (for partner agencies, units and initiatives: named in them). An empty list matches nothing.',
  })
  reportIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only items on these inspection themes or their sub-themes (partner agencies and units have no theme). An empty list matches nothing.',
  })
  themeIds?: string[] | null;
}
