import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnySchemaObject } from 'ajv';

import { vocabularyDir } from '../../../src/paths.js';
import type { EvalKind } from '../eval-kind.js';
import type { EvalReport } from '../eval-report.js';
import { labelBaseProperties, readLabelFile, type LabelBase } from '../labels.js';
import type { KindScore } from '../score.js';

/**
 * Topic tags (TAGGED): for each labelled finding or recommendation, the topics it is about. An
 * item is found by the first line it is printed on; each of its tags is a true positive when the
 * label lists the topic, a false positive when it lists neither the topic nor leaves it optional,
 * and each listed topic without a tag is a miss. Items without a label are not scored.
 */
interface TopicTagLabel extends LabelBase {
  /** The item's opening words as printed on one of its lines (for reading the file). */
  readonly start: string;
  /** Topic ids (`seed/vocabulary/topics.json`) the item is about. */
  readonly topics: readonly string[];
  /** Topics the item touches in passing: a tag is neither counted nor punished. */
  readonly optionalTopics?: readonly string[];
}

const itemSchema: AnySchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['lines', 'start', 'topics'],
  properties: {
    start: { type: 'string', minLength: 3 },
    topics: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    optionalTopics: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    ...labelBaseProperties,
  },
};

const read = (report: EvalReport) =>
  readLabelFile<TopicTagLabel>('topic-tags', report.reportId, itemSchema);

const taggedLabels = new Set(['Finding', 'Recommendation']);

export const topicTags: EvalKind = {
  name: 'topic-tags',
  description:
    'topics of labelled findings and recommendations (a tag matches a topic the label lists)',
  target: { precision: 0.9 },
  floor: { precision: 0.9, recall: 0.88 },
  evaluate(report) {
    const file = read(report);
    return file && scoreTopicTags(report, file.labels);
  },
  checkLabels(report) {
    const file = read(report);
    if (!file) return [];
    const known = readTopicIds();
    const items = indexItems(report);
    return file.labels.flatMap((label) => {
      const where = `topic-tags/${report.reportId}: '${label.start}'`;
      const problems: string[] = [];
      const printed = label.lines.some((n) =>
        stripBullet(report.lines[n - 1] ?? '').startsWith(label.start),
      );
      if (!printed) problems.push(`${where} is not printed at the start of lines ${label.lines}`);
      if (!items.has(label.lines[0]!))
        problems.push(`${where}: no finding or recommendation starts at line ${label.lines[0]}`);
      for (const topic of [...label.topics, ...(label.optionalTopics ?? [])])
        if (!known.has(topic)) problems.push(`${where}: unknown topic '${topic}'`);
      return problems;
    });
  },
};

function scoreTopicTags(report: EvalReport, labels: readonly TopicTagLabel[]): KindScore {
  const items = indexItems(report);
  const tagsOf = new Map<string, { topic: string; cue: string }[]>();
  for (const r of report.dataset.relationships) {
    if (r.type !== 'TAGGED' || !taggedLabels.has(r.fromLabel)) continue;
    const tags = tagsOf.get(r.from) ?? [];
    tags.push({ topic: r.to.replace(/^topic\//, ''), cue: String(r.properties.cue ?? '') });
    tagsOf.set(r.from, tags);
  }
  let tp = 0;
  const falsePositives: string[] = [];
  const misses: string[] = [];
  for (const label of labels) {
    const itemId = items.get(label.lines[0]!);
    const tags = itemId ? (tagsOf.get(itemId) ?? []) : [];
    const where = `l.${label.lines[0]} '${label.start}'`;
    for (const tag of tags) {
      if (label.topics.includes(tag.topic)) tp++;
      else if (!label.optionalTopics?.includes(tag.topic))
        falsePositives.push(`${where}: ${tag.topic} (cue '${tag.cue}')`);
    }
    for (const topic of label.topics)
      if (!tags.some((t) => t.topic === topic)) misses.push(`${where}: ${topic}`);
  }
  return { tp, fp: falsePositives.length, fn: misses.length, falsePositives, misses };
}

/** Finding and recommendation node ids by the first line of the item. */
function indexItems(report: EvalReport): Map<number, string> {
  const out = new Map<number, string>();
  for (const node of report.dataset.nodes)
    if (taggedLabels.has(node.label) && typeof node.properties.lineStart === 'number')
      out.set(node.properties.lineStart, node.id);
  return out;
}

/** A line as a reader sees its words: without the bullet mark and the indent. */
function stripBullet(line: string): string {
  return line.trimStart().replace(/^[-•]\s+/, '');
}

let topicIds: Set<string> | undefined;

/** The ids of the curated topic taxonomy. */
function readTopicIds(): Set<string> {
  topicIds ??= new Set(
    (
      JSON.parse(readFileSync(join(vocabularyDir, 'topics.json'), 'utf8')) as {
        topics: { id: string }[];
      }
    ).topics.map((t) => t.id),
  );
  return topicIds;
}
