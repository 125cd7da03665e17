import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { buildSnippet } from '../../src/search/snippet.js';
import { listQueryWords, tokenizeText } from '../../src/search/search-text.js';

const matchWords =
  (...words: string[]) =>
  (word: string) =>
    words.includes(word);

const options = { maxLength: 60, lead: 15 };

describe('snippets', () => {
  it('returns a short passage whole, with matching words marked', () => {
    assert.equal(
      buildSnippet(['Training is poor; training records are missing.'], matchWords('training')),
      '«Training» is poor; «training» records are missing.',
    );
  });

  it('marks a run of matching words separated only by spaces as one', () => {
    assert.equal(
      buildSnippet(
        ['A clear succession planning programme.'],
        matchWords('succession', 'planning'),
      ),
      'A clear «succession planning» programme.',
    );
    assert.equal(
      buildSnippet(['succession, planning'], matchWords('succession', 'planning')),
      '«succession», «planning»',
    );
  });

  it('cuts a long passage around the best window at word boundaries, with ellipses', () => {
    const passage =
      'Officers attend briefings every morning and the force reviews its rota weekly. ' +
      'Information sharing with partners is weak, and information sharing agreements are out of date. ' +
      'The rest of this text is about something else entirely and goes on for a while.';
    const snippet = buildSnippet([passage], matchWords('information', 'sharing'), options)!;
    assert.match(snippet, /^….*…$/);
    assert.ok(snippet.includes('«Information sharing»'), snippet);
    const plain = snippet.replace(/[«»…]/g, '');
    assert.ok(passage.includes(plain), 'the snippet is a slice of the passage');
    assert.ok(plain.length <= options.maxLength, `${plain.length} characters`);
    const words = new Set(tokenizeText(passage).map((t) => `${t.start}`));
    assert.ok(words.has(String(passage.indexOf(plain))), 'it starts at the start of a word');
  });

  it('prefers the window with the most distinct matching words over the first match', () => {
    const passage =
      'Risk is mentioned here at the start of a long passage that rambles on about other matters for quite some time. ' +
      'Later the risk assessment process is described in detail.';
    const snippet = buildSnippet([passage], matchWords('risk', 'assessment'), options)!;
    assert.ok(snippet.includes('«risk assessment»'), snippet);
  });

  it('chooses the passage that matches best, in the order given when equal', () => {
    assert.equal(
      buildSnippet(['Safer neighbourhoods', 'Safer neighbourhoods team'], matchWords('safer')),
      '«Safer» neighbourhoods',
    );
    assert.equal(
      buildSnippet(['Safer streets', 'Safer neighbourhoods team'], matchWords('safer', 'team')),
      '«Safer» neighbourhoods «team»',
    );
  });

  it('is null when no word of any passage matches', () => {
    assert.equal(buildSnippet(['Nothing to see'], matchWords('training')), null);
    assert.equal(buildSnippet([], matchWords('training')), null);
  });

  it('cuts inside a word only when one word is longer than the snippet', () => {
    const snippet = buildSnippet(['x'.repeat(100)], matchWords('x'.repeat(100)), options)!;
    assert.equal(snippet, `«${'x'.repeat(60)}»…`);
  });
});

describe('query words', () => {
  it('are lower case without accents, stop words or repeats', () => {
    assert.deepEqual(listQueryWords('The Café of the café, RE-offending'), [
      'cafe',
      're',
      'offending',
    ]);
  });
});
