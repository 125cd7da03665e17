import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/ingest/build-dataset.js';
import { buildReportGazetteer } from '../../src/ingest/link/link-report.js';
import {
  buildTopicIndex,
  classifyTopics,
  listNamedSpans,
  tagItems,
} from '../../src/ingest/link/topics.js';
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

  it('explains each tag by the vocabulary cue that matched, the words it matched and the sentence', async () => {
    const { topics } = await getVocabulary();
    const text =
      'Officers carry workloads of between 11 and 20 active cases. Front-line officers had not received any refresher training following their initial training programme.';
    const matches = classifyTopics(text, await getTopicIndex());
    const workload = matches.find((m) => m.topicId === 'resourcing-and-workload')!;
    assert.equal(workload.cue, 'workload*');
    assert.equal(workload.matched, 'workloads');
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

/** The topics of a text, reading entity names with a gazetteer of the text itself. */
async function classifyWithNames(text: string): Promise<string[]> {
  const vocabulary = await getVocabulary();
  const gazetteer = buildReportGazetteer({
    vocabulary,
    forceId: 'metropolitan-police',
    items: [],
    paragraphs: [{ text, section: 'S', lineStart: 1, lineEnd: 1 }],
    glossary: [],
  });
  return classifyTopics(text, await getTopicIndex(), listNamedSpans(text, gazetteer)).map(
    (m) => m.topicId,
  );
}

describe('topic cues that are not about the topic', () => {
  it('does not read a word in another sense as a cue', async () => {
    const index = await getTopicIndex();
    const topicsOf = (text: string) => classifyTopics(text, index).map((m) => m.topicId);
    // Met 2008 l.413: an oversight is a mistake, not oversight of the force.
    assert.ok(
      !topicsOf(
        'However, BOCU and partner input appears minimal, which, in view of the transient nature of many London communities, may be an oversight.',
      ).includes('leadership-and-governance'),
    );
    // Thames Valley 2007 l.450: the communications room is the control room.
    assert.ok(
      !topicsOf(
        'Quality of service training has been given to all police officers and staff, including those in the communications room.',
      ).includes('communication'),
    );
    // Met 2007 l.615: a survey of staff is not engagement with the community.
    assert.ok(
      !topicsOf(
        'While the corporate staff satisfaction survey had lapsed, it has since been reintroduced by the MPS.',
      ).includes('community-engagement'),
    );
    // Met 2007 l.621: to determine is not to deter.
    assert.ok(
      !topicsOf('There is ongoing work to determine its key outputs and outcomes.').includes(
        'crime-prevention',
      ),
    );
    // The cues still count in their own sense.
    assert.ok(
      topicsOf('There is little oversight of investigations.').includes(
        'leadership-and-governance',
      ),
    );
    assert.deepEqual(
      topicsOf(
        'The force should communicate its priorities to local people through a residents survey, to deter offenders.',
      ).sort(),
      ['communication', 'community-engagement', 'crime-prevention'],
    );
  });

  it('does not read the words of an organisation’s name as a cue, but for partnership working', async () => {
    // Thames Valley 2007 l.691: victim support the agency; Met 2007 l.629: ACPO's name.
    const agency = await classifyWithNames(
      'The inspection team liaised with key agencies, including the probation service, victim support and social services.',
    );
    assert.ok(!agency.includes('victim-care'), agency.join(', '));
    assert.ok(agency.includes('partnership-working'));
    const acpo = await classifyWithNames(
      "That the force develops its performance management framework, taking into account the ten principles within the joint Association of Chief Police Officers and Home Office publication 'Managing Police Performance'.",
    );
    assert.ok(!acpo.includes('leadership-and-governance'), acpo.join(', '));
    // Words of the topic outside a name, and an acronym of advisers who support victims, count.
    assert.ok(
      (await classifyWithNames('Chief officers do not support victims well.')).includes(
        'victim-care',
      ),
    );
    assert.ok(
      (await classifyWithNames('Chief officers do not support victims well.')).includes(
        'leadership-and-governance',
      ),
    );
    assert.ok(
      (await classifyWithNames('Every high-risk victim is referred to an IDVA.')).includes(
        'victim-care',
      ),
    );
  });

  it('does not read the examples of an `eg` aside as cues', async () => {
    // Met 2007 l.627.
    const found = classifyTopics(
      'These could usefully include accountabilities and links with other key business processes (eg PDR objectives, NIM, finance, management skills/competencies, etc).',
      await getTopicIndex(),
    ).map((m) => m.topicId);
    for (const topic of ['intelligence', 'finance-and-value-for-money', 'training'])
      assert.ok(!found.includes(topic), `${topic} in ${found.join(', ')}`);
    assert.ok(
      classifyTopics('Finance is not linked to planning.', await getTopicIndex()).some(
        (m) => m.topicId === 'finance-and-value-for-money',
      ),
    );
  });
});

describe('a weak cue needs support', () => {
  it('counts one ordinary word in the first sentence, or again later, but not once in passing', async () => {
    const index = await getTopicIndex();
    const topicsOf = (text: string) => classifyTopics(text, index).map((m) => m.topicId);
    const passing =
      'Performance meetings take place monthly. The unit monitors completion rates with policies and training plans in place.';
    assert.deepEqual(topicsOf(passing), ['performance-management']);
    assert.ok(
      topicsOf('Training plans are in place. Performance meetings take place monthly.').includes(
        'training',
      ),
    );
    assert.ok(
      topicsOf(
        'Performance meetings take place monthly. Training is patchy and training records are incomplete.',
      ).includes('training'),
    );
    // A phrase or a name printed exactly is enough anywhere.
    assert.ok(
      topicsOf('Performance meetings take place monthly. Data is taken from CRIS.').includes(
        'it-systems-and-data',
      ),
    );
  });

  it('reads a cue that names a body by a common noun as weak', async () => {
    const index = await getTopicIndex();
    const topicsOf = (text: string) => classifyTopics(text, index).map((m) => m.topicId);
    // Met 2007 l.620: the chief officer group is a board, not a statement about chief officers.
    const group =
      'SO department has a continuous improvement unit. A departmental performance report is to be reviewed by the chief officer group (COG).';
    assert.ok(!topicsOf(group).includes('leadership-and-governance'));
    assert.ok(
      topicsOf('The unit reports to chief officers weekly. Audits are rare.').includes(
        'leadership-and-governance',
      ),
    );
  });
});

/** The TAGGED topics of each finding or recommendation of a seed report, by its first line. */
async function tagsByLine(sourceFile: string): Promise<Map<number, string[]>> {
  const dataset = buildDataset([await parseSeed(sourceFile)], await getVocabulary());
  const lineOf = new Map(dataset.nodes.map((n) => [n.id, n.properties.lineStart]));
  const out = new Map<number, string[]>();
  for (const r of dataset.relationships) {
    if (r.type !== 'TAGGED' || r.fromLabel === 'Passage') continue;
    const line = lineOf.get(r.from) as number;
    out.set(line, [...(out.get(line) ?? []), r.to.replace(/^topic\//, '')]);
  }
  return out;
}

describe('topic tags of the report text, through ingestion', () => {
  it('leaves out words used in passing in the Met 2007 performance management findings', async () => {
    const tags = await tagsByLine('2007-10-metropolitan-police.txt');
    // l.597: 'The HR department career management unit monitors completion rates with policies
    // and training plans in place', the last of five sentences on performance meetings and PDRs.
    assert.deepEqual(tags.get(597), ['performance-management']);
    // l.591: 'resources board performance meetings' names a board.
    assert.ok(!tags.get(591)!.includes('resourcing-and-workload'));
    // l.601: 'regular engagement with the MPA, HMIC and the PCSD' is not community engagement;
    // 'external inspection partnership meetings' in the second sentence is not partnership work.
    assert.ok(!tags.get(601)!.includes('community-engagement'));
    assert.ok(!tags.get(601)!.includes('partnership-working'));
    // l.620: 'reviewed by the chief officer group (COG)'.
    assert.ok(!tags.get(620)!.includes('leadership-and-governance'));
    // l.609: one word in the first sentence states the subject: 'widely communicated'.
    assert.ok(tags.get(609)!.includes('communication'));
  });

  it('keeps the single cue of a one-sentence recommendation, a programme’s name included', async () => {
    const tags = await tagsByLine('2017-03-metropolitan-police-peel-effectiveness-2016.txt');
    // l.578: 'The force should ensure that its integrated offender management programme is
    // implemented consistently across all areas.'
    assert.ok(tags.get(578)!.includes('offender-management'));
    // l.804: 'understanding why training gaps remain in specialist teams ...'
    assert.ok(tags.get(804)!.includes('training'));
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
