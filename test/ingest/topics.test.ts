import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { buildTopicIndex, classifyTopics, tagItems } from '../../src/ingest/link/topics.js';
import { expectedTopics } from '../fixtures/topics.expected.js';
import { getVocabulary, parseSeed } from './harness.js';

async function getTopicIndex() {
  return buildTopicIndex((await getVocabulary()).topics ?? []);
}

describe('classifyTopics on findings and recommendations from the reports', () => {
  for (const expected of expectedTopics)
    it(`files ${expected.source} under ${expected.topics.join(', ') || 'no listed topic'}`, async () => {
      const found = classifyTopics(expected.text, await getTopicIndex()).map((m) => m.topicId);
      for (const topic of expected.topics)
        assert.ok(found.includes(topic), `missing ${topic}: ${found.join(', ')}`);
      for (const topic of expected.not ?? [])
        assert.ok(!found.includes(topic), `wrongly tagged ${topic}`);
    });

  it('explains each tag by the vocabulary cue that matched and the sentence it is in', async () => {
    const { topics } = await getVocabulary();
    const text =
      'Officers carry workloads of between 11 and 20 active cases. Front-line officers had not received any refresher training following their initial training programme.';
    const matches = classifyTopics(text, await getTopicIndex());
    const workload = matches.find((m) => m.topicId === 'resourcing-and-workload')!;
    assert.equal(workload.cue, 'workload*');
    assert.equal(workload.quote, 'Officers carry workloads of between 11 and 20 active cases.');
    const training = matches.find((m) => m.topicId === 'training')!;
    assert.ok(topics!.find((t) => t.id === 'training')!.cues.includes(training.cue));
    assert.ok(training.quote.startsWith('Front-line officers'));
  });

  it('tags findings and recommendations but not initiatives, with the item’s lines', async () => {
    const index = await getTopicIndex();
    const item = {
      section: 'S',
      lineStart: 3,
      lineEnd: 4,
      text: 'Supervisors review workloads weekly.',
    };
    const tags = tagItems(
      [
        { ...item, label: 'Finding', id: 'f' },
        { ...item, label: 'Initiative', id: 'i' },
      ],
      index,
      'r',
    );
    assert.deepEqual(
      tags.map((t) => [t.itemId, t.topicId, t.cue, t.evidence.lineStart, t.evidence.reportId]),
      [
        ['f', 'resourcing-and-workload', 'workload*', 3, 'r'],
        ['f', 'supervision-and-quality-assurance', 'supervis*', 3, 'r'],
      ],
    );
  });
});

describe('topics in the dataset', () => {
  it('tags most findings of a report, each TAGGED link storing its cue', async () => {
    const report = await parseSeed('2007-10-thames-valley-police.txt');
    const dataset = buildDataset([report], await getVocabulary());
    const findings = dataset.nodes.filter((n) => n.label === 'Finding');
    const tagged = dataset.relationships.filter((r) => r.type === 'TAGGED');
    const taggedIds = new Set(tagged.map((r) => r.from));
    assert.ok(taggedIds.size >= findings.length * 0.9, `${taggedIds.size} of ${findings.length}`);
    for (const link of tagged) {
      assert.equal(typeof link.properties.cue, 'string');
      assert.ok(String(link.properties.quote).length > 0);
      assert.ok(link.to.startsWith('topic/'));
    }
    const topic = dataset.nodes.find((n) => n.id === 'topic/succession-planning')!;
    assert.equal(topic.properties.name, 'Succession planning');
  });
});
