import type { ApiContext } from '../context.js';
import type { AnyNode, Linked } from '../nodes.js';
import type { Evidence } from '../types/evidence.type.js';
import type { Mention } from '../types/links.type.js';
import type { MentionSource } from '../types/mention-source.type.js';
import type { TopicTag } from '../types/topic.type.js';
import { cleanQuote, toEvidence } from './evidence.js';

/** The topic tags of a finding, recommendation or passage: cue, matched words and sentence. */
export async function loadTopicTags(ctx: ApiContext, itemId: string): Promise<TopicTag[]> {
  const tags = await ctx.loaders.topicsByItemId.load(itemId);
  const topics = await ctx.loaders.topicById.loadMany(tags.map((tag) => tag.node));
  return tags.flatMap(({ link }, i) => {
    const topic = topics[i];
    if (!topic || topic instanceof Error) return [];
    // Ingestion stored the printed words; they are cleaned like the quote they stand in.
    const matched = cleanQuote(link.matched ?? null);
    return [{ topic, cue: link.cue ?? null, matched, evidence: toEvidence(link) }];
  });
}

/** The entities a finding, recommendation or initiative names, with the evidence of each. */
export async function loadMentions(ctx: ApiContext, itemId: string): Promise<Mention[]> {
  const mentions = await ctx.loaders.mentionsByItemId.load(itemId);
  return joinNodes(ctx, mentions, (entity, evidence) => ({ target: entity, entity, evidence }));
}

/**
 * Resolves the node ids of evidence links through the per-request node loader (one batched
 * query for all the ids a level asks for), keeping link order and dropping ids that vanished.
 */
async function joinNodes<T>(
  ctx: ApiContext,
  links: readonly Linked<string>[],
  build: (node: AnyNode, evidence: Evidence) => T,
): Promise<T[]> {
  const nodes = await ctx.loaders.nodeById.loadMany(links.map(({ node }) => node));
  const joined: T[] = [];
  links.forEach(({ link }, i) => {
    const node = nodes[i];
    if (node && !(node instanceof Error)) joined.push(build(node, toEvidence(link)));
  });
  return joined;
}

/** The findings, recommendations, initiatives and passages that name an entity, with the evidence of each. */
export async function loadMentionedBy(ctx: ApiContext, entityId: string): Promise<MentionSource[]> {
  const sources = await ctx.loaders.mentionedByEntityId.load(entityId);
  return joinNodes(ctx, sources, (item, evidence) => ({ source: item, item, evidence }));
}
