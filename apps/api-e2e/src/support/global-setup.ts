import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@pnyx/api/core/database';
import { createFreshDatabase, serverAnswers, SERVER_URL } from '@pnyx/api/core/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One fresh database per test run on the real PostgreSQL server; where none
 * answers, an in-memory embedded PostgreSQL instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (await serverAnswers()) {
    const db = await createFreshDatabase('pnyx_test');
    project.provide('databaseUrl', db.url);
    return () => db.drop();
  }
  process.stdout.write(`No PostgreSQL answers at ${SERVER_URL}: using the embedded one\n`);
  const embedded = await startEmbeddedPostgres(null, 40);
  project.provide('databaseUrl', embedded.url);
  return () => embedded.close();
}
