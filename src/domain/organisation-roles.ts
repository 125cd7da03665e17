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
