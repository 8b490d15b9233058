import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

async function problems(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

// The tags in each project.json and the constraints in eslint.config.mjs are
// what keep the layers apart; lint (part of npm test) fails on a forbidden import.
describe('module boundaries', () => {
  it('lets a content domain use spaces and identity', async () => {
    expect(await problems('libs/api/wiki/src/lib/probe.ts', "import { SpaceAccess } from '@pnyx/api/spaces';\nexport const x = SpaceAccess;\n")).toEqual([]);
  });

  it.each([
    ['the backend importing the frontend', 'libs/api/spaces/src/lib/probe.ts', '@pnyx/web/core'],
    ['the frontend importing the backend', 'libs/web/spaces/src/lib/probe.ts', '@pnyx/api/spaces'],
    ['shared code importing the backend', 'libs/shared/contracts/src/lib/probe.ts', '@pnyx/api/core/graphql'],
    ['spaces importing a content domain', 'libs/api/spaces/src/lib/probe.ts', '@pnyx/api/wiki'],
    ['core importing a domain', 'libs/api/core/graphql/src/lib/probe.ts', '@pnyx/api/spaces'],
  ])('refuses %s', async (_name, file, target) => {
    const found = await problems(file, `import * as probe from '${target}';\nexport const x = probe;\n`);
    // Refused either for the tags, or (where the other side already depends on
    // this project) as a circular dependency — both fail lint.
    expect(found).toEqual([expect.stringMatching(/tagged with|Circular dependency/)]);
  });
});
