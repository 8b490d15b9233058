import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import tsconfigPaths from 'vite-tsconfig-paths';

// Vite would pick graphql's ESM build while Nest and Apollo load its CommonJS
// one: two copies of graphql-js in one process break `instanceof`. Use one.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

// One runner for every level: unit specs next to the code, API integration
// suites (real PostgreSQL) and browser journeys (Debian's Chromium).
const shared = {
  plugins: [tsconfigPaths({ root: import.meta.dirname, projects: ['tsconfig.base.json'] })],
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  oxc: {
    decorator: { legacy: true, emitDecoratorMetadata: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
};

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['libs/**/*.spec.ts', 'apps/api/**/*.spec.ts', 'tools/**/*.spec.ts'], environment: 'node' },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['apps/api-e2e/**/*.integration-spec.ts'],
          globalSetup: ['apps/api-e2e/src/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        ...shared,
        test: {
          // Several API processes, killed and restarted; PostgreSQL clusters of their own (`npm run test:cluster`).
          name: 'cluster',
          include: ['apps/api-e2e/**/*.cluster-spec.ts'],
          globalSetup: ['apps/api-e2e/src/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        ...shared,
        test: {
          name: 'browser',
          include: ['apps/web-e2e/**/*.e2e-spec.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
