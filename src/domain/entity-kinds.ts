/**
 * The closed sets of kinds the entity vocabulary (`seed/vocabulary/*.json`, whose JSON Schemas
 * list the same values), discovery and developing practice give entities. Ingestion writes them,
 * the graph stores them as strings, the API serves them as enums: all from these lists.
 */

/** The kind of organisation a partner agency is. */
export const partnerSectors = [
  'LOCAL_GOVERNMENT',
  'HEALTH',
  'CRIMINAL_JUSTICE',
  'EDUCATION',
  'VOLUNTARY',
  'CENTRAL_GOVERNMENT',
  'BUSINESS',
  'POLICING_BODY',
  'EMERGENCY_SERVICES',
  'HOUSING',
] as const;

export type PartnerSector = (typeof partnerSectors)[number];

/**
 * The kind of public body the gazetteers record for each entry (`public-bodies.json`, and
 * LOCAL_AUTHORITY for every entry of `local-authorities.json`), finer than its sector: a
 * university and a school are both EDUCATION, an inspectorate and a government department both
 * CENTRAL_GOVERNMENT.
 */
export const publicBodyKinds = [
  'LOCAL_AUTHORITY',
  'GOVERNMENT_DEPARTMENT',
  'GOVERNMENT_AGENCY',
  'NHS_BODY',
  'AMBULANCE_SERVICE',
  'FIRE_AND_RESCUE_SERVICE',
  'CRIMINAL_JUSTICE_BODY',
  'REGULATOR',
  'INSPECTORATE',
  'UNIVERSITY',
] as const;

export type PublicBodyKind = (typeof publicBodyKinds)[number];

/** Commands, directorates, departments, units, teams, bureaux and BCUs/OCUs/boroughs. */
export const unitKinds = [
  'COMMAND',
  'DIRECTORATE',
  'DEPARTMENT',
  'UNIT',
  'TEAM',
  'BUREAU',
  'BRANCH',
  'SQUAD',
  'ACADEMY',
  'BCU',
  'LPA',
] as const;

export type UnitKind = (typeof unitKinds)[number];

/** The kinds of initiative the vocabulary and discovery name. */
export const namedInitiativeKinds = [
  'MULTI_AGENCY_ARRANGEMENT',
  'FORUM',
  'OPERATION',
  'PROGRAMME',
  'PROJECT',
  'SCHEME',
  'STRATEGY',
  'SYSTEM',
  'MODEL',
  'STANDARD',
] as const;

export type NamedInitiativeKind = (typeof namedInitiativeKinds)[number];

/** The kind of an example of developing practice a report presents. */
export const developingPracticeKind = 'DEVELOPING_PRACTICE';

/** Every kind an Initiative node may have. */
export const initiativeKinds = [...namedInitiativeKinds, developingPracticeKind] as const;

export type InitiativeKind = (typeof initiativeKinds)[number];

/** OVERVIEW: a figure from the force overview; INDICATOR: a row of a performance table. */
export const forceFactCategories = ['OVERVIEW', 'INDICATOR'] as const;

export type ForceFactCategory = (typeof forceFactCategories)[number];
