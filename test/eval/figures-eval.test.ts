import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateFigures } from '../../tooling/eval/kinds/figures.js';

/**
 * Issue 9's quality target for figures on the hand-labelled set (test/fixtures/eval/figures/):
 * precision at least 95% and recall at least 90%, over all labelled reports and in each one,
 * so that a rule change costing quality anywhere fails here.
 */
const targets = { precision: 0.95, recall: 0.9 };

describe('figures evaluation', () => {
  it('meets the precision and recall targets on every labelled report and overall', async () => {
    const scores = await evaluateFigures();
    assert.ok(scores.length >= 3, 'at least three labelled reports');
    let tp = 0;
    let predicted = 0;
    let labels = 0;
    for (const s of scores) {
      const [precision, recall] = [s.truePositives / s.predicted, s.truePositives / s.labels];
      const misses = s.misses.filter((m) => !m.startsWith(' ')).join('\n');
      assert.ok(precision >= targets.precision, `${s.report}: precision ${precision}\n${misses}`);
      assert.ok(recall >= targets.recall, `${s.report}: recall ${recall}\n${misses}`);
      tp += s.truePositives;
      predicted += s.predicted;
      labels += s.labels;
    }
    assert.ok(tp / predicted >= targets.precision, `overall precision ${tp / predicted}`);
    assert.ok(tp / labels >= targets.recall, `overall recall ${tp / labels}`);
  });
});
