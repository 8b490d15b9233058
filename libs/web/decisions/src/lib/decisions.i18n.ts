import type { Dictionaries, Dictionary, Translation } from '@pnyx/web/core';

// Type-only imports: this file stays framework-free.
const en = {
  'decisions.page.title': 'Decisions',
  'decisions.page.empty.title': 'Nothing here yet',
  'decisions.page.empty.message': 'This area is new. Its content will appear here.',
} as const satisfies Dictionary;

/** Exactly the English keys; the compiler reports a missing or extra one. */
const de: { readonly [K in keyof typeof en]: Translation } = {
  'decisions.page.title': 'Decisions',
  'decisions.page.empty.title': 'Hier ist noch nichts',
  'decisions.page.empty.message': 'Dieser Bereich ist neu. Seine Inhalte erscheinen hier.',
};

export const decisionsDictionaries: Dictionaries = { en, de };
