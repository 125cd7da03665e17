import { ObjectType } from 'type-graphql';
import { createConnectionType } from '../pagination/connection.type.js';
import { Body } from './body.type.js';
import { Initiative } from './initiative.type.js';
import { MentionSource } from './mention-source.type.js';
import { PartnerAgency } from './partner-agency.type.js';
import { Unit } from './unit.type.js';

@ObjectType({
  description:
    'A page of initiatives, by name; `totalCount` counts every initiative that passes the filter.',
})
export class InitiativeConnection extends createConnectionType(Initiative) {}

@ObjectType({
  description:
    'A page of partner agencies, by name; `totalCount` counts every agency that passes the filter.',
})
export class PartnerAgencyConnection extends createConnectionType(PartnerAgency) {}

@ObjectType({
  description: 'A page of bodies, by name; `totalCount` counts every body that passes the filter.',
})
export class BodyConnection extends createConnectionType(Body) {}

@ObjectType({
  description: 'A page of units, by name; `totalCount` counts every unit that passes the filter.',
})
export class UnitConnection extends createConnectionType(Unit) {}

@ObjectType({
  description:
    'A page of the findings, recommendations and initiatives that name an entity, by report and line; `totalCount` counts them all.',
})
export class MentionSourceConnection extends createConnectionType(MentionSource) {}
