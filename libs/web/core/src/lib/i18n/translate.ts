/** Framework-free core of the translation layer (unit-tested without Angular). */

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text, or a text per plural category (`Intl.PluralRules`), chosen by `params.count`. */
export type Translation = string | { readonly one?: string; readonly other: string };
export type Dictionary = Readonly<Record<string, Translation>>;
export type TranslationParams = Readonly<Record<string, string | number>>;

export interface Dictionaries {
  readonly en: Dictionary;
  readonly de: Dictionary;
}

/**
 * Declares a feature's texts. English is the reference: the German dictionary must
 * have exactly the same keys, which the compiler checks.
 */
export function defineDictionaries<const E extends Dictionary>(
  en: E,
  de: { readonly [K in keyof E]: Translation },
): { readonly en: E; readonly de: { readonly [K in keyof E]: Translation } } {
  return { en, de };
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Stored choice first; otherwise the browser's language (de* → German, everything else → English). */
export function pickLanguage(stored: string | null | undefined, browserLanguage: string | null | undefined): Language {
  if (isLanguage(stored)) return stored;
  return browserLanguage?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * Looks `key` up in `dictionary` (falling back to `fallback`, then to the key itself),
 * picks the plural form for `params.count` and fills `{name}` placeholders from `params`.
 */
export function translate(
  language: Language,
  dictionary: Dictionary,
  fallback: Dictionary,
  key: string,
  params?: TranslationParams,
): string {
  const entry = dictionary[key] ?? fallback[key];
  if (entry === undefined) return key;
  let text: string;
  if (typeof entry === 'string') {
    text = entry;
  } else {
    const count = Number(params?.['count'] ?? 0);
    text = pluralCategory(language, count) === 'one' && entry.one !== undefined ? entry.one : entry.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    params[name] === undefined ? placeholder : String(params[name]),
  );
}
