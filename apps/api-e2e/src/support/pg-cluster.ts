import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The PostgreSQL major version of the machine's clusters (Debian's postgresql-common layout). */
const VERSION = '15';

/** A throwaway cluster a test made: its name, port and a URL for its `postgres` database. */
export interface PgCluster {
  name: string;
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** The same server, another database. */
  urlFor(database: string): string;
  dataDir: string;
}

/** How `stopCluster` stops: `fast` rolls back sessions, `immediate` is a crash (recovery on start). */
export type StopMode = 'smart' | 'fast' | 'immediate';

/**
 * Trust for local sockets and loopback TCP, replication included: the test
 * clusters hold throwaway data and listen on 127.0.0.1 only.
 */
const PG_HBA = [
  'local all all trust',
  'local replication all trust',
  'host all all 127.0.0.1/32 trust',
  'host replication all 127.0.0.1/32 trust',
  'host all all ::1/128 trust',
  'host replication all ::1/128 trust',
  '',
].join('\n');

/**
 * Small and loopback-only; fsync off (throwaway data); streaming replication
 * on (PostgreSQL 15's defaults, spelled out because the tests rely on them).
 */
const SETTINGS = [
  "listen_addresses = '127.0.0.1'",
  'max_connections = 60',
  'shared_buffers = 32MB',
  'fsync = off',
  'wal_level = replica',
  'max_wal_senders = 5',
  'hot_standby = on',
  '',
].join('\n');

/** Runs a postgresql-common tool; bounded so a hung cluster fails the test instead of the run. */
async function tool(command: string, args: string[], timeoutMs = 90_000): Promise<string> {
  try {
    const { stdout } = await run(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL' });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr?.trim() || e.message}`, { cause: error });
  }
}

function describe(name: string, port: number): PgCluster {
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return { name, port, url: urlFor('postgres'), urlFor, dataDir: dataDirOf(name) };
}

function dataDirOf(name: string): string {
  return `/var/lib/postgresql/${VERSION}/${name}`;
}

function configDirOf(name: string): string {
  return `/etc/postgresql/${VERSION}/${name}`;
}

/** Refuses names that could reach another engineer's cluster, or Debian's main one. */
function checkName(name: string): void {
  if (!/^[a-z][a-z0-9_]{2,40}$/.test(name) || name === 'main') throw new Error(`Refusing cluster name ${name}`);
}

/** Makes the cluster's files (no start) with our pg_hba.conf and settings fit for tests. */
async function makeCluster(name: string, port: number): Promise<void> {
  checkName(name);
  await dropCluster(name);
  await tool('pg_createcluster', [VERSION, name, '-p', String(port), '--start-conf=manual', '--', '--auth-local=trust', '--auth-host=trust']);
  await writeFile(join(configDirOf(name), 'conf.d', 'pnyx-test.conf'), SETTINGS);
  await writeFile(join(configDirOf(name), 'pg_hba.conf'), PG_HBA);
}

/**
 * A fresh PostgreSQL 15 cluster on `port` (a stale one of the same name is
 * dropped first), started, trusting loopback connections and replication.
 */
export async function createCluster(options: { name: string; port: number }): Promise<PgCluster> {
  await makeCluster(options.name, options.port);
  await startCluster(options.name);
  return describe(options.name, options.port);
}

/**
 * A streaming replica of `primary` on `port`: its data directory is a
 * pg_basebackup of the primary (`-R` writes standby.signal and
 * primary_conninfo), so it follows the primary's WAL from then on.
 */
export async function createReplica(options: { name: string; port: number; primary: PgCluster }): Promise<PgCluster> {
  await makeCluster(options.name, options.port);
  const dataDir = dataDirOf(options.name);
  for (const entry of await readdir(dataDir)) await rm(join(dataDir, entry), { recursive: true, force: true });
  await tool('runuser', [
    '-u', 'postgres', '--', 'pg_basebackup',
    '-h', '127.0.0.1', '-p', String(options.primary.port), '-U', 'postgres',
    '-D', dataDir, '-R', '-X', 'stream', '--checkpoint=fast',
  ], 120_000);
  await startCluster(options.name);
  return describe(options.name, options.port);
}

/** Stops a cluster (waits until it is down). */
export async function stopCluster(name: string, mode: StopMode = 'fast'): Promise<void> {
  checkName(name);
  await tool('pg_ctlcluster', ['--skip-systemctl-redirect', VERSION, name, 'stop', '-m', mode]);
}

/** Starts a stopped cluster (waits until it accepts connections). */
export async function startCluster(name: string): Promise<void> {
  checkName(name);
  await tool('pg_ctlcluster', ['--skip-systemctl-redirect', VERSION, name, 'start']);
}

/** Stops and removes a cluster with its data and configuration; nothing happens if there is none. */
export async function dropCluster(name: string): Promise<void> {
  checkName(name);
  if (!existsSync(configDirOf(name)) && !existsSync(dataDirOf(name))) return;
  await tool('pg_dropcluster', [VERSION, name, '--stop']);
}
