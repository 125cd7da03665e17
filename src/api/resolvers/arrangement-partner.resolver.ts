import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { readArrangementPartners } from '../questions/arrangement-partners.query.js';
import { twoReadComplexity } from '../questions/question-complexity.js';
import { ArrangementPartner } from '../types/arrangement-partner.type.js';

@Resolver()
export class ArrangementPartnerResolver {
  @Query(() => [ArrangementPartner], {
    complexity: twoReadComplexity,
    description:
      'The partner agencies that take part in a multi-agency arrangement, per force, with the sentences that say so. An arrangement known to the graph with no partners recorded gives an empty list; a name that matches nothing is an error (NOT_FOUND).',
  })
  arrangementPartners(
    @Ctx() ctx: ApiContext,
    @Arg('arrangement', () => String, {
      description:
        'The arrangement: its id, its name or its acronym, in any letter case (e.g. "MASH", "MARAC", "MAPPA", "Multi-agency safeguarding hub").',
    })
    arrangement: string,
  ): Promise<ArrangementPartner[]> {
    return readArrangementPartners(ctx, arrangement);
  }
}
