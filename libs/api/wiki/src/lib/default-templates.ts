/** The templates every new space starts with, in its templates area. */
export interface DefaultTemplate {
  title: string;
  labels: string[];
  body: string;
}

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  {
    title: 'Meeting notes',
    labels: ['meeting-notes'],
    body: `**Date:** YYYY-MM-DD · **Participants:** @name, @name\n\n## Goals\n\n- \n\n## Discussion\n\n| Topic | Who | Notes |\n|---|---|---|\n|  |  |  |\n\n## Action items\n\n- [ ] Owner: task (due date)\n`,
  },
  {
    title: 'Decision record',
    labels: ['decision'],
    body: `**Status:** proposed | accepted | superseded · **Date:** YYYY-MM-DD · **Deciders:** …\n\n## Context\n\nWhat forces us to decide now?\n\n## Options\n\n1. …\n2. …\n\n## Decision\n\nWe will …\n\n## Consequences\n\nWhat becomes easier, what becomes harder?\n`,
  },
  {
    title: 'How-to',
    labels: ['how-to'],
    body: `Short summary: what this guide helps you do, and for whom.\n\n## Before you start\n\n- [ ] Access to …\n\n## Steps\n\n1. …\n2. …\n\n## Check that it worked\n\n…\n\n## Related\n\n- [[Runbooks]]\n`,
  },
];
