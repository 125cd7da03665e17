import assert from 'node:assert/strict';
import { it } from 'node:test';
import { findCueWords } from '../../src/api/resolvers/cue-match.js';

it('finds the words of a sentence that a topic cue matched, as printed', () => {
  assert.equal(
    findCueWords('The force works with partners to prevent crime locally.', 'prevent* crime'),
    'prevent crime',
  );
  assert.equal(findCueWords('Crime prevention is a priority.', 'prevent*'), 'prevention');
  assert.equal(findCueWords('Two MARACs meet monthly.', 'MARAC'), 'MARACs');
  assert.equal(
    findCueWords('Supervisors check the risk-assessment forms.', 'risk assessment'),
    'risk-assessment',
  );
  assert.equal(findCueWords('Nothing about it here.', 'prevent*'), null);
  assert.equal(findCueWords(null, 'prevent*'), null);
  assert.equal(findCueWords('Crime prevention.', null), null);
});
