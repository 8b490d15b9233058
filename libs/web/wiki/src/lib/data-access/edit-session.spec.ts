// @angular/forms ships partially compiled: without a build step, the JIT compiler finishes it.
import '@angular/compiler';
import { Injector } from '@angular/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WikiEditablePageFragment } from '@pnyx/shared/graphql-types';
import { DraftStore, draftScope } from './drafts';
import { EditSession } from './edit-session';
import { WikiDrafts } from './wiki-drafts';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const space = { id: 'U3BhY2U6MQ==', key: 'ENG', name: 'Engineering' };
const page = (overrides: Partial<WikiEditablePageFragment> = {}): WikiEditablePageFragment => ({
  id: 'UGFnZTox',
  title: 'Runbook',
  slug: 'runbook',
  body: 'Step one',
  version: 1,
  labels: ['ops'],
  canEdit: true,
  updatedAt: '2026-01-01T10:00:00.000Z',
  updatedBy: { id: 'VXNlcjox', displayName: 'Alice Adler' },
  space,
  path: [],
  ...overrides,
});
const scope = draftScope({ pageId: 'UGFnZTox' });

describe('EditSession', () => {
  let drafts: DraftStore;
  let session: EditSession;

  /** A session on version `version` of the page, as the editor opens it. */
  function openSession(version = 1): EditSession {
    const opened = Injector.create({ providers: [EditSession, { provide: WikiDrafts, useValue: drafts }] }).get(EditSession);
    const current = page({ version });
    opened.open({ space, page: current }, scope, { title: current.title, body: current.body, labels: current.labels }, version);
    return opened;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    drafts = new DraftStore(new MemoryStorage());
    session = openSession();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  describe('dirty detection', () => {
    it('starts clean and notices edits to the title, text, summary and labels', () => {
      expect(session.dirty()).toBe(false);
      session.form.controls.title.setValue('Runbook 2');
      expect(session.dirty()).toBe(true);
      session.form.controls.title.setValue('Runbook');
      session.setBody('Step one\r\n');
      expect(session.dirty()).toBe(false);
      session.form.controls.summary.setValue('Typo');
      expect(session.dirty()).toBe(true);
      session.form.controls.summary.setValue('');
      session.addLabel('new');
      expect(session.dirty()).toBe(true);
      expect(session.labelsChanged()).toBe(true);
      session.removeLabel('new');
      expect(session.dirty()).toBe(false);
    });

    it('keeps an edit as a draft after 400 ms of quiet, and only a real edit', () => {
      session.form.controls.title.setValue('Runbook');
      vi.advanceTimersByTime(400);
      expect(drafts.latest(scope)).toBeNull();
      session.setBody('Step one\nStep two');
      vi.advanceTimersByTime(399);
      expect(drafts.latest(scope)).toBeNull();
      vi.advanceTimersByTime(1);
      expect(drafts.latest(scope)).toMatchObject({ body: 'Step one\nStep two', baseVersion: 1, labels: ['ops'] });
    });

    it('keeps label changes as a draft too', () => {
      session.addLabel('new');
      vi.advanceTimersByTime(400);
      expect(drafts.latest(scope)?.labels).toEqual(['ops', 'new']);
    });
  });

  describe('drafts', () => {
    it('offers a kept draft and restores it', () => {
      session.setBody('Step one\nmine');
      vi.advanceTimersByTime(400);
      const reopened = openSession();
      expect(reopened.draftOffer()?.body).toBe('Step one\nmine');
      expect(reopened.restoreDraft()).toBe(true);
      expect(reopened.body()).toBe('Step one\nmine');
      expect(reopened.notice()).toEqual({ key: 'wiki.editor.draftRestored' });
      expect(reopened.draftOffer()).toBeNull();
      expect(reopened.restoreDraft()).toBe(false);
    });

    it('restores a draft of an older version on that version, which is then outdated', () => {
      session.setBody('Step one\nmine');
      vi.advanceTimersByTime(400);
      const reopened = openSession(3);
      expect(reopened.draftOutdated()).toBe(true);
      reopened.restoreDraft();
      expect(reopened.baseVersion()).toBe(1);
      expect(reopened.notice()).toEqual({ key: 'wiki.editor.draftOutdated', params: { version: 1, current: 3 } });
    });

    it('discards a draft for good', () => {
      session.setBody('Step one\nmine');
      vi.advanceTimersByTime(400);
      const reopened = openSession();
      reopened.discardDraft();
      expect(reopened.draftOffer()).toBeNull();
      expect(reopened.notice()).toEqual({ key: 'wiki.editor.draftDiscarded' });
      expect(drafts.latest(scope)).toBeNull();
    });

    it('drops a kept draft that equals the page', () => {
      drafts.save(scope, { title: 'Runbook', body: 'Step one\n', summary: '', labels: ['ops'], baseVersion: 1, savedAt: '2026-01-01T10:00:00.000Z' });
      expect(openSession().draftOffer()).toBeNull();
      expect(drafts.latest(scope)).toBeNull();
    });
  });

  describe('saving', () => {
    it('does not start with an invalid form or while saving', () => {
      session.form.controls.title.setValue('  ');
      expect(session.beginSave()).toBe(false);
      expect(session.form.controls.title.touched).toBe(true);
      session.form.controls.title.setValue('Runbook');
      expect(session.beginSave()).toBe(true);
      expect(session.saving()).toBe(true);
      expect(session.beginSave()).toBe(false);
    });

    it('forgets the draft once saved', () => {
      session.setBody('Step one\nmine');
      vi.advanceTimersByTime(400);
      session.beginSave();
      session.saved();
      expect(session.saving()).toBe(false);
      expect(drafts.latest(scope)).toBeNull();
    });

    it.each([
      ['title', 'title', { server: true }, null],
      ['summary', 'summary', { maxlength: true }, null],
      ['labels', null, null, 'wiki.labels.invalid'],
      ['body', null, null, 'wiki.editor.invalid'],
    ] as const)('shows a refused %s', (field, control, errors, formError) => {
      session.beginSave();
      session.refused(field);
      expect(session.saving()).toBe(false);
      if (control) expect(session.form.controls[control].errors).toEqual(errors);
      expect(session.formError()).toBe(formError);
    });
  });

  describe('conflict resolution', () => {
    const bobsVersion = page({ version: 2, body: 'Step one\nbob', labels: ['ops', 'bob'], updatedBy: { id: 'VXNlcjoy', displayName: 'Bob Berger' } });

    beforeEach(() => {
      session.setBody('Step one\nmine');
      session.beginSave();
      session.conflictFound(bobsVersion);
    });

    it('shows what is saved now, and the edit stays on its base', () => {
      expect(session.saving()).toBe(false);
      expect(session.conflict()).toEqual({ version: 2, title: 'Runbook', body: 'Step one\nbob', updatedAt: bobsVersion.updatedAt, updatedBy: bobsVersion.updatedBy });
      expect(session.page()).toBe(bobsVersion);
      expect(session.baseVersion()).toBe(1);
      expect(session.body()).toBe('Step one\nmine');
    });

    it('keeps my text, now as an edit of the saved version', () => {
      expect(session.keepMine()).toBe(true);
      expect(session.conflict()).toBeNull();
      expect(session.baseVersion()).toBe(2);
      expect(session.body()).toBe('Step one\nmine');
      expect(session.dirty()).toBe(true);
      expect(session.labelsChanged()).toBe(true);
      expect(session.notice()).toEqual({ key: 'wiki.editor.rebased', params: { version: 2 } });
      expect(drafts.latest(scope)).toMatchObject({ body: 'Step one\nmine', baseVersion: 2 });
    });

    it('takes the saved version, dropping my changes', () => {
      expect(session.takeSaved()).toBe(true);
      expect(session.conflict()).toBeNull();
      expect(session.baseVersion()).toBe(2);
      expect(session.body()).toBe('Step one\nbob');
      expect(session.labels()).toEqual(['ops', 'bob']);
      expect(session.dirty()).toBe(false);
      expect(session.notice()).toEqual({ key: 'wiki.editor.tookSaved', params: { version: 2 } });
      expect(drafts.latest(scope)).toBeNull();
    });

    it('does nothing without a conflict', () => {
      session.takeSaved();
      expect(session.keepMine()).toBe(false);
      expect(session.takeSaved()).toBe(false);
    });
  });

  describe('newer versions saved elsewhere (remoteSaved)', () => {
    const bob = (version: number) => ({ version, authorName: 'Bob Berger', savedAt: '2026-01-01T14:02:00.000Z' });

    it('shows a version newer than the base, and the newest of several', () => {
      expect(session.newerVersion()).toBeNull();
      session.remoteSaved(bob(1));
      expect(session.newerVersion()).toBeNull();
      session.remoteSaved(bob(3));
      session.remoteSaved(bob(2));
      expect(session.newerVersion()).toEqual(bob(3));
    });

    it('stops showing it once the edit caught up (took the saved version)', () => {
      session.remoteSaved(bob(2));
      session.beginSave();
      session.conflictFound(page({ version: 2 }));
      session.takeSaved();
      expect(session.newerVersion()).toBeNull();
    });
  });
});
