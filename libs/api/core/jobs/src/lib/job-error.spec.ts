import { describe, expect, it } from 'vitest';
import { jobErrorSummary, MAX_JOB_ERROR_LENGTH } from './job-error';

describe('jobErrorSummary', () => {
  it.each([
    ['a plain message', 'search index down', 'search index down'],
    ['only the first line', 'boom\n    at handle (consumer.ts:1:1)\n    at run', 'boom'],
    ['skips leading blank lines', '\n\n  boom  \nmore', 'boom'],
    ['Windows line ends', 'boom\r\nat x', 'boom'],
    ['nothing', '', null],
    ['only whitespace', ' \n \t', null],
    ['null', null, null],
  ])('shows %s', (_name, input, expected) => {
    expect(jobErrorSummary(input)).toBe(expected);
  });

  it('truncates to 500 characters', () => {
    const summary = jobErrorSummary('x'.repeat(2_000)) as string;
    expect(summary).toHaveLength(MAX_JOB_ERROR_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
    expect(jobErrorSummary('y'.repeat(MAX_JOB_ERROR_LENGTH))).toBe('y'.repeat(MAX_JOB_ERROR_LENGTH));
  });
});
