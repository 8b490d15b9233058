import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/test-api';

const root = resolve(import.meta.dirname, '../../../..');
const COPY = resolve(root, 'docs/api/contract.graphql');
const SCHEMA_FILE = resolve(root, 'apps/api/schema.gql');

describe('the public API contract', () => {
  let api: TestApi;
  let served: string;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'false' });
    served = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema));
  });
  afterAll(() => api?.close());

  it('the served schema breaks nothing in docs/api/contract.graphql', () => {
    const changes = findBreakingChanges(buildSchema(readFileSync(COPY, 'utf8')), buildSchema(served));
    expect(changes).toEqual([]);
  });

  it('apps/api/schema.gql is the served schema (run with UPDATE_SCHEMA=1 to rewrite it)', () => {
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, served + '\n');
    expect(readFileSync(SCHEMA_FILE, 'utf8').trim()).toBe(served.trim());
  });
});
