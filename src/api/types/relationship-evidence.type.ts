import { Field, ObjectType } from 'type-graphql';
import type { ForceNode, ReportNode } from '../nodes.js';
import { Evidence } from './evidence.type.js';
import { Force } from './force.type.js';
import { Report } from './report.type.js';

/**
 * Relationships that carry evidence in the graph, each as the related node and where a report
 * states the relationship (CONVENTIONS: one small type per relationship, never a second
 * evidence wrapper). One row per report that states it.
 */

@ObjectType({ description: 'A force that runs an initiative, and where a report says so (RUNS).' })
export class InitiativeRunner {
  @Field(() => Force, { description: 'The force.' })
  force!: ForceNode;

  @Field(() => Evidence, {
    description: 'Where the report presents the initiative as the force’s developing practice.',
  })
  evidence!: Evidence;
}

@ObjectType({ description: 'The force a unit belongs to, and where a report says so (PART_OF).' })
export class UnitMembership {
  @Field(() => Force, { description: 'The force.' })
  force!: ForceNode;

  @Field(() => Evidence, { description: 'Where the report names the unit as the force’s.' })
  evidence!: Evidence;
}

@ObjectType({ description: 'A report whose glossary defines a term, and where (DEFINES).' })
export class TermDefinition {
  @Field(() => Report, { description: 'The report.' })
  report!: ReportNode;

  @Field(() => Evidence, { description: 'The glossary line that defines the term.' })
  evidence!: Evidence;
}
