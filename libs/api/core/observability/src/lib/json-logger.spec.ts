import { describe, expect, it } from 'vitest';
import { JsonLogger } from './json-logger';
import { requestIdMiddleware } from './request-context';
import type { Request, Response } from 'express';

describe('JsonLogger', () => {
  it('writes one JSON line with level, message and Nest context', () => {
    const lines: string[] = [];
    new JsonLogger('info', (l) => lines.push(l)).log('started', 'Bootstrap');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', msg: 'started', context: 'Bootstrap' });
  });

  it('drops entries below its level', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('warn', (l) => lines.push(l));
    logger.log('quiet');
    logger.debug('quieter');
    logger.warn('loud');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['loud']);
  });

  it('carries the request id of the request being served', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('info', (l) => lines.push(l));
    const headers: Record<string, string> = {};
    const req = { header: (name: string) => (name === 'x-request-id' ? 'abc-123' : undefined) } as unknown as Request;
    const res = { setHeader: (k: string, v: string) => (headers[k] = v) } as unknown as Response;
    requestIdMiddleware(req, res, () => logger.log('inside'));
    expect(headers['x-request-id']).toBe('abc-123');
    expect(JSON.parse(lines[0]).requestId).toBe('abc-123');
  });

  it('replaces a request id that is not safe to log', () => {
    const headers: Record<string, string> = {};
    const req = { header: () => 'bad id\nwith newline' } as unknown as Request;
    const res = { setHeader: (k: string, v: string) => (headers[k] = v) } as unknown as Response;
    requestIdMiddleware(req, res, () => undefined);
    expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carries the user id once the auth guard has put the caller on the request', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('info', (l) => lines.push(l));
    const req = { header: () => undefined } as unknown as Request & { user?: { id: string } };
    const res = { setHeader: () => undefined } as unknown as Response;
    requestIdMiddleware(req, res, () => {
      logger.log('before sign-in');
      req.user = { id: 'user-42' };
      logger.log('after sign-in');
    });
    expect(JSON.parse(lines[0]).userId).toBeUndefined();
    expect(JSON.parse(lines[1]).userId).toBe('user-42');
  });

  it('never writes a token, password or Authorization header it is handed', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('debug', (l) => lines.push(l));
    logger.log({ msg: 'incoming', headers: { authorization: 'Bearer tok-123' }, password: 'hunter2' });
    logger.warn('retrying with Bearer tok-456');
    logger.error(new Error('grant failed for password=hunter3'));
    const all = lines.join('\n');
    for (const secret of ['tok-123', 'tok-456', 'hunter2', 'hunter3']) expect(all).not.toContain(secret);
    expect(JSON.parse(lines[0]).headers.authorization).toBe('[redacted]');
  });
});
