import { listNodes } from '../extracted.js';
import { createEntityKind } from './entity-kind.js';

/** Initiatives a report names: programmes, operations, arrangements, boards, systems, models. */
export const initiatives = createEntityKind({
  name: 'initiatives',
  description: 'initiatives named (operations, programmes, arrangements, boards, systems)',
  target: { precision: 0.9, recall: 0.85 },
  floor: { precision: 0.9, recall: 0.85 },
  extract: (report) => listNodes(report.dataset, 'Initiative'),
});
