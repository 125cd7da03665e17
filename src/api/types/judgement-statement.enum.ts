import {
  judgementStatements,
  type JudgementStatement as Statement,
} from '../../domain/judgement-statements.js';
import { registerDomainEnum } from './domain-enum.js';

export const JudgementStatement = registerDomainEnum(judgementStatements, {
  name: 'JudgementStatement',
  description: 'Whose grade a judgement is.',
  valuesConfig: {
    THIS_REPORT: { description: 'The grade the report itself gives.' },
    EARLIER: {
      description:
        "A grade the report states an earlier inspection gave ('graded Fair in the 2006 baseline', 'judged to be good … in its 2015 effectiveness report'); `year` and `assessment` say which.",
    },
  },
});
export type JudgementStatement = Statement;
