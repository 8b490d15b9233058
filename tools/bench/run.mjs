// `npm run bench`: builds the API when its sources changed, then runs every
// benchmark in tools/bench (each creates and drops its own database).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { newest } from '../dev/build-if-stale.mjs';

const MAIN = 'dist/apps/api/main.js';
const SOURCES = ['apps/api/src', 'libs/api', 'libs/shared', 'package-lock.json', 'tsconfig.base.json', 'apps/api/project.json'];
const BENCHMARKS = ['tools/bench/wiki-bench.mjs', 'tools/bench/relay-bench.mjs', 'tools/bench/subscription-latency.mjs', 'tools/bench/decisions-bench.mjs', 'tools/bench/feed-bench.mjs', 'tools/bench/search-bench.mjs', 'tools/bench/cluster-bench.mjs'];

if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < Math.max(...SOURCES.map(newest))) {
  console.log('Building the API…');
  execSync('npx nx build api --outputStyle=static', { stdio: 'inherit', env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' } });
}
for (const bench of BENCHMARKS) {
  console.log(`\n=== ${bench}`);
  execFileSync(process.execPath, [bench], { stdio: 'inherit' });
}
