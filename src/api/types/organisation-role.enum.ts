import {
  organisationRoles,
  type OrganisationRole as Role,
} from '../../domain/organisation-roles.js';
import { registerDomainEnum } from './domain-enum.js';

export const OrganisationRole = registerDomainEnum(organisationRoles, {
  name: 'OrganisationRole',
  description: 'What an organisation a report names is to a police force.',
  valuesConfig: {
    PARTNER_AGENCY: {
      description:
        'Works with the force: councils and their services, health, criminal justice, government agencies, charities (a PartnerAgency; only these take part in arrangements).',
    },
    NATIONAL_POLICING_BODY: {
      description: 'A body of and for the police service (ACPO, NPCC, College of Policing, NPIA).',
    },
    STAFF_ASSOCIATION: {
      description:
        'A staff association or internal group (Police Federation, Superintendents’ Association, Black Police Association).',
    },
    OVERSIGHT_BODY: {
      description:
        'An inspectorate or body the force answers to (HMIC, the Home Office, a police authority, MOPAC).',
    },
    POLICE_UNIT: {
      description: 'A police unit shared by forces (regional organised crime units).',
    },
    OTHER_FORCE: {
      description: 'A police force outside the 43 territorial ones (British Transport Police).',
    },
    OTHER: { description: 'Named, but none of these (a statistics office, a polling company).' },
  },
});
export type OrganisationRole = Role;
