import { describe, expect, it } from 'vitest';
import { normaliseBlogTag, validateBlogBody, validateBlogTags, validateBlogTitle } from './blog-text';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { details?: { field?: string } }).details?.field ?? (e as { field?: string }).field;
  }
  return undefined;
}

describe('blog text rules', () => {
  it.each([
    ['#Übergabe', 'übergabe'],
    ['Release_2026', 'release_2026'],
    ['  risk  ', 'risk'],
    ['Ü'.normalize('NFD'), 'ü'],
    ['', null],
    ['#', null],
    ['2026', null],
    ['two words', null],
    ['a-b', null],
    ['x'.repeat(51), null],
  ])('normaliseBlogTag(%j) = %j', (input, expected) => {
    expect(normaliseBlogTag(input)).toBe(expected);
  });

  it('keeps distinct tags in the order given', () => {
    expect(validateBlogTags(['Risk', '#risk', 'Übergabe'])).toEqual(['risk', 'übergabe']);
    expect(validateBlogTags(undefined)).toEqual([]);
  });

  it('refuses an eleventh tag or a bad one, naming tags', () => {
    expect(validateBlogTags(Array.from({ length: 10 }, (_, i) => `t${i}x`))).toHaveLength(10);
    expect(fieldOf(() => validateBlogTags(Array.from({ length: 11 }, (_, i) => `t${i}x`)))).toBe('tags');
    expect(fieldOf(() => validateBlogTags(['no spaces']))).toBe('tags');
  });

  it('takes a title of 1 to 200 characters (an emoji counts once), trimmed', () => {
    expect(validateBlogTitle('  Hello  ')).toBe('Hello');
    expect(validateBlogTitle('a'.repeat(200))).toHaveLength(200);
    expect(validateBlogTitle('👨‍👩‍👧‍👦'.repeat(200))).toHaveLength(200 * 11);
    expect(fieldOf(() => validateBlogTitle('a'.repeat(201)))).toBe('title');
    expect(fieldOf(() => validateBlogTitle('   '))).toBe('title');
    expect(fieldOf(() => validateBlogTitle('a' + '\u0301'.repeat(10_000)))).toBe('title');
  });

  it('takes a body up to 1 MB', () => {
    expect(validateBlogBody('a\r\nb')).toBe('a\nb');
    expect(fieldOf(() => validateBlogBody('a'.repeat(1024 * 1024 + 1)))).toBe('body');
  });
});
