import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, validateCommentBody } from './comment-input.validation';

describe('validateCommentBody', () => {
  it.each([
    ['  Looks good  ', 'Looks good'],
    ['x'.repeat(MAX_COMMENT_LENGTH), 'x'.repeat(MAX_COMMENT_LENGTH)],
  ])('accepts %j', (body, expected) => {
    expect(validateCommentBody(body)).toBe(expected);
  });

  it.each([[''], ['   \n\t '], ['x'.repeat(MAX_COMMENT_LENGTH + 1)]])('rejects %j naming body', (body) => {
    expect(() => validateCommentBody(body)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'body' } }));
  });
});
