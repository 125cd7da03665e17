import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vocabularyDir } from '../../../src/paths.js';
import { expectedEntities, type ExpectedEntities } from '../../fixtures/entities.expected.js';
import { peel2016Findings } from '../../fixtures/findings-peel-2016.expected.js';
import { peel2016Recommendations } from '../../fixtures/recommendations-peel-2016.expected.js';
import { expectedTopics } from '../../fixtures/topics.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import {
  assertIncludesAll,
  listPagedNodes,
  reportOfFile,
  seedReports,
  selectReportFindings,
} from './seed-graph.js';

interface Mention {
  entity: { __typename: string; id: string };
  evidence: { quote: string | null };
}

interface ItemMentions {
  report: {
    recommendations: { nodes: { text: string; mentions: Mention[] }[] };
    developingPractice: { name: string; mentions: Mention[] }[];
    sampled: { nodes: { mentions: { evidence: { report: { id: string } } }[] }[] };
  } & Record<string, unknown>;
}

/** The GraphQL type an entity id belongs to, by its documented prefix (docs/ingestion.md). */
function typeOfEntityId(id: string): string {
  if (id.startsWith('partner/')) return 'PartnerAgency';
  if (id.startsWith('body/')) return 'Body';
  if (id.startsWith('unit/')) return 'Unit';
  if (id.startsWith('initiative/')) return 'Initiative';
  return 'Force';
}

function mentionsOperation(entities: ExpectedEntities): ConformanceOperation {
  const report = reportOfFile(entities.sourceFile);
  const selection =
    'mentions { entity: target { __typename ... on Node { id } } evidence { quote } }';
  return checkOperation<ItemMentions>({
    name: `mentions: the partners, units, initiatives and forces the items of ${report.id} name`,
    query: `query ($id: ID!) {
      report(id: $id) {
        ${selectReportFindings(entities.sourceFile, `text ${selection}`)}
        recommendations(first: 20) { nodes { text ${selection} } }
        developingPractice { name ${selection} }
        sampled: findings(first: 10) { nodes { mentions { evidence { report { id } } } } }
      }
    }`,
    variables: { id: report.id },
    check: (data) => {
      for (const finding of data.report.sampled.nodes)
        for (const mention of finding.mentions) assert.equal(mention.evidence.report.id, report.id);
      const items = {
        Finding: listPagedNodes<{ text: string; mentions: Mention[] }>(data.report),
        Recommendation: data.report.recommendations.nodes,
        Initiative: data.report.developingPractice.map((i) => ({
          text: i.name,
          mentions: i.mentions,
        })),
      };
      for (const want of entities.mentions) {
        const where = `${want.label} "${want.startsWith.slice(0, 40)}…"`;
        const item = items[want.label].find((candidate) =>
          candidate.text.startsWith(want.startsWith),
        );
        assert.ok(item, `${where} is in ${report.id}`);
        const named = item.mentions.map((m) => m.entity.id);
        assertIncludesAll(named, want.entities, where);
        for (const excluded of want.not ?? [])
          assert.ok(!named.includes(excluded), `${where} names ${excluded}`);
        for (const mention of item.mentions) {
          assert.equal(
            mention.entity.__typename,
            typeOfEntityId(mention.entity.id),
            mention.entity.id,
          );
          assert.ok(mention.evidence.quote, 'a mention quotes its sentence');
        }
      }
    },
  });
}

interface TaggedItem {
  text: string;
  /** Selected on recommendations only. */
  topics?: { id: string }[];
  tags: {
    cue: string | null;
    matched: string | null;
    topic: { id: string };
    /** Selected on recommendations only. */
    evidence?: { quote: string | null };
  }[];
}

interface ReportTags {
  report: { recommendations: { nodes: TaggedItem[] } } & Record<string, unknown>;
}

/** Each topic's cues as the vocabulary writes them: a tag's `cue` is one of them. */
function readTopicCues(): Map<string, readonly string[]> {
  const text = readFileSync(join(vocabularyDir, 'topics.json'), 'utf8');
  const { topics } = JSON.parse(text) as { topics: { id: string; cues: string[] }[] };
  return new Map(topics.map((topic) => [`topic/${topic.id}`, topic.cues]));
}

/**
 * The topic fixtures keep the report's curly quotes where the stored text may have plain ones
 * (the recommendation fixtures do): compare texts with quotes made plain and spaces collapsed.
 */
function plainQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

function topicsOperation(sourceFile: string): ConformanceOperation {
  const report = reportOfFile(sourceFile);
  const wanted = expectedTopics.filter((item) => item.source.startsWith(`${sourceFile}:`));
  // Findings read their topics through their tags only, and only the recommendations' tags
  // carry their sentences: all of it for every finding would price the query over the limit
  // (test/api/topic-tags.test.ts checks the sentence of every tag in the graph).
  const selection = 'text tags { cue matched topic { id } }';
  const withEvidence = 'text topics { id } tags { cue matched topic { id } evidence { quote } }';
  return checkOperation<ReportTags>({
    name: `topics: the findings and recommendations of ${report.id} are filed under the topics a reader files them under, each tag with the words and the sentence that matched`,
    query: `query ($id: ID!) {
      report(id: $id) {
        ${selectReportFindings(sourceFile, selection)}
        recommendations(first: 20) { nodes { ${withEvidence} } }
      }
    }`,
    variables: { id: report.id },
    check: ({ report }) => {
      const cues = readTopicCues();
      const items = [...listPagedNodes<TaggedItem>(report), ...report.recommendations.nodes];
      for (const want of wanted) {
        // Some fixtures hold only a passage of a longer item.
        const item = items.find((candidate) =>
          plainQuotes(candidate.text).includes(plainQuotes(want.text)),
        );
        assert.ok(item, `${want.source} is an item of ${report.id}`);
        const tagged = [...new Set(item.tags.map((tag) => tag.topic.id))].sort();
        const topicIds = item.topics?.map((t) => t.id) ?? tagged;
        assertIncludesAll(
          topicIds,
          want.topics.map((id) => `topic/${id}`),
          want.source,
        );
        // What an excerpt is not about, the rest of the item may still be.
        const whole = plainQuotes(item.text) === plainQuotes(want.text);
        for (const excluded of whole ? (want.not ?? []) : []) {
          assert.ok(
            !topicIds.includes(`topic/${excluded}`),
            `${want.source} is not about ${excluded}`,
          );
        }
        assert.deepEqual(tagged, [...topicIds].sort(), `${want.source}: a tag per topic`);
        for (const tag of item.tags) {
          assert.ok(
            cues.get(tag.topic.id)?.includes(tag.cue ?? ''),
            `${tag.cue} is a cue of ${tag.topic.id}`,
          );
          // The words that matched stand in the sentence and in the item, and begin as the cue.
          const where = `${want.source}: ${tag.cue}`;
          assert.ok(tag.matched, `${where} has the words that matched`);
          if (tag.evidence)
            assert.ok(
              tag.evidence.quote?.includes(tag.matched),
              `${where}: "${tag.matched}" in the quote`,
            );
          assert.ok(plainQuotes(item.text).includes(plainQuotes(tag.matched)), where);
          const firstWord = tag.cue!.split(/\s+/)[0]!.replace(/\*$/, '').toLowerCase();
          assert.ok(tag.matched.toLowerCase().startsWith(firstWord), `${where} → ${tag.matched}`);
        }
      }
    },
  });
}

const peel = seedReports.find((report) => report.metadata.framework === 'PEEL_EFFECTIVENESS_2016')!;
const causeOfConcern = peel2016Findings[0]!.samples.find((s) => s.kind === 'CAUSE_OF_CONCERN')!;

interface ConcernRecommendations {
  report: {
    findings: {
      nodes: {
        text: string;
        theme: { id: string };
        recommendations: {
          number: number | null;
          text: string;
          evidence: { lines: { start: number } };
        }[];
      }[];
    };
  };
}

export const itemOperations: readonly ConformanceOperation[] = [
  ...expectedEntities.map(mentionsOperation),
  ...[...new Set(expectedTopics.map((item) => item.source.split(':')[0]!))].map(topicsOperation),
  checkOperation<ConcernRecommendations>({
    name: 'finding.recommendations: the PEEL cause of concern lists the eight recommendations that address it, in order',
    query: `query ($id: ID!) {
      report(id: $id) {
        findings(filter: { kinds: [CAUSE_OF_CONCERN] }) {
          nodes { text theme { id } recommendations { number text evidence { lines { start } } } }
        }
      }
    }`,
    variables: { id: peel.id },
    check: ({ report }) => {
      assert.equal(report.findings.nodes.length, 1);
      const [finding] = report.findings.nodes;
      assert.equal(finding!.text, causeOfConcern.text);
      assert.equal(finding!.theme.id, causeOfConcern.themeId);
      const want = peel2016Recommendations[0]!.recommendations;
      assert.deepEqual(
        finding!.recommendations.map((r) => r.evidence.lines.start),
        want.map((r) => r.lineStart),
      );
      finding!.recommendations.forEach((got, i) => {
        assert.equal(got.number, null);
        assert.ok(
          got.text.startsWith(want[i]!.firstWords),
          `recommendation at l.${want[i]!.lineStart}`,
        );
      });
    },
  }),
];
