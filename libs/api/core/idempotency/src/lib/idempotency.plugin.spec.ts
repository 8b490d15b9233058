import { describe, expect, it } from 'vitest';
import { MAX_STORED_RESPONSE_CHARS, responseToStore } from './idempotency.plugin';

describe('responseToStore', () => {
  it('keeps an answer with data as the exact text sent', () => {
    const result = { data: { createPost: { id: 'UG9zdDox', body: 'Grüße' } } };
    expect(responseToStore(result)).toBe(JSON.stringify(result));
  });

  it('keeps nothing for an answer without data: nothing committed for it to stand for', () => {
    expect(responseToStore({ errors: [{ message: 'Bad input' }] })).toBeNull();
    expect(responseToStore({ data: null, errors: [{ message: 'Conflict' }] })).toBeNull();
  });

  it('keeps nothing for an answer over the limit, and keeps one just under it', () => {
    const padding = (chars: number) => ({ data: { createPage: { body: 'x'.repeat(chars) } } });
    const overhead = JSON.stringify(padding(0)).length;
    expect(responseToStore(padding(MAX_STORED_RESPONSE_CHARS - overhead))).not.toBeNull();
    expect(responseToStore(padding(MAX_STORED_RESPONSE_CHARS - overhead + 1))).toBeNull();
  });
});
