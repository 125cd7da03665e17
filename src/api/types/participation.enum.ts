import {
  participationRoles,
  participationScopes,
  type ParticipationRole as Role,
  type ParticipationScope as Scope,
} from '../../domain/organisation-roles.js';
import { registerDomainEnum } from './domain-enum.js';

export const ParticipationRole = registerDomainEnum(participationRoles, {
  name: 'ParticipationRole',
  description:
    'How a partner agency takes part in an arrangement, as the sentence that places it there says.',
  valuesConfig: {
    MEMBER: {
      description:
        'A member: it sits on, attends, is represented in or is one of the agencies of the arrangement.',
    },
    CHAIR: { description: 'It chairs the arrangement or its meetings.' },
    LEAD: { description: 'It leads the arrangement or launched it.' },
    FUNDER: {
      description: 'It funds or sponsors the arrangement (which does not make it a member).',
    },
    CO_LOCATED: { description: 'Its staff work in the same place as the arrangement (a hub).' },
    RECEIVES_REFERRALS: {
      description:
        'The arrangement refers cases into it (MASH referrals into children’s services).',
    },
  },
});
export type ParticipationRole = Role;

export const ParticipationScope = registerDomainEnum(participationScopes, {
  name: 'ParticipationScope',
  description: 'Whose arrangement a participation statement describes.',
  valuesConfig: {
    FORCE: { description: 'The inspected force’s own arrangement in its area.' },
    NATIONAL: {
      description:
        'The arrangement as set up everywhere by law or national guidance (the statutory-membership paragraphs of MAPPA and LSCBs that the 2007 reports print for every force); not the force’s own.',
    },
  },
});
export type ParticipationScope = Scope;
