import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { evaluateExtraction, type Evaluation } from '../../tooling/eval/evaluate.js';
import { evalKinds } from '../../tooling/eval/kinds/index.js';
import { listShortfalls, precisionOf, recallOf } from '../../tooling/eval/score.js';
import { getVocabulary } from '../ingest/harness.js';

/**
 * The shared extraction evaluation (`npm run eval:extraction`) run as a test: every kind must
 * stay at or above its floor over the labelled reports, so a rule change that costs quality
 * fails here, and every label must point at lines that print it.
 */
describe('extraction measured against the hand-written labels', () => {
  let evaluation: Evaluation;
  before(async () => {
    evaluation = evaluateExtraction(await getVocabulary());
  });

  it('has labels whose lines print what they label', () => {
    assert.deepEqual(evaluation.labelProblems, []);
  });

  for (const kind of evalKinds)
    it(`keeps ${kind.name} at or above its floor`, () => {
      const result = evaluation.results.find((r) => r.kind === kind)!;
      assert.ok(result.reports.length > 0, `no labelled report for ${kind.name}`);
      const shortfalls = listShortfalls(result.total, kind.floor);
      assert.deepEqual(
        shortfalls,
        [],
        `${kind.name}: P ${precisionOf(result.total)} R ${recallOf(result.total)}; ` +
          `false positives: ${result.total.falsePositives.slice(0, 10).join(' / ')}; ` +
          `misses: ${result.total.misses.slice(0, 10).join(' / ')}`,
      );
    });

  it('never sets a floor above the target', () => {
    for (const kind of evalKinds)
      for (const bound of ['precision', 'recall'] as const) {
        const floor = kind.floor[bound];
        const target = kind.target[bound];
        if (floor !== undefined && target !== undefined)
          assert.ok(floor <= target, `${kind.name} ${bound}`);
      }
  });
});
