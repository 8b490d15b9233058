import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

const content = ['domain:wiki', 'domain:blog', 'domain:posts', 'domain:decisions'];
const base = ['domain:shared', 'domain:core'];
// The feed, search and notifications: built from every content domain.
const aggregates = ['domain:feed', 'domain:search', 'domain:notifications'];

// Library types, Nx style: each may use the types listed, nothing above it.
// A feature may use another feature's public API (wiki uses spaces). The
// test-support library (type:testing) is for e2e projects and test files only.
const layers = {
  'type:app': ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:core'],
  'type:e2e': ['type:app', 'type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:core', 'type:testing'],
  'type:feature': ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:core'],
  'type:data-access': ['type:data-access', 'type:util', 'type:core'],
  'type:ui': ['type:ui', 'type:util'],
  'type:core': ['type:core', 'type:util'],
  'type:util': ['type:util'],
  'type:testing': ['type:testing', 'type:core', 'type:util'],
};
// Spec files, and a library's own spec helpers in src/lib/testing/, may also use type:testing.
const testFiles = ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', 'libs/**/src/lib/testing/**/*.ts'];

function boundaries({ tests }) {
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: ['@pnyx/api/app'],
      depConstraints: [
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'] },
        { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared'] },
        { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared', 'scope:e2e'] },
        { sourceTag: 'domain:shared', onlyDependOnLibsWithTags: ['domain:shared'] },
        { sourceTag: 'domain:core', onlyDependOnLibsWithTags: base },
        { sourceTag: 'domain:identity', onlyDependOnLibsWithTags: [...base, 'domain:identity'] },
        { sourceTag: 'domain:audit', onlyDependOnLibsWithTags: [...base, 'domain:identity'] },
        { sourceTag: 'domain:spaces', onlyDependOnLibsWithTags: [...base, 'domain:identity', 'domain:audit'] },
        { sourceTag: 'domain:social', onlyDependOnLibsWithTags: [...base, 'domain:identity', 'domain:spaces', 'domain:audit', 'domain:social'] },
        // The search index: content domains register what they hold with it (like social), it reads none of them.
        { sourceTag: 'domain:search-index', onlyDependOnLibsWithTags: [...base, 'domain:identity', 'domain:spaces', 'domain:search-index'] },
        // Aggregates read every content domain (their models and node loaders); no content domain reads them.
        ...aggregates.map((tag) => ({
          sourceTag: tag,
          onlyDependOnLibsWithTags: [...base, 'domain:identity', 'domain:spaces', 'domain:audit', 'domain:social', 'domain:search-index', ...content, tag],
        })),
        ...content.map((tag) => ({
          sourceTag: tag,
          onlyDependOnLibsWithTags: [...base, 'domain:identity', 'domain:spaces', 'domain:audit', 'domain:social', 'domain:search-index', tag],
        })),
        ...Object.entries(layers).map(([sourceTag, allowed]) => ({
          sourceTag,
          onlyDependOnLibsWithTags: tests && !allowed.includes('type:testing') ? [...allowed, 'type:testing'] : allowed,
        })),
      ],
    },
  ];
}

export default tseslint.config(
  {
    ignores: ['**/dist', '**/node_modules', '**/.angular', '**/.nx', 'data/**', 'tmp/**', 'libs/shared/graphql-types/src/generated.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': boundaries({ tests: false }),
    },
  },
  {
    files: testFiles,
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: true }) },
  },
  {
    files: ['**/webpack.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', 'tools/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' } },
  },
);
