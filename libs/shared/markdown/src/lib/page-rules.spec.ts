import { describe, expect, it } from 'vitest';
import {
  LABEL_MAX_LENGTH,
  PAGE_BODY_MAX_BYTES,
  PAGE_MAX_LABELS,
  PAGE_SUMMARY_MAX_LENGTH,
  PAGE_TITLE_MAX_LENGTH,
  normaliseBody,
  normaliseLabel,
  normaliseSummary,
  normaliseTitle,
  pageBodyTooLarge,
  utf8ByteLength,
} from './page-rules';

describe('page limits', () => {
  it('are the ones the API documents', () => {
    expect([PAGE_TITLE_MAX_LENGTH, PAGE_BODY_MAX_BYTES, PAGE_SUMMARY_MAX_LENGTH, PAGE_MAX_LABELS, LABEL_MAX_LENGTH]).toEqual([200, 1024 * 1024, 500, 20, 40]);
  });
});

describe('normaliseLabel', () => {
  it.each([
    ['Onboarding Guide', 'onboarding-guide'],
    ['  howto ', 'howto'],
    [' Runbook ', 'runbook'],
    ['v1.2_final', 'v1.2_final'],
    ['q3.2026', 'q3.2026'],
    ['team_a', 'team_a'],
    ['Über', 'über'],
    ['Prüfung', 'prüfung'],
    ['l'.repeat(40), 'l'.repeat(40)],
    ['-leading', null],
    ['', null],
    ['   ', null],
    ['a'.repeat(41), null],
    ['semi;colon', null],
    ['a/b', null],
    ['a b/c', null],
    ['<script>', null],
  ])('%j → %j', (label, expected) => {
    expect(normaliseLabel(label)).toBe(expected);
  });
});

describe('normaliseTitle', () => {
  it.each([
    ['  Team \n charter ', 'Team charter'],
    ['  Über   uns  ', 'Über uns'],
    ['   ', ''],
  ])('%j → %j', (title, expected) => {
    expect(normaliseTitle(title)).toBe(expected);
  });
});

describe('normaliseSummary', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['   ', null],
    [' Fixed  typos ', 'Fixed typos'],
  ])('%j → %j', (summary, expected) => {
    expect(normaliseSummary(summary)).toBe(expected);
  });
});

describe('normaliseBody', () => {
  it('uses LF line endings', () => {
    expect(normaliseBody('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('body size in UTF-8 bytes', () => {
  it.each([
    ['ascii', 'abc', 3],
    ['umlaut', 'ä', 2],
    ['euro sign', '€', 3],
    ['emoji (surrogate pair)', '😀', 4],
    ['empty', '', 0],
  ])('%s', (_name, text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });

  it.each([
    ['exactly 1 MB', 'a'.repeat(PAGE_BODY_MAX_BYTES), false],
    ['one byte over', 'a'.repeat(PAGE_BODY_MAX_BYTES + 1), true],
    ['1 MB of two-byte letters', 'ä'.repeat(PAGE_BODY_MAX_BYTES / 2), false],
    ['over in bytes, not in characters', 'ä'.repeat(PAGE_BODY_MAX_BYTES / 2 + 1), true],
  ])('%s → too large: %s', (_name, body, tooLarge) => {
    expect(pageBodyTooLarge(body)).toBe(tooLarge);
  });
});
