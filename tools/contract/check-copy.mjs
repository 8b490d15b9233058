// CI check: docs/api/contract.graphql must be a faithful part of the shared
// contract — every type, field and argument in the copy exists, unchanged, in
// ../shared/api/contract.graphql (graphql-js findBreakingChanges(copy, shared)
// reports nothing).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, findBreakingChanges } from 'graphql';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const candidates = [process.env.SHARED_CONTRACT, resolve(root, '../shared/api/contract.graphql'), '/work/shared/api/contract.graphql'].filter(Boolean);
const shared = candidates.find((path) => existsSync(path));
if (!shared) {
  console.warn(`contract check: no shared contract found (looked at ${candidates.join(', ')}); nothing to compare`);
  process.exit(0);
}
const copy = buildSchema(readFileSync(resolve(root, 'docs/api/contract.graphql'), 'utf8'));
const changes = findBreakingChanges(copy, buildSchema(readFileSync(shared, 'utf8')));
if (changes.length) {
  console.error(`docs/api/contract.graphql is not a faithful part of ${shared}:`);
  for (const change of changes) console.error(`  ${change.type}: ${change.description}`);
  process.exit(1);
}
console.log(`contract check: docs/api/contract.graphql is a faithful part of ${shared}`);
