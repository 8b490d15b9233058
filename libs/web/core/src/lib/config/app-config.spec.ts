import { describe, expect, it } from 'vitest';
import { loadAppConfig, parseAppConfig } from './app-config';

const valid = { oidc: { url: 'http://localhost:3000', realm: 'pnyx', clientId: 'pnyx-web' } };

describe('parseAppConfig', () => {
  it('accepts the served shape', () => {
    expect(parseAppConfig(valid)).toEqual(valid);
  });

  it.each([
    [null, 'url'],
    [{}, 'url'],
    [{ oidc: { ...valid.oidc, url: '' } }, 'url'],
    [{ oidc: { ...valid.oidc, realm: 3 } }, 'realm'],
    [{ oidc: { url: 'x', realm: 'y' } }, 'clientId'],
  ])('rejects %j naming oidc.%s', (value, field) => {
    expect(() => parseAppConfig(value)).toThrow(`oidc.${field}`);
  });
});

describe('loadAppConfig', () => {
  it('fetches /app-config.json relative to the page', async () => {
    const urls: string[] = [];
    const fake = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(valid), { status: 200 });
    }) as typeof fetch;
    await expect(loadAppConfig(fake)).resolves.toEqual(valid);
    expect(urls).toEqual(['/app-config.json']);
  });

  it('fails on an HTTP error', async () => {
    const fake = (async () => new Response('nope', { status: 503 })) as typeof fetch;
    await expect(loadAppConfig(fake)).rejects.toThrow('HTTP 503');
  });
});
