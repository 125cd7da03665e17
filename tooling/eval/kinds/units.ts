import { listNodes } from '../extracted.js';
import { createEntityKind } from './entity-kind.js';

/** The force's own units a report names: commands, directorates, departments, BCUs, teams. */
export const units = createEntityKind({
  name: 'units',
  description: "the force's units named (commands, departments, BCUs, teams)",
  target: { precision: 0.9, recall: 0.85 },
  floor: { precision: 0.9, recall: 0.85 },
  extract: (report) => listNodes(report.dataset, 'Unit'),
});
