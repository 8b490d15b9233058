import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  close(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL in-process (PGlite), its files under `dataDir/pg` so data
 * survives restarts, served on a loopback socket so `pg` and TypeORM connect
 * to it unchanged. `dataDir: null` keeps it in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | null, maxConnections = 20): Promise<EmbeddedPostgres> {
  let dir: string | undefined;
  if (dataDir) {
    dir = join(dataDir, 'pg');
    mkdirSync(dir, { recursive: true });
  }
  const db = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections });
  await server.start();
  let closed = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      await db.close();
    },
  };
}
