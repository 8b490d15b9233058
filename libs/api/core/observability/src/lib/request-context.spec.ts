import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { currentRequestId, requestIdMiddleware } from './request-context';

function fakeExchange(headers: Record<string, string>) {
  const sent: Record<string, string> = {};
  const originalWriteHead = () => undefined;
  const req = { header: (name: string) => headers[name] } as unknown as Request;
  const res = {
    headersSent: false,
    setHeader: (name: string, value: string) => void (sent[name] = value),
    writeHead: originalWriteHead,
  } as unknown as Response;
  return { req, res, sent, originalWriteHead };
}

describe('requestIdMiddleware', () => {
  it('scopes the request id but counts no statements unless asked', () => {
    const { req, res, sent, originalWriteHead } = fakeExchange({ 'x-request-id': 'plain-1' });
    let seen: string | undefined;
    requestIdMiddleware(req, res, () => (seen = currentRequestId()));
    expect(seen).toBe('plain-1');
    expect(res.writeHead).toBe(originalWriteHead);
    expect(sent['x-db-statements']).toBeUndefined();
  });

  it('reports the statement count just before the headers go out when asked', () => {
    const { req, res, sent } = fakeExchange({ 'x-request-id': 'debug-1', 'x-debug-statements': '1' });
    let seen: string | undefined;
    requestIdMiddleware(req, res, () => (seen = currentRequestId()));
    expect(seen).toBe('debug-1');
    res.writeHead(200);
    expect(sent['x-db-statements']).toBe('0');
  });
});
