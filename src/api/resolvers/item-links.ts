import type { ApiContext } from '../context.js';
import type { Mention, MentionSource } from '../types/links.type.js';
import type { TopicTag } from '../types/topic.type.js';
import { toEvidence } from './evidence.js';

/** The topic tags of a finding or recommendation, with their cues. */
export async function loadTopicTags(ctx: ApiContext, itemId: string): Promise<TopicTag[]> {
  const tags = await ctx.loaders.topicsByItemId.load(itemId);
  return tags.map(({ node, link }) => ({ topic: node, cue: link.cue ?? null }));
}

/** The entities a finding, recommendation or initiative names, with the evidence of each. */
export async function loadMentions(ctx: ApiContext, itemId: string): Promise<Mention[]> {
  const mentions = await ctx.loaders.mentionsByItemId.load(itemId);
  return mentions.map(({ node, link }) => ({ entity: node, evidence: toEvidence(link) }));
}

/** The findings, recommendations and initiatives that name an entity, with the evidence of each. */
export async function loadMentionedBy(ctx: ApiContext, entityId: string): Promise<MentionSource[]> {
  const sources = await ctx.loaders.mentionedByEntityId.load(entityId);
  return sources.map(({ node, link }) => ({ item: node, evidence: toEvidence(link) }));
}
