import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { forceScopes, memberRoles } from '../questions/arrangement-partners.js';
import { readArrangementPartners } from '../questions/arrangement-partners.query.js';
import { twoReadComplexity } from '../questions/question-complexity.js';
import { ArrangementPartner } from '../types/arrangement-partner.type.js';
import { ParticipationRole, ParticipationScope } from '../types/participation.enum.js';

@Resolver()
export class ArrangementPartnerResolver {
  @Query(() => [ArrangementPartner], {
    complexity: twoReadComplexity,
    description:
      'The partner agencies that take part in a multi-agency arrangement, per force, with the sentences that say so. By default only its members in the forces’ own arrangements; `roles` and `scopes` widen or narrow that. An arrangement known to the graph with no partners recorded gives an empty list; a name that matches nothing is an error (NOT_FOUND).',
  })
  arrangementPartners(
    @Ctx() ctx: ApiContext,
    @Arg('arrangement', () => String, {
      description:
        'The arrangement: its id, its name or its acronym, in any letter case (e.g. "MASH", "MARAC", "MAPPA", "Multi-agency safeguarding hub").',
    })
    arrangement: string,
    @Arg('roles', () => [ParticipationRole], {
      defaultValue: memberRoles,
      description:
        'Count only statements that give the partner one of these roles. The default is every role but FUNDER: the members (a funder pays for an arrangement without being one of its partners). An empty list matches nothing.',
    })
    roles: ParticipationRole[],
    @Arg('scopes', () => [ParticipationScope], {
      defaultValue: forceScopes,
      description:
        'Count only statements of these scopes. The default, FORCE, leaves out text that describes the arrangement nationally (who the law says sits on every MAPPA or LSCB); add NATIONAL to see it. An empty list matches nothing.',
    })
    scopes: ParticipationScope[],
  ): Promise<ArrangementPartner[]> {
    return readArrangementPartners(ctx, arrangement, { roles, scopes });
  }
}
