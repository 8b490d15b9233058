import { describe, expect, it } from 'vitest';
import { addTags, blogFormProblem, normaliseTag, refusalField } from './blog-form';

describe('normaliseTag', () => {
  it.each([
    ['Release', 'release'],
    ['#Übergabe', 'übergabe'],
    ['  q3_plan ', 'q3_plan'],
    ['2026', null],
    ['no-dash', null],
    ['', null],
    ['x'.repeat(51), null],
  ])('%s → %s', (typed, tag) => {
    expect(normaliseTag(typed)).toBe(tag);
  });
});

describe('addTags', () => {
  it('adds each piece once, normalised, and keeps the order', () => {
    expect(addTags(['release'], 'Risk, #release planning')).toEqual({ tags: ['release', 'risk', 'planning'], rejected: [] });
  });

  it('names the pieces that are not tags and leaves them out', () => {
    expect(addTags([], 'ok 123 a-b')).toEqual({ tags: ['ok'], rejected: ['123', 'a-b'] });
  });
});

describe('blogFormProblem', () => {
  it('wants a title', () => {
    expect(blogFormProblem('   ', [])).toBe('titleRequired');
  });

  it('counts an emoji as one character', () => {
    expect(blogFormProblem('🎉'.repeat(200), [])).toBeNull();
    expect(blogFormProblem('x'.repeat(201), [])).toBe('titleTooLong');
  });

  it('allows at most 10 tags', () => {
    const tags = Array.from({ length: 11 }, (_, i) => `tag${i}`);
    expect(blogFormProblem('Title', tags.slice(0, 10))).toBeNull();
    expect(blogFormProblem('Title', tags)).toBe('tooManyTags');
  });
});

describe('refusalField', () => {
  it('shows a refusal beside the field the API named, otherwise above the buttons', () => {
    expect(refusalField('title')).toBe('title');
    expect(refusalField('tags')).toBe('tags');
    expect(refusalField('baseVersion')).toBe('form');
    expect(refusalField(null)).toBe('form');
  });
});
