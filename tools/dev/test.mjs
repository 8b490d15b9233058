// `npm test`: lint (module boundaries included), build, unit + API
// integration tests (real PostgreSQL), then browser journeys in Chromium.
import { execSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

const run = (title, command) => {
  console.log(`\n=== ${title}\n$ ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' } });
};

const started = Date.now();
// The module-boundaries rule reads Nx's cached project graph; make sure it exists.
run('project graph', 'npx nx show projects');
run('lint', 'npx eslint . --max-warnings=0');
run('generated GraphQL types match apps/api/schema.gql', 'npx graphql-codegen --config tools/codegen/codegen.ts --check');
console.log('\n=== build');
buildIfStale();
run('unit and integration tests', 'npx vitest run --project unit --project integration');
run('cluster proofs (several API processes, faults)', 'npx vitest run --project cluster');
run('browser journeys (Chromium)', 'npx vitest run --project browser');
console.log(`\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
