import { isNameGap, tokenize, type Token } from '../text/tokens.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Acronyms a report defines in its prose, `Metropolitan Communications Command (MetCC)`: the
 * words before the bracket whose initials spell the acronym's capitals are its expansion.
 * With the report's glossary they become aliases for that report only.
 */

export interface AcronymDefinition {
  readonly acronym: string;
  readonly expansion: string;
}

/** Words an acronym skips (`management of police information` → MoPI). */
const skippable = new Set(['and', 'of', 'for', 'the', 'on', 'in', 'to', 'at']);

/** Longest expansion looked at, in words. */
const maxWords = 12;

/** Every `words (ACRONYM)` definition in the text, in text order. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(sentence.text);
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (sentence.text[token.start - 1] !== '(' || sentence.text[token.end] !== ')') continue;
      const acronym = token.raw;
      if (!/^[\p{Lu}\d][\p{L}\d]*$/u.test(acronym)) continue;
      const letters = (acronym.replace(/s$/, '').match(/\p{Lu}/gu) ?? []).map((c) =>
        c.toLowerCase(),
      );
      if (letters.length < 2) continue;
      if (!/^\s*\($/.test(sentence.text.slice(tokens[i - 1]!.end, token.start))) continue;
      const start = matchInitials(sentence.text, tokens, i - 1, letters);
      if (start === undefined) continue;
      out.push({
        acronym: acronym.replace(/(?<=\p{Lu})s$/u, ''),
        expansion: sentence.text.slice(tokens[start]!.start, tokens[i - 1]!.end),
      });
    }
  }
  return out;
}

/**
 * The first token of an expansion ending at token `last` whose initials spell `letters`, or
 * undefined. Joining words may be skipped, and so may the second half of a hyphenated word
 * (`Co-ordination and Tasking Office` → CaTO).
 */
function matchInitials(
  text: string,
  tokens: readonly Token[],
  last: number,
  letters: readonly string[],
): number | undefined {
  const floor = Math.max(0, last - maxWords + 1);
  const walk = (at: number, remaining: number): number | undefined => {
    if (remaining === 0) return skippable.has(tokens[at + 1]!.key) ? undefined : at + 1;
    if (at < floor) return undefined;
    if (at < last && !isNameGap(text.slice(tokens[at]!.end, tokens[at + 1]!.start)))
      return undefined;
    const token = tokens[at]!;
    if (token.key[0] === letters[remaining - 1]) {
      const found = walk(at - 1, remaining - 1);
      if (found !== undefined) return found;
    }
    const hyphenated = at > 0 && /^[-–‐]$/.test(text.slice(tokens[at - 1]!.end, token.start));
    if (skippable.has(token.key) || hyphenated) return walk(at - 1, remaining);
    return undefined;
  };
  return walk(last, letters.length);
}
