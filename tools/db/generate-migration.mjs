// Generates a TypeORM migration from the difference between the entities and
// the checked-in migrations:  npm run migration:generate -- CreateWikiPages
// Uses a throwaway database on the local PostgreSQL server.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import pg from 'pg';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <VerbObject>, e.g. CreateWikiPages');
  process.exit(2);
}
const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const db = `pnyx_migrate_${Date.now()}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = new URL(server);
url.pathname = `/${db}`;
const env = { ...process.env, DATABASE_URL: url.toString(), TSX_TSCONFIG_PATH: 'tsconfig.base.json' };
const typeorm = (...args) =>
  execFileSync('npx', ['tsx', 'node_modules/typeorm/cli.js', ...args, '-d', 'apps/api/src/data-source.ts'], { env, stdio: 'inherit' });
try {
  typeorm('migration:run');
  const dir = 'apps/api/src/migrations';
  const before = new Set(readdirSync(dir));
  typeorm('migration:generate', '--pretty', `${dir}/${name}`);
  const file = readdirSync(dir).find((f) => !before.has(f));
  if (file) {
    const index = `${dir}/index.ts`;
    const className = readFileSync(`${dir}/${file}`, 'utf8').match(/export class (\w+)/)[1];
    const source = readFileSync(index, 'utf8')
      .replace(/(\/\*\* Checked-in[^\n]*\n)/, `import { ${className} } from './${file.replace(/\.ts$/, '')}';\n$1`)
      .replace(/export const MIGRATIONS = \[([^\]]*)\];/, (_m, list) => `export const MIGRATIONS = [${[...list.split(',').map((s) => s.trim()).filter(Boolean), className].join(', ')}];`);
    writeFileSync(index, source);
    console.log(`Generated ${dir}/${file}; review it before committing.`);
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
}
