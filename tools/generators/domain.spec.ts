import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const script = join(repo, 'tools/generators/domain.mjs');

const TSCONFIG = {
  compilerOptions: {
    paths: {
      '@pnyx/api/core/graphql': ['libs/api/core/graphql/src/index.ts'],
      '@pnyx/api/identity': ['libs/api/identity/src/index.ts'],
      '@pnyx/api/spaces': ['libs/api/spaces/src/index.ts'],
      '@pnyx/api/app': ['apps/api/src/bootstrap.ts'],
      '@pnyx/web/core': ['libs/web/core/src/index.ts'],
      '@pnyx/web/ui': ['libs/web/ui/src/index.ts'],
      '@pnyx/web/spaces': ['libs/web/spaces/src/index.ts'],
    },
  },
};

const FILES = [
  'libs/api/risk-register/project.json',
  'libs/api/risk-register/src/index.ts',
  'libs/api/risk-register/src/lib/risk-register.module.ts',
  'libs/api/risk-register/src/lib/risk-register.exception.ts',
  'libs/api/risk-register/src/lib/risk-register.policy.ts',
  'libs/api/risk-register/src/lib/risk-register.policy.spec.ts',
  'libs/web/risk-register/project.json',
  'libs/web/risk-register/src/index.ts',
  'libs/web/risk-register/src/lib/risk-register.routes.ts',
  'libs/web/risk-register/src/lib/risk-register.i18n.ts',
  'libs/web/risk-register/src/lib/feature/risk-register.page.ts',
  'libs/web/risk-register/src/lib/ui/risk-register-empty.ts',
  'libs/web/risk-register/src/lib/data-access/risk-register.api.ts',
  'apps/api-e2e/src/risk-register/risk-register.integration-spec.ts',
];

describe('domain generator', () => {
  let root: string;
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const generate = (...args: string[]) => spawnSync(process.execPath, [script, ...args, '--root', root], { encoding: 'utf8' });

  // A target with just what the generator edits, and one existing domain.
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pnyx-domain-'));
    writeFileSync(join(root, 'tsconfig.base.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
    copyFileSync(join(repo, 'eslint.config.mjs'), join(root, 'eslint.config.mjs'));
    mkdirSync(join(root, 'libs/api/spaces'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates both libraries, the integration suite, the aliases and a constraint for the new tag', () => {
    const run = generate('risk-register');
    expect(run.status).toBe(0);
    for (const file of FILES) {
      expect(existsSync(join(root, file)), file).toBe(true);
      expect(run.stdout).toContain(`created ${file}`);
    }

    expect(JSON.parse(read('libs/api/risk-register/project.json'))).toMatchObject({
      name: 'api-risk-register',
      sourceRoot: 'libs/api/risk-register/src',
      tags: ['scope:backend', 'domain:risk-register', 'type:feature'],
    });
    expect(JSON.parse(read('libs/web/risk-register/project.json'))).toMatchObject({
      name: 'web-risk-register',
      tags: ['scope:frontend', 'domain:risk-register', 'type:feature'],
    });
    expect(read('libs/api/risk-register/src/lib/risk-register.exception.ts')).toContain('export class RiskRegisterException extends DomainException');
    expect(read('libs/web/risk-register/src/lib/feature/risk-register.page.ts')).toContain('ChangeDetectionStrategy.OnPush');
    expect(read('apps/api-e2e/src/risk-register/risk-register.integration-spec.ts')).not.toMatch(/\.skip|\.todo/);

    const paths = Object.keys(JSON.parse(read('tsconfig.base.json')).compilerOptions.paths);
    expect(paths).toEqual([
      '@pnyx/api/core/graphql',
      '@pnyx/api/identity',
      '@pnyx/api/risk-register',
      '@pnyx/api/spaces',
      '@pnyx/api/app',
      '@pnyx/web/core',
      '@pnyx/web/ui',
      '@pnyx/web/risk-register',
      '@pnyx/web/spaces',
    ]);

    const eslint = read('eslint.config.mjs');
    expect(eslint).toContain("{ sourceTag: 'domain:risk-register', onlyDependOnLibsWithTags: [...base, 'domain:identity', 'domain:spaces', 'domain:risk-register'] },");
    expect(eslint).not.toMatch(/const content = \[.*'domain:risk-register'/);
  });

  it('adds a content domain to the content list instead', () => {
    expect(generate('risk-register', '--content').status).toBe(0);
    const eslint = read('eslint.config.mjs');
    expect(eslint).toMatch(/^const content = \[.*, 'domain:risk-register'\];$/m);
    expect(eslint).not.toContain("sourceTag: 'domain:risk-register'");
  });

  it('lists the files on --dry-run and writes nothing', () => {
    const tsconfig = read('tsconfig.base.json');
    const run = generate('risk-register', '--dry-run');
    expect(run.status).toBe(0);
    for (const file of FILES) expect(run.stdout).toContain(`would create ${file}`);
    expect(existsSync(join(root, 'libs/api/risk-register'))).toBe(false);
    expect(read('tsconfig.base.json')).toBe(tsconfig);
  });

  it('refuses an existing name, also when run twice, and changes nothing', () => {
    const eslint = read('eslint.config.mjs');
    const spaces = generate('spaces');
    expect(spaces.status).not.toBe(0);
    expect(spaces.stderr).toContain('exists already');
    expect(existsSync(join(root, 'libs/web/spaces'))).toBe(false);
    expect(read('eslint.config.mjs')).toBe(eslint);

    expect(generate('risk-register').status).toBe(0);
    expect(generate('risk-register').stderr).toContain('exists already');
  });

  it.each(['Risk', 'risk_register', 'risk--register', '-risk', '1risk', 'core'])('refuses the name %s', (name) => {
    const tsconfig = read('tsconfig.base.json');
    const run = generate(name);
    expect(run.status).not.toBe(0);
    expect(read('tsconfig.base.json')).toBe(tsconfig);
  });
});
