import type { ExtractContext } from '../extract-context.js';
import { makeProvenance } from '../layout/provenance.js';
import type { Block } from '../layout/layout.js';
import type { ParsedMostSimilarForce, Provenance } from '../report.types.js';
import { findForce, listForceNames, toForceKey } from '../vocabulary/lookup.js';
import type { ForceEntry, Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * The sentence naming the force's most-similar-forces group:
 * `Most similar force (MSF) group for the MPS is Greater Manchester, Merseyside, West Midlands
 * and West Yorkshire.` The subject, when named, must be the report's own force; a group member
 * the force vocabulary does not know is skipped with a warning.
 */
const groupSentence =
  /\bmost similar forces?\s*(?:\(MSFs?\)\s*)?(?:group\s*)?(?:for|of)?\s*(.*?)\s+(?:is|are|comprises|consists of|includes)\s+(?:the\s+)?([^.]+)/i;

/** The forces the report groups with its own force, in the order printed, without repeats. */
export function extractMostSimilarForces(ctx: ExtractContext): ParsedMostSimilarForce[] {
  const out: ParsedMostSimilarForce[] = [];
  const seen = new Set<string>([ctx.force.id]);
  for (const block of ctx.layout.blocks) {
    if (block.kind === 'table') continue;
    for (const sentence of block.text.split(/(?<=\.)\s+/)) {
      const m = groupSentence.exec(sentence.replace(/^[*\s]+/, ''));
      if (!m) continue;
      const subject = m[1]!.trim();
      if (subject !== '' && findForce(ctx.vocabulary, subject)?.id !== ctx.force.id) continue;
      const names = splitForceList(m[2]!).flatMap((segment) =>
        splitSegment(ctx.vocabulary, segment),
      );
      // A sentence naming no known force at all is prose about the group, not the group.
      if (!names.some((n) => n.force)) continue;
      for (const { name, force } of names) {
        if (!force) {
          ctx.warn(block.lineStart, `most similar force '${name}' is not in the force vocabulary`);
          continue;
        }
        if (seen.has(force.id)) continue;
        seen.add(force.id);
        out.push({ forceId: force.id, provenance: quoteSentence(ctx, block, sentence) });
      }
    }
  }
  return out;
}

function quoteSentence(ctx: ExtractContext, block: Block, sentence: string): Provenance {
  return makeProvenance(ctx.tree, block.lineStart, block.lineEnd, sentence);
}

/** `A, B, C and D` → names; an `and` inside a name (`Avon and Somerset`) is resolved later. */
function splitForceList(list: string): string[] {
  return list
    .split(/\s*[,;]\s*/)
    .map((part) => part.replace(/^and\s+/i, '').trim())
    .filter((part) => part !== '');
}

interface ListedName {
  readonly name: string;
  readonly force: ForceEntry | undefined;
}

/**
 * A listed segment as force names: one exact name, or names joined by `and` (`West Midlands
 * and West Yorkshire` is two forces, `Avon and Somerset` is one). Only exact names count: the
 * prefix matching of `findForce` would read `West Midlands and …` as West Midlands alone. An
 * unknown name before a known one (`Atlantis and Merseyside`) is split off at the last `and`.
 */
function splitSegment(vocabulary: Vocabulary, segment: string): ListedName[] {
  const resolved = resolveSegment(vocabulary, segment);
  if (resolved) return resolved.map((force) => ({ name: force.name, force }));
  const at = segment.toLowerCase().lastIndexOf(' and ');
  const right = at > 0 ? resolveSegment(vocabulary, segment.slice(at + 5)) : undefined;
  if (!right) return [{ name: segment, force: undefined }];
  return [
    { name: segment.slice(0, at), force: undefined },
    ...right.map((force) => ({ name: force.name, force })),
  ];
}

function resolveSegment(vocabulary: Vocabulary, segment: string): ForceEntry[] | undefined {
  const whole = resolveExactly(vocabulary, segment);
  if (whole) return [whole];
  const words = segment.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i]!.toLowerCase() !== 'and') continue;
    const left = resolveExactly(vocabulary, words.slice(0, i).join(' '));
    const right = left && resolveSegment(vocabulary, words.slice(i + 1).join(' '));
    if (left && right) return [left, ...right];
  }
  return undefined;
}

function resolveExactly(vocabulary: Vocabulary, name: string): ForceEntry | undefined {
  const force = findForce(vocabulary, name);
  const key = toForceKey(name);
  return force && listForceNames(force).some((n) => toForceKey(n) === key) ? force : undefined;
}
