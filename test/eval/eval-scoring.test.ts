import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { ExtractedEntity } from '../../tooling/eval/extracted.js';
import { scoreEntities, type EntityLabel } from '../../tooling/eval/kinds/entity-kind.js';
import { toNameKey } from '../../tooling/eval/names.js';
import { precisionOf, recallOf } from '../../tooling/eval/score.js';

function entity(id: string, names: string[], role: string | null = null): ExtractedEntity {
  return { id, names, label: 'PartnerAgency', role };
}

const labels: (EntityLabel & { role: string })[] = [
  { name: 'Crown Prosecution Service', aliases: ['CPS'], role: 'PARTNER_AGENCY', lines: [1] },
  { name: 'Home Office', role: 'OVERSIGHT_BODY', lines: [2] },
  { name: 'Emergency services', role: 'PARTNER_AGENCY', lines: [3], optional: true },
];

describe('the evaluation matches extracted entities to labels', () => {
  it('keys names by words, ignoring case, punctuation, a leading "the" and a plural', () => {
    assert.equal(toNameKey("The Children's Services"), 'childrens service');
    assert.equal(toNameKey('HM Revenue & Customs'), 'hm revenue and custom');
    assert.equal(toNameKey('Jigsaw teams'), toNameKey('Jigsaw team'));
    assert.equal(toNameKey('local authorities'), toNameKey('Local authority'));
  });

  it('counts a match by any name, a duplicate node and an unlabelled one as false positives', () => {
    const score = scoreEntities(
      [
        entity('partner/cps', ['CPS']),
        entity('partner/crown-prosecution-service', ['Crown Prosecution Service']),
        entity('partner/refuge', ['Refuge']),
      ],
      labels,
    );
    assert.deepEqual([score.tp, score.fp, score.fn], [1, 2, 1]);
    assert.match(score.falsePositives.join('\n'), /duplicate of 'Crown Prosecution Service'/);
    assert.match(score.falsePositives.join('\n'), /Refuge .*not labelled/);
    assert.deepEqual(score.misses, ['Home Office (l.2)']);
  });

  it('neither rewards nor punishes an optional label, and rejects a wrong role', () => {
    const score = scoreEntities(
      [entity('a', ['Emergency services']), entity('b', ['Home Office'], 'PARTNER_AGENCY')],
      labels,
      (e, label) => (e.role === label.role ? undefined : `role ${e.role}`),
    );
    assert.deepEqual([score.tp, score.fp, score.fn], [0, 1, 2]);
    assert.equal(precisionOf(score), 0);
    assert.equal(recallOf({ tp: 0, fn: 0 }), 1);
  });
});
