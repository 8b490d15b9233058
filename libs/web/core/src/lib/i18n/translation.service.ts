import { DOCUMENT, EnvironmentProviders, Injectable, computed, inject, provideEnvironmentInitializer, signal } from '@angular/core';
import { Dictionaries, Dictionary, Language, TranslationParams, pickLanguage, translate } from './translate';

const STORAGE_KEY = 'pnyx.language';

function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language the app starts in: the user's last choice, else the browser's language. */
export function initialLanguage(): Language {
  return pickLanguage(readStoredLanguage(), globalThis.navigator?.language);
}

/**
 * Signal-based translations. Features register their dictionaries (see `provideTranslations`);
 * `translate()` reads signals, so templates and `computed()`s follow a language switch.
 */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries = signal<Readonly<Record<Language, Dictionary>>>({ en: {}, de: {} });
  private readonly current = signal<Language>(initialLanguage());

  readonly language = this.current.asReadonly();
  /** BCP 47 tag for `Intl` formatting. */
  readonly locale = computed(() => (this.current() === 'de' ? 'de-DE' : 'en-GB'));

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  register(dictionaries: Dictionaries): void {
    this.dictionaries.update((known) => ({
      en: { ...known.en, ...dictionaries.en },
      de: { ...known.de, ...dictionaries.de },
    }));
  }

  use(language: Language): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // Storage may be unavailable (private mode, policy); the choice then lasts for this visit.
    }
  }

  translate(key: string, params?: TranslationParams): string {
    const language = this.current();
    const dictionaries = this.dictionaries();
    return translate(language, dictionaries[language], dictionaries.en, key, params);
  }
}

/** Registers a feature's dictionaries when its injector is created (app start or lazy route). */
export function provideTranslations(dictionaries: Dictionaries): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(TranslationService).register(dictionaries));
}
