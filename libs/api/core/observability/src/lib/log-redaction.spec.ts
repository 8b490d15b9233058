import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactText } from './log-redaction';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';

describe('redact', () => {
  it('masks bearer tokens, JWTs and secret form parameters inside text', () => {
    expect(redactText(`GET /x Authorization: Bearer abc.def-123`)).toBe('GET /x Authorization: Bearer [redacted]');
    expect(redactText(`token ${JWT} seen`)).toBe('token [redacted-jwt] seen');
    expect(redactText('grant_type=password&username=alice&password=s3cret&client_id=cli')).toBe(
      'grant_type=password&username=alice&password=[redacted]&client_id=cli',
    );
    expect(redactText('connect postgres://pnyx:pg-s3cret@db:5432/pnyx failed')).toBe('connect postgres://pnyx:[redacted]@db:5432/pnyx failed');
    expect(redactText('redis://:r3dis@cache:6379')).toBe('redis://:[redacted]@cache:6379');
    expect(redactText('see http://127.0.0.1:3000/graphql')).toBe('see http://127.0.0.1:3000/graphql');
    expect(redactText('nothing secret here')).toBe('nothing secret here');
  });

  it('starts a pattern only where its token starts: long runs of user text pass through whole, a JWT after one is still masked', () => {
    const runs = ['eyJ-'.repeat(5_000), 'a-'.repeat(5_000), 'a://b:'.repeat(2_000)];
    for (const run of runs) expect(redactText(run)).toBe(run);
    expect(redactText(`${'eyJ-'.repeat(100)} ${JWT}`)).toBe(`${'eyJ-'.repeat(100)} [redacted-jwt]`);
  });

  it('replaces values under secret keys at any depth, and keeps the rest', () => {
    const entry = {
      msg: 'request',
      headers: { Authorization: 'Bearer x', cookie: 'sid=1', accept: 'json' },
      body: { username: 'alice', password: 's3cret', nested: [{ access_token: 'abc' }] },
      variables: { input: { title: 'hi' } },
      at: new Date(0),
    };
    expect(JSON.parse(JSON.stringify(redact(entry)))).toEqual({
      msg: 'request',
      headers: { Authorization: REDACTED, cookie: REDACTED, accept: 'json' },
      body: { username: 'alice', password: REDACTED, nested: [{ access_token: REDACTED }] },
      variables: REDACTED,
      at: '1970-01-01T00:00:00.000Z',
    });
  });
});
