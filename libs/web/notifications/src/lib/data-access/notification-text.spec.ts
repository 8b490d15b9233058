import { describe, expect, it } from 'vitest';
import { notificationsDictionaries } from '../notifications.i18n';
import { NOTIFICATION_KINDS, badgeText, dayLabel, groupByDay, kindIcon, kindSentence, relativeTime, sentenceParams, splitPath } from './notification-text';

/** The dictionaries' text for `key`, placeholders filled (the sentences have no plural forms). */
function translate(_language: string, dictionary: Record<string, unknown>, _fallback: unknown, key: string, params: Record<string, string> = {}): string {
  const text = dictionary[key];
  if (typeof text !== 'string') throw new Error(`No text for ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/** A local time (the test's time zone), as an ISO string. */
function at(y: number, m: number, d: number, h: number, min = 0): string {
  return new Date(y, m - 1, d, h, min).toISOString();
}

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [99, '99'],
    [100, '99+'],
    [12345, '99+'],
  ])('%s → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('groupByDay', () => {
  const items = [
    { id: 'a', createdAt: at(2026, 3, 2, 0, 5) },
    { id: 'b', createdAt: at(2026, 3, 1, 23, 55) },
    { id: 'c', createdAt: at(2026, 3, 1, 0, 0) },
    { id: 'd', createdAt: at(2026, 2, 28, 23, 59) },
    { id: 'e', createdAt: at(2026, 2, 27, 8, 0) },
  ];

  it('puts five past midnight in Today and five to midnight in Yesterday', () => {
    const now = new Date(2026, 2, 2, 0, 10).getTime();
    expect(groupByDay(items, now).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['today', ['a']],
      ['yesterday', ['b', 'c']],
      ['2026-02-28', ['d']],
      ['2026-02-27', ['e']],
    ]);
  });

  it('moves everything one day back when the clock passes midnight', () => {
    const now = new Date(2026, 2, 3, 0, 0, 1).getTime();
    expect(groupByDay(items, now).map((g) => g.key)).toEqual(['yesterday', '2026-03-01', '2026-02-28', '2026-02-27']);
  });

  it('handles the turn of the year and an empty list', () => {
    const now = new Date(2027, 0, 1, 9).getTime();
    expect(groupByDay([{ createdAt: at(2026, 12, 31, 23, 0) }], now)[0].key).toBe('yesterday');
    expect(groupByDay([], now)).toEqual([]);
  });

  it('labels the groups in the user’s language', () => {
    const en = (key: string) => translate('en', notificationsDictionaries.en, notificationsDictionaries.en, key);
    const de = (key: string) => translate('de', notificationsDictionaries.de, notificationsDictionaries.en, key);
    expect(dayLabel('today', 'en-GB', en)).toBe('Today');
    expect(dayLabel('yesterday', 'de-DE', de)).toBe('Gestern');
    expect(dayLabel('2026-02-28', 'en-GB', en)).toMatch(/^Saturday,? 28 February 2026$/);
    expect(dayLabel('2026-02-28', 'de-DE', de)).toBe('Samstag, 28. Februar 2026');
  });
});

describe('kind → sentence', () => {
  const sentence = (language: 'en' | 'de', n: Parameters<typeof sentenceParams>[0] & { kind: (typeof NOTIFICATION_KINDS)[number] }) => {
    const dictionary = notificationsDictionaries[language];
    const someone = translate(language, dictionary, notificationsDictionaries.en, 'notifications.someone');
    return translate(language, dictionary, notificationsDictionaries.en, kindSentence(n.kind), sentenceParams(n, someone));
  };
  const carol = { displayName: 'Carol Conrad' };

  it.each([
    ['MENTION', 'en', 'Carol Conrad mentioned you in “Lunch plans”'],
    ['MENTION', 'de', 'Carol Conrad hat Sie in „Lunch plans“ erwähnt'],
    ['COMMENT', 'en', 'Carol Conrad commented on “Lunch plans”'],
    ['COMMENT', 'de', 'Carol Conrad hat „Lunch plans“ kommentiert'],
    ['VOTE_REQUESTED', 'en', 'Carol Conrad asks for your vote on “Lunch plans”'],
    ['PROPOSAL_CLOSED', 'de', '„Lunch plans“ wurde entschieden'],
  ] as const)('%s in %s', (kind, language, text) => {
    expect(sentence(language, { kind, actor: carol, title: 'Lunch plans' })).toBe(text);
  });

  it('says “Someone” for a notification without an actor', () => {
    expect(sentence('en', { kind: 'PAGE_UPDATED', actor: null, title: 'Rota' })).toBe('Someone updated “Rota”');
    expect(sentence('de', { kind: 'PAGE_UPDATED', actor: null, title: 'Rota' })).toBe('Jemand hat „Rota“ bearbeitet');
  });

  it('has a sentence and an icon for every kind in both languages', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(notificationsDictionaries.en[kindSentence(kind)]).toBeTruthy();
      expect(notificationsDictionaries.de[kindSentence(kind)]).toBeTruthy();
      expect(kindIcon(kind)).toMatch(/^[a-z-]+$/);
    }
  });
});

describe('splitPath', () => {
  it.each([
    ['/posts/p1', '/posts/p1', undefined],
    ['/decisions/d1#vote', '/decisions/d1', 'vote'],
    ['/s/OPS/rota#comment-c9', '/s/OPS/rota', 'comment-c9'],
    ['/blog/b1#', '/blog/b1', undefined],
  ])('%s', (path, url, fragment) => {
    expect(splitPath(path)).toEqual({ url, fragment });
  });
});

describe('relativeTime', () => {
  const now = new Date(2026, 2, 2, 12, 0).getTime();
  it('says how long ago in both languages', () => {
    expect(relativeTime(new Date(now - 5 * 60_000).toISOString(), now, 'en-GB')).toBe('5 minutes ago');
    expect(relativeTime(new Date(now - 2 * 3600_000).toISOString(), now, 'de-DE')).toBe('vor 2 Stunden');
    expect(relativeTime('not a date', now, 'en-GB')).toBe('');
  });
});
