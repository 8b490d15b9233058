import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// One linter for the file: its first use loads the config, the Nx plugin and the
// project graph (seconds on a busy machine) — that is setup, done once in beforeAll.
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

// The tags in each project.json and the constraints in eslint.config.mjs are
// what keep the layers apart; lint (part of npm test) fails on a forbidden import.
describe('module boundaries', () => {
  beforeAll(async () => {
    await eslint.lintText('export const warm = 1;\n', { filePath: resolve(root, 'libs/shared/contracts/src/lib/probe.ts') });
  }, 120_000);

  it('lets a content domain use spaces and identity', async () => {
    expect(await problems('libs/api/wiki/src/lib/probe.ts', "import { SpaceAccess } from '@pnyx/api/spaces';\nexport const x = SpaceAccess;\n")).toEqual([]);
  });

  it.each([
    ['the backend importing the frontend', 'libs/api/spaces/src/lib/probe.ts', '@pnyx/web/core'],
    ['the frontend importing the backend', 'libs/web/spaces/src/lib/probe.ts', '@pnyx/api/spaces'],
    ['shared code importing the backend', 'libs/shared/contracts/src/lib/probe.ts', '@pnyx/api/core/graphql'],
    ['spaces importing a content domain', 'libs/api/spaces/src/lib/probe.ts', '@pnyx/api/wiki'],
    ['a content domain importing the feed', 'libs/api/posts/src/lib/probe.ts', '@pnyx/api/feed'],
    ['core importing a domain', 'libs/api/core/graphql/src/lib/probe.ts', '@pnyx/api/spaces'],
    ['a ui library importing a feature', 'libs/web/ui/src/lib/probe.ts', '@pnyx/web/wiki'],
  ])('refuses %s', async (_name, file, target) => {
    const found = await problems(file, `import * as probe from '${target}';\nexport const x = probe;\n`);
    // Refused either for the tags, or (where the other side already depends on
    // this project) as a circular dependency — both fail lint.
    expect(found).toEqual([expect.stringMatching(/tagged with|Circular dependency/)]);
  });

  // Scope and domain allow these; only the type: tags refuse them.
  it.each([
    ['a feature (production code) importing the test-support library', 'libs/api/wiki/src/lib/probe.ts', '@pnyx/api/core/testing', 'type:feature'],
    ['a feature outside its own testing folder importing it', 'libs/api/identity-provider/src/lib/probe.ts', '@pnyx/api/core/testing', 'type:feature'],
    ['a core library importing the test-support library', 'libs/api/core/graphql/src/lib/probe.ts', '@pnyx/api/core/testing', 'type:core'],
    ['the api app importing the test-support library', 'apps/api/src/probe.ts', '@pnyx/api/core/testing', 'type:app'],
  ])('refuses %s by its type', async (_name, file, target, type) => {
    const found = await problems(file, `import * as probe from '${target}';\nexport const x = probe;\n`);
    expect(found).toEqual([expect.stringContaining(`tagged with "${type}" can only depend on`)]);
  });

  it.each([
    ['a spec file in a feature', 'libs/api/wiki/src/lib/probe.spec.ts', '@pnyx/api/core/testing'],
    ['a spec helper in a library\'s src/lib/testing folder', 'libs/api/identity-provider/src/lib/testing/probe.ts', '@pnyx/api/core/testing'],
    ['an API integration suite', 'apps/api-e2e/src/probe/probe.integration-spec.ts', '@pnyx/api/core/testing'],
    ['browser journey support code', 'apps/web-e2e/src/support/probe.ts', '@pnyx/api/core/testing'],
    ['the api app using a feature', 'apps/api/src/probe.ts', '@pnyx/api/wiki'],
    ['the feed reading a content domain', 'libs/api/feed/src/lib/probe.ts', '@pnyx/api/decisions'],
    ['a feature using core', 'libs/api/spaces/src/lib/probe.ts', '@pnyx/api/core/graphql'],
  ])('allows %s', async (_name, file, target) => {
    expect(await problems(file, `import * as probe from '${target}';\nexport const x = probe;\n`)).toEqual([]);
  });
});
