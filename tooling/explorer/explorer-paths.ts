import { join } from 'node:path';

import { projectRoot } from '../../src/paths.js';

/** The explorer's front end: TypeScript sources, GraphQL operations, the page template. */
export const explorerDir = join(projectRoot, 'explorer');
/** The operations the page sends, each a `.graphql` file, typed from the schema. */
export const explorerQueriesDir = join(explorerDir, 'queries');
/** Generated, not committed: the typed documents the page imports. */
export const explorerOperationTypesFile = join(explorerDir, 'generated', 'operations.ts');
