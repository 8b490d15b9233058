import { describe, expect, it } from 'vitest';
import { countGraphemes, insertMention, linkPostHtml, mentionAt, tagPath } from './post-text';

describe('countGraphemes', () => {
  it.each([
    ['', 0],
    ['hello', 5],
    ['  padded  ', 6],
    ['👍', 1],
    ['👨‍👩‍👧‍👦', 1],
    ['🇩🇪🇨🇭', 2],
    ['Übergabe', 8],
    ['U\u0308bergabe', 8],
    ['❤️', 1],
  ])('%j has %i characters', (text, count) => {
    expect(countGraphemes(text)).toBe(count);
  });

  it('counts 501 emoji as 501 although they are 1002 UTF-16 units', () => {
    const text = '🎉'.repeat(501);
    expect(text.length).toBe(1002);
    expect(countGraphemes(text)).toBe(501);
  });
});

describe('mentionAt', () => {
  it.each([
    ['@', 1, { search: '', start: 0, end: 1 }],
    ['Hello @al', 9, { search: 'al', start: 6, end: 9 }],
    ['(@bob', 5, { search: 'bob', start: 1, end: 5 }],
    ['Hi @anna.k', 10, { search: 'anna.k', start: 3, end: 10 }],
    ['x\n@c', 4, { search: 'c', start: 2, end: 4 }],
  ])('%j at %i is a mention', (text, caret, expected) => {
    expect(mentionAt(text, caret)).toEqual(expected);
  });

  it.each([
    ['mail alice@example.com', 22],
    ['Hello @alice and', 16],
    ['no at sign', 10],
    ['@@bob', 5],
    ['path/@x', 7],
    ['@.dot', 5],
  ])('%j at %i is not', (text, caret) => {
    expect(mentionAt(text, caret)).toBeNull();
  });

  it('looks only at the text before the caret', () => {
    expect(mentionAt('Hello @al and more', 9)).toEqual({ search: 'al', start: 6, end: 9 });
  });
});

describe('insertMention', () => {
  it('replaces the partial name and adds a space', () => {
    const text = 'Hello @al';
    expect(insertMention(text, mentionAt(text, 9)!, 'alice')).toEqual({ text: 'Hello @alice ', caret: 13 });
  });

  it('keeps the text after the caret and does not double the space', () => {
    const text = 'Hi @b there';
    expect(insertMention(text, mentionAt(text, 5)!, 'bob')).toEqual({ text: 'Hi @bob there', caret: 8 });
  });
});

describe('linkPostHtml', () => {
  it('links resolved mentions and stored hashtags', () => {
    expect(linkPostHtml('<p>Hello @alice, the #Übergabe notes</p>', ['alice'], ['übergabe'])).toBe(
      `<p>Hello <a class="mention" href="/posts/people/alice">@alice</a>, the <a class="hashtag" href="${tagPath('übergabe')}">#Übergabe</a> notes</p>`,
    );
  });

  it('leaves unknown names, e-mail addresses, entities and code alone', () => {
    const html = '<p>@nobody mail a@alice.de &#39; <code>@alice #tag</code> <a href="https://x">#tag</a> #tag.</p>';
    expect(linkPostHtml(html, ['alice'], ['tag'])).toBe(
      '<p>@nobody mail a@alice.de &#39; <code>@alice #tag</code> <a href="https://x">#tag</a> <a class="hashtag" href="/posts/tags/tag">#tag</a>.</p>',
    );
  });

  it('keeps a trailing dot out of the name', () => {
    expect(linkPostHtml('<p>Thanks @Alice.</p>', ['alice'], [])).toBe('<p>Thanks <a class="mention" href="/posts/people/alice">@Alice</a>.</p>');
  });

  it('does not touch attributes', () => {
    expect(linkPostHtml('<p><img alt="#tag @alice" src="x.png"></p>', ['alice'], ['tag'])).toBe('<p><img alt="#tag @alice" src="x.png"></p>');
  });
});
