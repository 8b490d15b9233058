import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, MAX_INDEXED_CHARS, isPlainWords, markdownToText, snippetHtml, validateQuery } from './search-text';

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('# Title\n\n**Bold** and _it_ with [a link](https://x.example/y) and ![img](a.png)\n\n- item\n> quote\n```ts\ncode()\n```')).toBe(
      'Title\n\n Bold and it with a link and img\n\nitem\nquote\n\ncode()',
    );
  });

  it('drops HTML tags but keeps text that only looks like markup', () => {
    expect(markdownToText('a <b>bold</b> <script>x</script> 1 < 2 & 3 > 2')).toBe('a bold x 1 < 2 & 3 > 2');
  });

  it('removes control characters (the snippet marks) and caps the length', () => {
    expect(markdownToText(`a${MATCH_START}b${MATCH_END}c`)).toBe('a b c');
    expect(markdownToText('x'.repeat(MAX_INDEXED_CHARS + 10))).toHaveLength(MAX_INDEXED_CHARS);
  });
});

describe('validateQuery', () => {
  it.each([[''], ['   '], ['x'.repeat(501)]])('refuses %j naming query', (q) => {
    expect(() => validateQuery(q)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'query' } }));
  });

  it('counts characters, not UTF-16 units, and trims', () => {
    expect(validateQuery(` ${'🙂'.repeat(500)} `)).toBe('🙂'.repeat(500));
  });
});

describe('isPlainWords', () => {
  it.each([
    ['Quartalsbericht 2026', true],
    ['"exact phrase"', false],
    ['apple -pie', false],
    ['apple OR pear', false],
    ['e-mail', true],
  ])('%j → %s', (q, plain) => expect(isPlainWords(q)).toBe(plain));
});

describe('snippetHtml', () => {
  it('escapes the text and turns the marks into <mark>', () => {
    expect(snippetHtml(`<b>${MATCH_START}Risk${MATCH_END}</b> & "q"`)).toBe('&lt;b&gt;<mark>Risk</mark>&lt;/b&gt; &amp; &quot;q&quot;');
  });
});
