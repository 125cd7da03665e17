import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApi, type TestApi } from '../support/api-server.js';
import { pageThrough, type ConnectionPage } from '../support/page-through.js';

/**
 * Topic tags over HTTP against the seed graph on the embedded engine: each tag says which cue of
 * the taxonomy matched (`cost*`), the words of the text it matched as printed (`costs`) and the
 * sentence. Ingestion records the words when it tags the item; the API only reads them. Expected
 * answers are read from the reports (Met 2007 l.300: "partnership support from local authorities
 * sharing costs for 314 PCSOs").
 */

interface Tag {
  cue: string | null;
  matched: string | null;
  topic: { id: string };
  evidence: { report: { id: string }; lines: { start: number; end: number }; quote: string | null };
}

interface TaggedItem {
  id: string;
  text: string;
  tags: Tag[];
}

const tagSelection =
  'tags { cue matched topic { id } evidence { report { id } lines { start end } quote } }';

/** The cue's words, without the `*` of a prefix: `risk assess*` → [`risk`, `assess`]. */
function cueWords(cue: string): string[] {
  return cue
    .toLowerCase()
    .split(/[\s\-/()[\]]+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(/\*$/, ''));
}

/** The printed words, split where the tagger lets a phrase's words be apart. */
function printedWords(matched: string): string[] {
  return matched
    .toLowerCase()
    .split(/[\s\-/()[\]]+/)
    .filter((w) => w !== '');
}

/** `strategies` for `strategy` (a cue's last word also matches its plural). */
function isPluralOf(printed: string, word: string): boolean {
  return word.endsWith('y') && printed === `${word.slice(0, -1)}ies`;
}

describe('topic tags over HTTP', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => {
    await api.close();
  });

  async function allItems(
    root: 'findings' | 'recommendations' | 'passages',
  ): Promise<TaggedItem[]> {
    return pageThrough<TaggedItem>(
      api,
      `query ($after: String) { ${root}(first: 50, after: $after) {
         nodes { id text ${tagSelection} } pageInfo { hasNextPage endCursor } } }`,
      {},
      (data) => data[root] as ConnectionPage<TaggedItem>,
    );
  }

  it('gives the printed words a wildcard cue matched, and the sentence they stand in', async () => {
    const items = await allItems('findings');
    const item = items.find((f) => f.text.includes('Independent advisory groups (IAGs)'));
    assert.ok(item, 'the Met 2007 finding on partnership support (l.300) is in the graph');
    const tag = item.tags.find((t) => t.topic.id === 'topic/community-engagement');
    assert.ok(tag, `tagged community engagement: ${JSON.stringify(item.tags)}`);
    // The cue as the taxonomy writes it; the words as the report prints them (capital, plural).
    assert.equal(tag.cue, 'independent advisory group*');
    assert.equal(tag.matched, 'Independent advisory groups');
    assert.equal(tag.evidence.report.id, '2007-10-metropolitan-police-inspection');
    assert.deepEqual(tag.evidence.lines, { start: 300, end: 300 });
    assert.equal(
      tag.evidence.quote,
      'Independent advisory groups (IAGs) and voluntary groups are also fully engaged at all levels.',
    );

    // `cost*` matches any word it begins: the words served are the printed ones.
    const costs = items.flatMap((f) => f.tags).filter((t) => t.cue === 'cost*');
    assert.ok(costs.length > 0, 'some finding is tagged through cost*');
    for (const t of costs) {
      assert.match(t.matched ?? '', /^cost\w*$/i);
      assert.ok(t.evidence.quote?.includes(t.matched!), `${t.matched} in ${t.evidence.quote}`);
    }
  });

  it('every tag of every finding, recommendation and passage has words that match its cue, in its sentence', async () => {
    let tags = 0;
    let wildcards = 0;
    for (const root of ['findings', 'recommendations', 'passages'] as const) {
      for (const item of await allItems(root)) {
        for (const tag of item.tags) {
          const where = `${item.id} ${tag.topic.id} ${tag.cue}`;
          assert.ok(tag.cue, `${where}: a cue`);
          assert.ok(tag.matched, `${where}: the words that matched`);
          assert.ok(
            tag.evidence.quote?.includes(tag.matched),
            `${where}: "${tag.matched}" in the quote`,
          );
          const want = cueWords(tag.cue);
          const got = printedWords(tag.matched);
          assert.equal(got.length, want.length, `${where} → ${tag.matched}`);
          want.forEach((word, i) =>
            assert.ok(
              got[i]!.startsWith(word) || isPluralOf(got[i]!, word),
              `${where} → ${tag.matched}: word ${i + 1}`,
            ),
          );
          if (
            tag.cue.includes('*') &&
            tag.matched.toLowerCase() !== tag.cue.replace(/\*/g, '').toLowerCase()
          )
            wildcards += 1;
          tags += 1;
        }
      }
    }
    // The seed graph has thousands of tags, many of them through a wildcard cue.
    assert.ok(tags > 1000, `${tags} tags`);
    assert.ok(wildcards > 100, `${wildcards} tags whose printed words differ from a wildcard cue`);
  });
});
