import { describe, expect, it } from 'vitest';
import { feedDictionaries } from '../feed.i18n';
import { filterFor, kindText, profilePath, relativeTime, tabFrom } from './feed-text';

describe('kindText', () => {
  it.each([
    ['POST_CREATED', 'posted', 'hat einen Beitrag geschrieben'],
    ['BLOG_POST_PUBLISHED', 'published a blog post', 'hat einen Blogbeitrag veröffentlicht'],
    ['PAGE_CREATED', 'created a page', 'hat eine Seite angelegt'],
    ['PAGE_UPDATED', 'updated a page', 'hat eine Seite bearbeitet'],
    ['PROPOSAL_OPENED', 'opened a proposal', 'hat einen Vorschlag eröffnet'],
    ['PROPOSAL_CLOSED', 'closed a proposal', 'hat einen Vorschlag abgeschlossen'],
  ] as const)('%s: “%s” / “%s”', (kind, english, german) => {
    expect(feedDictionaries.en[kindText(kind)]).toBe(english);
    expect(feedDictionaries.de[kindText(kind)]).toBe(german);
  });

  it('says something for a kind the client does not know yet', () => {
    expect(kindText('SOMETHING_NEW' as never)).toBe('feed.kind.other');
  });
});

describe('tabs', () => {
  it.each([
    ['following', 'following', true],
    ['everything', 'everything', false],
    [null, 'everything', false],
    ['bogus', 'everything', false],
  ] as const)('?tab=%s is %s (following: %s)', (query, tab, following) => {
    expect(tabFrom(query)).toBe(tab);
    expect(filterFor(tabFrom(query))).toEqual({ following });
  });
});

describe('relativeTime', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  it.each([
    ['2026-11-30T11:59:50Z', 'en', 'now'],
    ['2026-11-30T11:55:00Z', 'en', '5 minutes ago'],
    ['2026-11-30T10:00:00Z', 'en', '2 hours ago'],
    ['2026-11-29T12:00:00Z', 'en', 'yesterday'],
    ['2026-11-20T12:00:00Z', 'en', 'last week'],
    ['2026-11-30T11:55:00Z', 'de', 'vor 5 Minuten'],
    ['2026-11-30T10:00:00Z', 'de', 'vor 2 Stunden'],
  ])('%s in %s: %s', (iso, locale, text) => {
    expect(relativeTime(iso, now, locale)).toBe(text);
  });

  it('is empty for a broken date', () => {
    expect(relativeTime('not a date', now, 'en')).toBe('');
  });
});

describe('profilePath', () => {
  it('escapes the username', () => {
    expect(profilePath('alice')).toBe('/people/alice');
    expect(profilePath('a b')).toBe('/people/a%20b');
  });
});

/** What the translation layer does with a plural entry (Intl.PluralRules picks the form). */
function plural(language: 'en' | 'de', key: string, count: number): string {
  const entry = feedDictionaries[language][key];
  const form = typeof entry === 'string' ? entry : new Intl.PluralRules(language).select(count) === 'one' && entry.one ? entry.one : entry.other;
  return form.replace('{count}', String(count));
}

describe('the banner text', () => {
  it.each([
    [1, 'en', '1 new post'],
    [3, 'en', '3 new posts'],
    [1, 'de', '1 neuer Beitrag'],
    [3, 'de', '3 neue Beiträge'],
  ] as const)('%i in %s: %s', (count, language, text) => {
    expect(plural(language, 'feed.banner', count)).toBe(text);
  });
});
