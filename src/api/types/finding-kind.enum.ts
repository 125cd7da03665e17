import { registerEnumType } from 'type-graphql';
import { findingKinds, type FindingKind as Kind } from '../../domain/finding-kinds.js';

/** The GraphQL enum of `src/domain/finding-kinds.ts`: each kind is its own name and value. */
export const FindingKind = Object.fromEntries(findingKinds.map((kind) => [kind, kind])) as {
  readonly [K in Kind]: K;
};
export type FindingKind = Kind;

registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What kind of statement a finding is, as the report heads the list it sits in.',
  valuesConfig: {
    STRENGTH: {
      description:
        'Something the force does well ("Strengths"; some reports head these lists "Evidence").',
    },
    WORK_IN_PROGRESS: {
      description: 'Improvement the force has started but not completed ("Work in progress").',
    },
    AREA_FOR_IMPROVEMENT: {
      description: 'A weakness the inspectors want addressed ("Areas for improvement").',
    },
    CAUSE_OF_CONCERN: {
      description:
        'A serious weakness (PEEL "Cause of concern"), always followed by recommendations.',
    },
  },
});
