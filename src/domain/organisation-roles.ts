/**
 * What an organisation a report names is to a police force, and how an organisation takes part
 * in an arrangement. Ingestion writes these values, the graph stores them as strings, the API
 * serves them as enums.
 */

/** Only partner agencies take part in arrangements and are listed as partners. */
export const organisationRoles = [
  'PARTNER_AGENCY',
  'NATIONAL_POLICING_BODY',
  'STAFF_ASSOCIATION',
  'OVERSIGHT_BODY',
  'POLICE_UNIT',
  'OTHER_FORCE',
  'OTHER',
] as const;

export type OrganisationRole = (typeof organisationRoles)[number];

/**
 * How a partner agency takes part in an arrangement, as the sentence that places it says:
 * a member of or sitting on it, chairing it, leading it, funding it, co-located in it, or
 * receiving referrals from it.
 */
export const participationRoles = [
  'MEMBER',
  'CHAIR',
  'LEAD',
  'FUNDER',
  'CO_LOCATED',
  'RECEIVES_REFERRALS',
] as const;

export type ParticipationRole = (typeof participationRoles)[number];

/**
 * Whose arrangement a participation statement describes: the inspected force's own (FORCE), or
 * the arrangement as the law sets it up everywhere (NATIONAL: the statutory-membership
 * paragraphs the 2007 reports print word for word for every force).
 */
export const participationScopes = ['FORCE', 'NATIONAL'] as const;

export type ParticipationScope = (typeof participationScopes)[number];
