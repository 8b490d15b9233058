import { describe, expect, it } from 'vitest';
import {
  MAX_BODY_BYTES,
  MAX_LABEL_LENGTH,
  MAX_LABELS,
  MAX_SUMMARY_LENGTH,
  MAX_TITLE_LENGTH,
  normaliseLabel,
  validateBody,
  validateLabels,
  validatePosition,
  validateSummary,
  validateTitle,
} from './page-input.validation';

const badInput = (field: string) => expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } });

describe('page input validation', () => {
  it.each([
    ['Runbooks', 'Runbooks'],
    ['  Über   uns  ', 'Über uns'],
    ['t'.repeat(200), 't'.repeat(200)],
  ])('accepts the title %j', (title, expected) => {
    expect(validateTitle(title)).toBe(expected);
  });

  it.each([[''], ['   '], ['t'.repeat(201)]])('rejects the title %j naming title', (title) => {
    expect(() => validateTitle(title)).toThrow(badInput('title'));
  });

  it('accepts a body of exactly 1 MB and normalises line endings', () => {
    expect(validateBody('a'.repeat(MAX_BODY_BYTES)).length).toBe(MAX_BODY_BYTES);
    expect(validateBody('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it.each([
    ['one byte over', 'a'.repeat(MAX_BODY_BYTES + 1)],
    ['over in bytes, not in characters', 'ä'.repeat(MAX_BODY_BYTES / 2 + 1)],
  ])('rejects a body %s naming body', (_name, body) => {
    expect(() => validateBody(body)).toThrow(badInput('body'));
  });

  it.each([
    [null, null],
    ['   ', null],
    [' Fixed  typos ', 'Fixed typos'],
  ])('summary %j → %j', (summary, expected) => {
    expect(validateSummary(summary)).toBe(expected);
  });

  it('rejects a summary over 500 characters', () => {
    expect(() => validateSummary('s'.repeat(501))).toThrow(badInput('summary'));
  });

  it.each([
    [['Onboarding Guide', 'adr', 'ADR', ' hr '], ['adr', 'hr', 'onboarding-guide']],
    [['Prüfung', 'q3.2026', 'team_a'], ['prüfung', 'q3.2026', 'team_a']],
    [[], []],
  ])('labels %j → %j', (labels, expected) => {
    expect(validateLabels(labels)).toEqual(expected);
  });

  it.each([[['']], [['-leading']], [['a/b']], [['<script>']], [['l'.repeat(41)]], [Array.from({ length: 21 }, (_, i) => `l${i}`)]])(
    'rejects labels %j naming labels',
    (labels) => {
      expect(() => validateLabels(labels)).toThrow(badInput('labels'));
    },
  );

  it('names the field it is given for a single label', () => {
    expect(normaliseLabel(' Runbook ')).toBe('runbook');
    expect(() => normaliseLabel('a b/c')).toThrow(badInput('label'));
  });

  it.each([
    [null, null],
    [0, 0],
    [7, 7],
  ])('position %j → %j', (position, expected) => {
    expect(validatePosition(position)).toBe(expected);
  });

  it.each([[-1], [1.5]])('rejects position %j', (position) => {
    expect(() => validatePosition(position)).toThrow(badInput('position'));
  });

  it('keeps the limits under their API names', () => {
    expect([MAX_TITLE_LENGTH, MAX_BODY_BYTES, MAX_SUMMARY_LENGTH, MAX_LABELS, MAX_LABEL_LENGTH]).toEqual([200, 1024 * 1024, 500, 20, 40]);
  });

  it.each([
    ['title', () => validateTitle(''), 'The title must be 1 to 200 characters'],
    ['body', () => validateBody('a'.repeat(MAX_BODY_BYTES + 1)), 'The body must be at most 1 MB'],
    ['summary', () => validateSummary('s'.repeat(501)), 'The edit summary must be at most 500 characters'],
    ['label', () => normaliseLabel('-x'), 'A label is 1 to 40 letters, digits, dots, dashes or underscores'],
    ['labels', () => validateLabels(Array.from({ length: 21 }, (_, i) => `l${i}`)), 'A page has at most 20 labels'],
    ['position', () => validatePosition(-1), 'position must be 0 or more'],
  ])('says why it rejects the %s', (_field, call, message) => {
    expect(call).toThrow(message);
  });
});
