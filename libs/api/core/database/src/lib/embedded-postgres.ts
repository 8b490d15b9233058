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

/** Extended-query messages: Parse, Bind, Describe, Execute, Close, Flush. A Sync ends the sequence. */
const EXTENDED_QUERY = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const SYNC = 'S'.charCodeAt(0);

/**
 * pglite-socket runs one message at a time from any connection, and keeps a
 * connection exclusive only while it is inside a transaction. All connections
 * share PGlite's one session, so an extended-protocol query (Parse … Sync,
 * which `pg` uses for every parameterised statement) could be cut in two by
 * another connection's messages, which replace the unnamed statement:
 * "unnamed prepared statement does not exist", or worse. Reporting an open
 * Parse … Sync sequence as "in a transaction" makes the socket server finish
 * that connection's sequence first. (Background job workers polling next to
 * request transactions made this happen within seconds.)
 */
export function serialiseExtendedQueries(db: PGlite): PGlite {
  let open = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'isInTransaction') return () => open || target.isInTransaction();
      if (property === 'execProtocolRawStream') {
        return async (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) => {
          try {
            return await target.execProtocolRawStream(message, options);
          } finally {
            if (message[0] === SYNC) open = false;
            else if (EXTENDED_QUERY.has(message[0])) open = true;
          }
        };
      }
      // The socket server rolls back with exec() when a connection drops mid-transaction.
      if (property === 'exec') return (query: string, options?: Parameters<PGlite['exec']>[1]) => ((open = false), target.exec(query, options));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * PostgreSQL in-process (PGlite), its files under `dataDir/pg` so data
 * survives restarts, served on a loopback socket so `pg` and TypeORM connect
 * to it unchanged. `dataDir: null` keeps it in memory (tests).
 * `maxConnections` must cover every pool: TypeORM's and the job runner's
 * (JOBS_CONCURRENCY + 2).
 */
export async function startEmbeddedPostgres(dataDir: string | null, maxConnections = 30): Promise<EmbeddedPostgres> {
  let dir: string | undefined;
  if (dataDir) {
    dir = join(dataDir, 'pg');
    mkdirSync(dir, { recursive: true });
  }
  const db = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db: serialiseExtendedQueries(db), host: '127.0.0.1', port, maxConnections });
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
