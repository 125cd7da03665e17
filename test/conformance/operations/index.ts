import type { ConformanceOperation } from '../operation.js';
import { contractOperations } from './contract.js';
import { entityOperations } from './entities.js';
import { figureOperations } from './figures.js';
import { forceOperations } from './forces.js';
import { itemOperations } from './items.js';
import { judgementOperations } from './judgements.js';
import { listOperations } from './lists.js';
import { nodeOperations } from './node.js';
import { pagingOperations } from './paging.js';
import { reportOperations } from './reports.js';
import { themeOperations } from './themes.js';
import { questionOperations } from './questions.js';
import { searchOperations } from './search.js';
import { reverseLinkOperations } from './reverse-links.js';
import { relationshipEvidenceOperations } from './relationship-evidence.js';
import { reportTextOperations } from './report-text.js';
import { searchTextOperations } from './search-text.js';

/**
 * The conformance suite: every operation runs unchanged on every engine. A new query field
 * is one more entry in one of these lists (or a new list added here); the coverage test fails
 * until every root field and every field that crosses a relationship has an entry.
 */
export const conformanceOperations: readonly ConformanceOperation[] = [
  ...forceOperations,
  ...reportOperations,
  ...themeOperations,
  ...questionOperations,
  ...judgementOperations,
  ...entityOperations,
  ...itemOperations,
  ...figureOperations,
  ...listOperations,
  ...searchOperations,
  ...reverseLinkOperations,
  ...nodeOperations,
  ...contractOperations,
  ...reportTextOperations,
  ...searchTextOperations,
  ...relationshipEvidenceOperations,
  ...pagingOperations,
];
