import { relationshipTypes, type RelationshipType as Type } from '../../domain/model.js';
import { registerDomainEnum } from './domain-enum.js';

/** What each relationship type of the graph model means, for the schema's readers. */
const meanings: Record<Type, string> = {
  INSPECTS: 'A report inspects a force.',
  MADE: 'A report made a judgement.',
  OF_FORCE: 'A judgement grades a force.',
  ON_THEME:
    'A judgement, finding, recommendation, initiative, figure, section or passage is on an inspection theme.',
  SUBTHEME_OF: 'A theme is part of a broader theme.',
  CONTINUES:
    "A later framework's theme carries on an earlier framework's (from the theme vocabulary; the relationship's basis says why).",
  HAS_FINDING: 'A report lists a finding.',
  ABOUT: 'A finding or figure is about a force.',
  RECOMMENDS: 'A report makes a recommendation.',
  TO_FORCE: 'A recommendation is made to a force.',
  ADDRESSES: 'A recommendation addresses the finding it follows (with evidence).',
  PART_OF: 'A unit is part of a force (with evidence).',
  RUNS: 'A force runs an initiative (with evidence).',
  PARTICIPATES_IN: 'A partner agency takes part in an initiative (with evidence).',
  SUCCESSOR_OF: 'A body replaced or was renamed from another (from the gazetteer).',
  INCLUDES:
    "A broader service name includes a narrower one (social services: children's, adults').",
  MENTIONS:
    'A finding, recommendation, initiative or passage names a partner agency, body, unit, initiative or force (with evidence).',
  TAGGED: 'A finding, recommendation or passage is on a topic (with evidence).',
  DEFINES: "A report's glossary defines a term (with evidence).",
  MOST_SIMILAR_TO: 'A report names a force as most similar to another (with evidence).',
  HAS_FACT: 'A force has a figure stated about it.',
  STATES:
    'A report states a force fact, a figure or the grade an earlier inspection gave (an EARLIER judgement).',
  STATED_IN:
    'A figure is printed in a finding, recommendation, developing-practice item or prose passage.',
  PRESENTS: 'A report presents an example of developing practice.',
  HAS_SECTION: 'A report has a section (a heading and what it governs).',
  SUBSECTION_OF: 'A section sits in a larger section.',
  IN_SECTION: 'A finding, recommendation, initiative, passage or footnote is printed in a section.',
  HAS_PASSAGE: 'A report prints a passage (a paragraph no list item holds).',
  CITES: 'A passage, finding or recommendation marks a footnote.',
};

export const RelationshipType = registerDomainEnum(Object.keys(relationshipTypes) as Type[], {
  name: 'RelationshipType',
  description: 'A relationship type of the graph (`paths`, `neighbourhood`).',
  valuesConfig: Object.fromEntries(
    Object.entries(meanings).map(([type, meaning]) => [type, { description: meaning }]),
  ),
});
export type RelationshipType = Type;
