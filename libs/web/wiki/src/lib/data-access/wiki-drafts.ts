import { Injectable } from '@angular/core';
import { DraftStore } from './drafts';

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Unsaved page edits in this browser's localStorage. */
@Injectable({ providedIn: 'root' })
export class WikiDrafts extends DraftStore {
  constructor() {
    super(localStorageOrNull());
  }
}
