import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainException } from './domain.exception';
import { formatError } from './format-error';
import { asRequestError } from './operation-guards';

const UNAVAILABLE = { message: 'The service is briefly unavailable; try again', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } };

/** As Apollo hands a resolver's error to formatError. */
function fromResolver(error: Error) {
  const wrapped = new GraphQLError(error.message, { path: ['spaces'], originalError: error });
  return formatError(wrapped.toJSON(), wrapped, vi.fn());
}

const sockets = new Set<Socket>();

/** A local TCP server that does `onSocket` to each connection; its port. */
async function listen(onSocket: (socket: Socket) => void): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    sockets.add(socket);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** What pg really throws when it connects to `port`. */
async function pgErrorAt(port: number, options: pg.ClientConfig = {}): Promise<Error> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'x', database: 'x', ...options });
  client.on('error', () => undefined);
  return client.connect().then(
    () => Promise.reject(new Error('connected')),
    (error: Error) => error,
  );
}

function databaseError(code: string, message: string) {
  return Object.assign(new pg.DatabaseError(message, 0, 'error'), { code, severity: 'FATAL' });
}

describe('formatError: the database is briefly unreachable', () => {
  const servers: Server[] = [];
  let closedPort: number;
  beforeAll(async () => {
    const { server, port } = await listen(() => undefined);
    closedPort = port;
    await new Promise((resolve) => server.close(resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('maps a refused connection (ECONNREFUSED) to SERVICE_UNAVAILABLE, retryable', async () => {
    const refused = await pgErrorAt(closedPort);
    expect(refused).toMatchObject({ code: 'ECONNREFUSED' });
    expect(fromResolver(refused)).toMatchObject(UNAVAILABLE);
  });

  it('maps a connection the server drops ("Connection terminated unexpectedly")', async () => {
    const dropping = await listen((socket) => socket.destroy());
    servers.push(dropping.server);
    const dropped = await pgErrorAt(dropping.port);
    expect(dropped.message).toBe('Connection terminated unexpectedly');
    expect(fromResolver(dropped)).toMatchObject(UNAVAILABLE);
    // As TypeORM throws it from a query.
    expect(fromResolver(new QueryFailedError('SELECT 1', [], dropped))).toMatchObject(UNAVAILABLE);
  });

  it('maps pool and connect timeouts against a server that never answers', async () => {
    const silent = await listen(() => undefined);
    servers.push(silent.server);
    const pool = new pg.Pool({ host: '127.0.0.1', port: silent.port, user: 'x', database: 'x', max: 1, connectionTimeoutMillis: 100 });
    const results = await Promise.allSettled([pool.query('SELECT 1'), pool.query('SELECT 1')]);
    await pool.end();
    const errors = results.map((r) => (r.status === 'rejected' ? (r.reason as Error) : new Error('answered')));
    for (const error of errors) {
      expect(error.message).toMatch(/^(Connection terminated due to connection timeout|timeout exceeded when trying to connect)$/);
      expect(fromResolver(error)).toMatchObject(UNAVAILABLE);
    }
    expect(fromResolver(new Error('timeout exceeded when trying to connect'))).toMatchObject(UNAVAILABLE);
  });

  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection because of crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
    ['53300', 'sorry, too many clients already'],
  ])('maps SQLSTATE %s (%s), also inside a QueryFailedError', (code, message) => {
    expect(fromResolver(databaseError(code, message))).toMatchObject(UNAVAILABLE);
    expect(fromResolver(new QueryFailedError('SELECT 1', [], databaseError(code, message)))).toMatchObject(UNAVAILABLE);
  });

  it('keeps other database errors INTERNAL_SERVER_ERROR with a generic message, and logs them', () => {
    const log = vi.fn();
    const error = new QueryFailedError('SELECT x FROM y', [], databaseError('42P01', 'relation "y" does not exist'));
    const wrapped = new GraphQLError(error.message, { path: ['spaces'], originalError: error });
    expect(formatError(wrapped.toJSON(), wrapped, log)).toEqual({
      path: ['spaces'],
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledWith(error);
    expect(fromResolver(databaseError('57014', 'canceling statement due to statement timeout'))).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('formatError: refusals from operation guards', () => {
  it('keeps a guard’s DomainException code, message and field, though the error has no path', () => {
    const error = asRequestError(DomainException.badInput('title', 'title contains a null character'));
    expect(formatError(error.toJSON(), error, vi.fn())).toEqual({
      message: 'title contains a null character',
      extensions: { code: 'BAD_USER_INPUT', field: 'title' },
    });
  });

  it('treats anything else a guard throws as unexpected, or unavailable', () => {
    const log = vi.fn();
    const broken = asRequestError(new TypeError('x is not a function'));
    expect(formatError(broken.toJSON(), broken, log)).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(log).toHaveBeenCalledWith(expect.any(TypeError));
    const down = asRequestError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }));
    expect(formatError(down.toJSON(), down, log)).toMatchObject(UNAVAILABLE);
  });
});
