// Creates a new domain in the house shape: a Nest feature library, an Angular
// feature library, an integration suite, the two path aliases and the lint tag.
//   npm run generate:domain -- <name> [--content] [--dry-run] [--root <dir>]
// --content: a content domain (like wiki); it joins the `content` list in
// eslint.config.mjs instead of getting a constraint of its own.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const USAGE = 'Usage: node tools/generators/domain.mjs <name> [--content] [--dry-run] [--root <dir>]\n  <name>: lowercase kebab-case, e.g. decisions or risk-register';
// Tags and folders that exist for other reasons than a domain.
const RESERVED = new Set(['app', 'core', 'e2e', 'shared', 'support', 'platform', 'testing', 'ui']);

function parseArgs(argv) {
  const options = { name: undefined, content: false, dryRun: false, root: resolve(import.meta.dirname, '../..') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--content') options.content = true;
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--root') options.root = resolve(argv[++i] ?? fail('--root needs a directory'));
    else if (arg.startsWith('-')) fail(`Unknown option ${arg}`);
    else if (options.name === undefined) options.name = arg;
    else fail(`One name only, got "${options.name}" and "${arg}"`);
  }
  if (!options.name) fail('Give the domain a name');
  return options;
}

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const pascal = (name) => name.split('-').map((part) => part[0].toUpperCase() + part.slice(1)).join('');
const camel = (name) => pascal(name)[0].toLowerCase() + pascal(name).slice(1);
const words = (name) => name[0].toUpperCase() + name.slice(1).replaceAll('-', ' ');

function apiFiles(name) {
  const N = pascal(name);
  const lib = `libs/api/${name}`;
  return {
    [`${lib}/project.json`]: projectJson(`api-${name}`, lib, ['scope:backend', `domain:${name}`, 'type:feature']),
    [`${lib}/src/index.ts`]: [
      `export * from './lib/${name}.exception';`,
      `export * from './lib/${name}.module';`,
      `export * from './lib/${name}.policy';`,
      '',
    ].join('\n'),
    [`${lib}/src/lib/${name}.module.ts`]: `import { Module } from '@nestjs/common';

/** The ${words(name).toLowerCase()} domain. Import it in apps/api's AppModule once it serves something. */
@Module({
  providers: [],
  exports: [],
})
export class ${N}Module {}
`,
    [`${lib}/src/lib/${name}.exception.ts`]: `import { DomainException } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';

export class ${N}Exception extends DomainException {
  /** Unknown and invisible look the same. */
  static ${camel(name)}NotFound(field = 'id'): ${N}Exception {
    return new ${N}Exception(ErrorCode.NOT_FOUND, '${words(name)} not found', { field });
  }
  static notMember(): ${N}Exception {
    return new ${N}Exception(ErrorCode.FORBIDDEN, 'Only members of the space can do this');
  }
}
`,
    [`${lib}/src/lib/${name}.policy.ts`]: `import type { SpaceRole } from '@pnyx/shared/contracts';

/** Who may do what, as small predicates. \`role\` is the caller's role in the space, or null for a non-member. */
export const ${N}Policy = {
  canContribute(role: SpaceRole | null): boolean {
    return role !== null;
  },
  canManage(role: SpaceRole | null): boolean {
    return role === 'OWNER';
  },
};
`,
    [`${lib}/src/lib/${name}.policy.spec.ts`]: `import { describe, expect, it } from 'vitest';
import { ${N}Policy } from './${name}.policy';

describe('${N}Policy', () => {
  it.each([
    [null, false, false],
    ['MEMBER', true, false],
    ['OWNER', true, true],
  ] as const)('role %s: contribute=%s manage=%s', (role, contribute, manage) => {
    expect(${N}Policy.canContribute(role)).toBe(contribute);
    expect(${N}Policy.canManage(role)).toBe(manage);
  });
});
`,
  };
}

function webFiles(name) {
  const N = pascal(name);
  const key = camel(name);
  const lib = `libs/web/${name}`;
  return {
    [`${lib}/project.json`]: projectJson(`web-${name}`, lib, ['scope:frontend', `domain:${name}`, 'type:feature']),
    [`${lib}/src/index.ts`]: `export { ${key}Routes } from './lib/${name}.routes';\n`,
    [`${lib}/src/lib/${name}.routes.ts`]: `import { Routes } from '@angular/router';
import { provideTranslations } from '@pnyx/web/core';
import { ${N}Page } from './feature/${name}.page';
import { ${key}Dictionaries } from './${name}.i18n';

/** Lazy-loaded by the shell at the root path: \`/${name}\`. */
export const ${key}Routes: Routes = [
  {
    path: '',
    providers: [provideTranslations(${key}Dictionaries)],
    children: [{ path: '${name}', title: '${key}.page.title', component: ${N}Page }],
  },
];
`,
    [`${lib}/src/lib/${name}.i18n.ts`]: `import type { Dictionaries, Dictionary, Translation } from '@pnyx/web/core';

// Type-only imports: this file stays framework-free.
const en = {
  '${key}.page.title': '${words(name)}',
  '${key}.page.empty.title': 'Nothing here yet',
  '${key}.page.empty.message': 'This area is new. Its content will appear here.',
} as const satisfies Dictionary;

/** Exactly the English keys; the compiler reports a missing or extra one. */
const de: { readonly [K in keyof typeof en]: Translation } = {
  '${key}.page.title': '${words(name)}',
  '${key}.page.empty.title': 'Hier ist noch nichts',
  '${key}.page.empty.message': 'Dieser Bereich ist neu. Seine Inhalte erscheinen hier.',
};

export const ${key}Dictionaries: Dictionaries = { en, de };
`,
    [`${lib}/src/lib/feature/${name}.page.ts`]: `import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@pnyx/web/core';
import { PageHeader } from '@pnyx/web/ui';
import { ${N}Empty } from '../ui/${name}-empty';

/** \`/${name}\`: the start page of the domain. */
@Component({
  selector: 'pnyx-${name}-page',
  imports: [TranslatePipe, PageHeader, ${N}Empty],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: \`
    <pnyx-page-header [heading]="'${key}.page.title' | t" />
    <pnyx-${name}-empty [heading]="'${key}.page.empty.title' | t" [message]="'${key}.page.empty.message' | t" />
  \`,
})
export class ${N}Page {}
`,
    [`${lib}/src/lib/ui/${name}-empty.ts`]: `import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EmptyState } from '@pnyx/web/ui';

/** Shown while there is nothing to list; gets its text through inputs only. */
@Component({
  selector: 'pnyx-${name}-empty',
  imports: [EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: \`<pnyx-empty-state [heading]="heading()" [message]="message()" />\`,
})
export class ${N}Empty {
  readonly heading = input.required<string>();
  readonly message = input<string>();
}
`,
    [`${lib}/src/lib/data-access/${name}.api.ts`]: `import { Injectable } from '@angular/core';

/**
 * The ${words(name).toLowerCase()} operations of the API. Write each one as a \`.graphql\` file
 * in this folder, run \`npm run codegen\`, and call the typed documents from here.
 */
@Injectable({ providedIn: 'root' })
export class ${N}Api {}
`,
  };
}

function e2eFiles(name) {
  return {
    [`apps/api-e2e/src/${name}/${name}.integration-spec.ts`]: `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

const ME = '{ me { username } }';

describe('${name}', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const result = await api.gql(null, ME);
    expect(errorOf(result).code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('answers a signed-in user', async () => {
    const result = await api.gql(await api.token('alice'), ME);
    expect(result.data).toEqual({ me: { username: 'alice' } });
  });
});
`,
  };
}

function projectJson(projectName, root, tags) {
  return `{
  "name": "${projectName}",
  "$schema": "../../../node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "${root}/src",
  "projectType": "library",
  "tags": [${tags.map((tag) => `"${tag}"`).join(', ')}]
}
`;
}

/**
 * Adds `"alias": ["target"]` to tsconfig.base.json's paths, before the first
 * alias of its group (same prefix, one segment) that sorts after it.
 */
function addPathAlias(source, alias, target, group) {
  const paths = JSON.parse(source).compilerOptions.paths;
  if (alias in paths) throw new Error(`${alias} is already a path alias`);
  const lines = source.split('\n');
  const lineOf = (key) => lines.findIndex((line) => line.trimStart().startsWith(`"${key}":`));
  const siblings = Object.keys(paths).filter(group);
  const next = siblings.find((key) => key > alias);
  const anchor = lineOf(next ?? siblings.at(-1) ?? Object.keys(paths).at(-1));
  const indent = lines[anchor].match(/^\s*/)[0];
  const entry = `${indent}"${alias}": ["${target}"]`;
  if (next) lines.splice(anchor, 0, `${entry},`);
  else if (lines[anchor].trimEnd().endsWith(',')) lines.splice(anchor + 1, 0, `${entry},`);
  else lines.splice(anchor, 1, `${lines[anchor].trimEnd()},`, entry);
  return lines.join('\n');
}

/** A content domain joins the `content` list; any other gets a constraint like its neighbours. */
function addDomainTag(source, name, content) {
  const tag = `domain:${name}`;
  if (source.includes(`'${tag}'`)) throw new Error(`${tag} is already in eslint.config.mjs`);
  if (content) {
    const list = /^const content = \[(.*)\];$/m;
    if (!list.test(source)) throw new Error('eslint.config.mjs has no `const content = [...]` line');
    return source.replace(list, (_line, tags) => `const content = [${tags}, '${tag}'];`);
  }
  const spread = /^([ \t]*)\.\.\.content\.map\(/m;
  const match = spread.exec(source);
  if (!match) throw new Error('eslint.config.mjs has no `...content.map(` line to insert before');
  const line = `${match[1]}{ sourceTag: '${tag}', onlyDependOnLibsWithTags: [...base, 'domain:identity', 'domain:spaces', '${tag}'] },\n`;
  return source.slice(0, match.index) + line + source.slice(match.index);
}

function main() {
  const { name, content, dryRun, root } = parseArgs(process.argv.slice(2));
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail(`"${name}" is not lowercase kebab-case`);
  if (RESERVED.has(name)) fail(`"${name}" is reserved`);

  const files = { ...apiFiles(name), ...webFiles(name), ...e2eFiles(name) };
  const taken = [`libs/api/${name}`, `libs/web/${name}`, `apps/api-e2e/src/${name}`].filter((dir) => existsSync(join(root, dir)));
  if (taken.length > 0) fail(`"${name}" exists already: ${taken.join(', ')}`);

  let tsconfig;
  let eslint;
  try {
    const tsconfigSource = readFileSync(join(root, 'tsconfig.base.json'), 'utf8');
    const apiDomain = (key) => /^@pnyx\/api\/[^/]+$/.test(key) && key !== '@pnyx/api/app';
    const webDomain = (key) => /^@pnyx\/web\/[^/]+$/.test(key) && !['@pnyx/web/core', '@pnyx/web/ui'].includes(key);
    tsconfig = addPathAlias(tsconfigSource, `@pnyx/api/${name}`, `libs/api/${name}/src/index.ts`, apiDomain);
    tsconfig = addPathAlias(tsconfig, `@pnyx/web/${name}`, `libs/web/${name}/src/index.ts`, webDomain);
    eslint = addDomainTag(readFileSync(join(root, 'eslint.config.mjs'), 'utf8'), name, content);
  } catch (error) {
    fail(`Cannot add "${name}": ${error.message}`);
  }

  const verb = dryRun ? 'would create' : 'created';
  for (const [path, text] of Object.entries(files)) {
    if (!dryRun) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    console.log(`${verb} ${path}`);
  }
  if (!dryRun) {
    writeFileSync(join(root, 'tsconfig.base.json'), tsconfig);
    writeFileSync(join(root, 'eslint.config.mjs'), eslint);
  }
  const updated = dryRun ? 'would update' : 'updated';
  console.log(`${updated} tsconfig.base.json: @pnyx/api/${name}, @pnyx/web/${name}`);
  console.log(`${updated} eslint.config.mjs: ${content ? `'domain:${name}' joins the content domains` : `a depConstraint for 'domain:${name}'`}`);
  if (!dryRun) {
    console.log(`Next: import ${pascal(name)}Module in apps/api's AppModule and add ${camel(name)}Routes to apps/web's app.routes.ts when there is something to serve.`);
  }
}

main();
