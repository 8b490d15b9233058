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
});
