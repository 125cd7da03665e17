import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { toJudgementStatement } from '../../domain/judgement-statements.js';
import type { JudgementNode } from '../nodes.js';
import { FrameworkFamily } from '../types/framework.enum.js';
import { Judgement } from '../types/judgement.type.js';
import { JudgementStatement } from '../types/judgement-statement.enum.js';

/** Which inspection a judgement belongs to: this report's, or an earlier one it cites. */
@Resolver(() => Judgement)
export class JudgementStatementResolver {
  @FieldResolver(() => JudgementStatement, {
    description:
      'THIS_REPORT for the grade the report gives; EARLIER for a grade it states an earlier inspection gave (its evidence is the sentence that says so).',
  })
  stated(@Root() judgement: JudgementNode): JudgementStatement {
    return toJudgementStatement(judgement.stated);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "The inspection's year: the report's framework year (2016 for PEEL 2016), or the earlier inspection's (2015, 2006).",
  })
  year(@Root() judgement: JudgementNode): number | null {
    return judgement.year ?? null;
  }

  @FieldResolver(() => FrameworkFamily, {
    nullable: true,
    description:
      "The framework family of the inspection graded: the report's own for THIS_REPORT, the family of the theme graded for EARLIER (PEEL_EFFECTIVENESS for a grade from HMIC's 2015 effectiveness report).",
  })
  framework(@Root() judgement: JudgementNode): FrameworkFamily | null {
    return (judgement.framework as FrameworkFamily | null | undefined) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'For an EARLIER judgement, the inspection as the report names it (`2006 baseline assessment`, `2015 effectiveness (vulnerability) report`); null for THIS_REPORT.',
  })
  assessment(@Root() judgement: JudgementNode): string | null {
    return judgement.assessment ?? null;
  }
}
