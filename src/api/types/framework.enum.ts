import { frameworkFamilies, type FrameworkFamily as Family } from '../../domain/frameworks.js';
import { registerDomainEnum } from './domain-enum.js';

export const FrameworkFamily = registerDomainEnum(frameworkFamilies, {
  name: 'FrameworkFamily',
  description:
    'An inspection framework: which inspection programme a report belongs to. It decides which themes are graded and on which grade scale.',
  valuesConfig: {
    HMIC_INSPECTION: {
      description: 'The 2007 programmed inspections (grades Excellent, Good, Fair, Poor).',
    },
    MAJOR_CRIME: {
      description: 'The 2008 major crime inspection (meets or exceeds the standard, or fails to).',
    },
    PEEL_EFFECTIVENESS: {
      description: 'PEEL effectiveness (Outstanding, Good, Requires improvement, Inadequate).',
    },
    PEEL_EFFICIENCY: { description: 'PEEL efficiency.' },
    PEEL_LEGITIMACY: { description: 'PEEL legitimacy.' },
    PEEL_LEADERSHIP: { description: 'PEEL leadership.' },
  },
});
export type FrameworkFamily = Family;
