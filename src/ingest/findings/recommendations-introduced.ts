import type { ListBlock } from './list-blocks.js';
import { cleanText, collapseSpaces, type ListItem } from './list-items.js';
import { quoteStart } from '../text/quote.js';

/**
 * Unnumbered recommendations in the PEEL layout: a sentence that introduces a list, then
 * lower-case bullets that only make sense with it.
 *
 *     The force should immediately take steps to improve its services to vulnerable people by:
 *     - developing its understanding of …;
 *     - improving the completion rate, quality and supervision of DASH forms; and
 *
 * Each bullet becomes one recommendation whose text is the introducing sentence, a space and
 * the bullet, with the list's joining punctuation (`;`, `; and`) replaced by a full stop:
 * `The force should … by: improving the completion rate, quality and supervision of DASH forms.`
 * Lines and quote are the bullet's own, as printed. A paragraph with no bullets after it is a
 * recommendation on its own.
 */

export interface IntroducedRecommendation {
  readonly item: ListItem;
  /** The introducing sentence as printed, or null for a stand-alone paragraph. */
  readonly intro: string | null;
  /** First line of the introducing sentence (or of the item itself). */
  readonly anchorLine: number;
}

export function groupIntroducedRecommendations(
  blocks: readonly ListBlock[],
): IntroducedRecommendation[] {
  const out: IntroducedRecommendation[] = [];
  let intro: ListBlock | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.bullet) {
      if (blocks[i + 1]?.bullet) intro = b;
      else {
        intro = undefined;
        out.push({ item: toItem(b.text, b), intro: null, anchorLine: b.block.lineStart });
      }
      continue;
    }
    const last = out[out.length - 1];
    if (b.subBullet && last) {
      out[out.length - 1] = { ...last, item: extendItem(last.item, b) };
      continue;
    }
    const text = intro ? `${intro.text.trim()} ${closeBullet(b.text)}` : b.text;
    out.push({
      item: toItem(text, b),
      intro: intro ? intro.text.trim() : null,
      anchorLine: (intro ?? b).block.lineStart,
    });
  }
  return out;
}

/** `…and Clare's Law; and` → `…and Clare's Law.` */
function closeBullet(text: string): string {
  const bare = text.trim().replace(/\s*[;,]\s*((and|or)\s*)?$/i, '');
  return /[.!?]$/.test(bare) ? bare : `${bare}.`;
}

function toItem(text: string, b: ListBlock): ListItem {
  return {
    text: cleanText(text),
    quote: quoteStart(collapseSpaces(b.text)),
    lineStart: b.block.lineStart,
    lineEnd: b.block.lineEnd,
  };
}

function extendItem(item: ListItem, b: ListBlock): ListItem {
  return { ...item, text: cleanText(`${item.text} ${b.text}`), lineEnd: b.block.lineEnd };
}
