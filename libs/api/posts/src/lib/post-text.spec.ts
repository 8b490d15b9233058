import { describe, expect, it } from 'vitest';
import { countGraphemes, extractHashtags, extractMentions, normaliseHashtag, postTitle, validatePostBody } from './post-text';

const field = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { details?: { field?: string }; code?: string });
  }
  return null;
};

describe('countGraphemes', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['👍', 1],
    ['❤️', 1],
    ['👨‍👩‍👧‍👦', 1],
    ['👍🏽', 1],
    ['🇩🇪', 1],
    ['e\u0301', 1],
    ['Über', 4],
    ['한국어', 3],
  ])('%j has %i', (text, n) => {
    expect(countGraphemes(text)).toBe(n);
  });

  it('stops counting where asked', () => {
    expect(countGraphemes('x'.repeat(10_000), 501)).toBe(501);
  });
});

describe('validatePostBody', () => {
  it('trims and accepts up to 500 characters', () => {
    expect(validatePostBody('  hello  ')).toBe('hello');
    expect(validatePostBody('a'.repeat(500))).toHaveLength(500);
  });

  it('refuses one "character" of 20,000 combining marks: a grapheme can be any length, the size cannot', () => {
    const zalgo = 'a' + '\u0301'.repeat(20_000);
    expect(() => validatePostBody(zalgo)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'body' } }));
  });

  it('counts an emoji once: 500 family emoji pass although they are 5,500 code units', () => {
    const body = '👨‍👩‍👧‍👦'.repeat(500);
    expect(body.length).toBe(5_500);
    expect(validatePostBody(body)).toBe(body);
  });

  it.each([[''], ['   \n\t '], ['a'.repeat(501)], ['👍'.repeat(501)]])('refuses %j naming body', (body) => {
    expect(field(() => validatePostBody(body))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'body' } });
  });
});

describe('extractMentions', () => {
  it.each([
    ['hi @alice and @Bob', ['alice', 'bob']],
    ['@alice @alice @ALICE', ['alice']],
    ['thanks @alice.', ['alice']],
    ['ask @jan.de-vries-', ['jan.de-vries']],
    ['mail bob@example.com', []],
    ['`@alice` in code', []],
    ['```\n@alice\n```\n@bob', ['bob']],
    ['(@carol)', ['carol']],
    ['@ alone', []],
  ])('%j → %j', (text, names) => {
    expect(extractMentions(text)).toEqual(names);
  });
});

describe('hashtags', () => {
  it.each([
    ['#Übergabe heute', ['übergabe']],
    ['#release #Release #RELEASE', ['release']],
    ['#Straße und #café', ['straße', 'café']],
    ['# Heading\n## Sub', []],
    ['see https://x.test/page#section', []],
    ['&#123; entity', []],
    ['#1 and #2026', []],
    ['#q3_2026 plan', ['q3_2026']],
    ['`#code` and #real', ['real']],
    ['#日本語', ['日本語']],
    ['a#b', []],
  ])('%j → %j', (text, tags) => {
    expect(extractHashtags(text)).toEqual(tags);
  });

  it('normalises composed and decomposed forms alike', () => {
    expect(extractHashtags('#U\u0308bergabe')).toEqual(['übergabe']);
    expect(normaliseHashtag('#ÜBERGABE')).toBe('übergabe');
    expect(normaliseHashtag('not a tag')).toBeNull();
    expect(normaliseHashtag('x'.repeat(101))).toBeNull();
  });
});

describe('postTitle', () => {
  it.each([
    ['**Release** freeze\nsecond line', 'Release freeze'],
    ['# Heading  with   spaces', 'Heading with spaces'],
    ['See [the proposal](/decisions/abc) and ![chart](x.png)', 'See the proposal and chart'],
    ['👍'.repeat(100), `${'👍'.repeat(79)}…`],
  ])('%j → %j', (body, title) => {
    expect(postTitle(body)).toBe(title);
  });
});
