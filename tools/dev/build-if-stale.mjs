// Builds the API and the web app when their sources are newer than the last
// build (Nx's cache makes a rebuild of unchanged code cheap, but skipping Nx
// entirely keeps a warm start fast).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = ['dist/apps/api/main.js', 'dist/apps/web/browser/index.html'];
const SOURCES = ['apps/api/src', 'apps/web/src', 'libs', 'package-lock.json', 'tsconfig.base.json', 'apps/api/project.json', 'apps/web/project.json'];

/** The newest modification time under `path` (0 if it does not exist). */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

export function buildIfStale({ force = false } = {}) {
  const built = Math.min(...OUTPUTS.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  const changed = Math.max(...SOURCES.map(newest));
  if (!force && built > changed) return false;
  console.log('Building the API and the web app (first start, or sources changed)…');
  execSync('npx nx run-many -t build -p api web --outputStyle=static', {
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale({ force: process.argv.includes('--force') });
