import { describe, expect, it } from 'vitest';
import { coreDictionaries } from './core.i18n';
import { defineDictionaries, pickLanguage, translate } from './translate';

const texts = defineDictionaries(
  {
    greeting: 'Hello {name}',
    members: { one: '{count} member', other: '{count} members' },
    onlyEnglish: 'English only',
  },
  {
    greeting: 'Hallo {name}',
    members: { one: '{count} Mitglied', other: '{count} Mitglieder' },
    onlyEnglish: 'Nur Englisch',
  },
);

describe('translate', () => {
  it.each([
    ['en', 'greeting', { name: 'Alice' }, 'Hello Alice'],
    ['de', 'greeting', { name: 'Alice' }, 'Hallo Alice'],
    ['en', 'members', { count: 1 }, '1 member'],
    ['en', 'members', { count: 0 }, '0 members'],
    ['en', 'members', { count: 7 }, '7 members'],
    ['de', 'members', { count: 1 }, '1 Mitglied'],
    ['de', 'members', { count: 2 }, '2 Mitglieder'],
    ['en', 'greeting', undefined, 'Hello {name}'],
    ['en', 'missing.key', undefined, 'missing.key'],
  ] as const)('%s %s %j → %s', (language, key, params, expected) => {
    expect(translate(language, texts[language], texts.en, key, params)).toBe(expected);
  });

  it('falls back to English when the language lacks a key', () => {
    expect(translate('de', {}, texts.en, 'onlyEnglish')).toBe('English only');
  });

  it('leaves unknown placeholders alone', () => {
    expect(translate('en', { x: 'a {b} c' }, {}, 'x', { other: 1 })).toBe('a {b} c');
  });
});

describe('pickLanguage', () => {
  it.each([
    ['de', 'en-US', 'de'],
    ['en', 'de-DE', 'en'],
    [null, 'de-CH', 'de'],
    [null, 'DE', 'de'],
    [null, 'en-GB', 'en'],
    [null, 'fr-FR', 'en'],
    ['xx', undefined, 'en'],
  ] as const)('stored %s, browser %s → %s', (stored, browser, expected) => {
    expect(pickLanguage(stored, browser)).toBe(expected);
  });
});

describe('core dictionaries', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(coreDictionaries.de).sort()).toEqual(Object.keys(coreDictionaries.en).sort());
  });
});
