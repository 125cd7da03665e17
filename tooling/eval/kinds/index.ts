import type { EvalKind } from '../eval-kind.js';
import { earlierGrades } from './earlier-grades.js';
import { figureMeasures, figurePeriods, figures } from './figures.js';
import { initiatives } from './initiatives.js';
import { organisations } from './organisations.js';
import { participations, participationsWithRoles } from './participations.js';
import { passages } from './passages.js';
import { topicTags } from './topic-tags.js';
import { units } from './units.js';

/** Every kind `npm run eval:extraction` scores, in the order it prints them: one line per kind. */
export const evalKinds: readonly EvalKind[] = [
  organisations,
  initiatives,
  units,
  participations,
  participationsWithRoles,
  topicTags,
  figures,
  figureMeasures,
  figurePeriods,
  passages,
  earlierGrades,
];
