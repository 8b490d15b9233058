import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cspNonce } from '@pnyx/api/core/observability';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const API_PATHS = /^\/(graphql|realms|health|metrics|app-config\.json|mail)(\/|$)/;
/** The app's root element in index.html, where Angular looks for the CSP nonce. */
const ROOT_ELEMENT = /<pnyx-root\b/i;

/**
 * index.html with this response's CSP nonce on the root element (`ngCspNonce`): Angular
 * puts it on the <style> elements it adds for component styles. Read per response (it is
 * small, and a rebuild of the web app shows without a restart); never cached, as the
 * nonce changes every time.
 */
async function sendIndex(index: string, res: Response, next: NextFunction): Promise<void> {
  try {
    const html = await readFile(index, 'utf8');
    res.setHeader('cache-control', 'no-store');
    res.type('html').send(html.replace(ROOT_ELEMENT, (tag) => `${tag} ngCspNonce="${cspNonce(res)}"`));
  } catch (error) {
    next(error);
  }
}

/**
 * Serves the built Angular app: its files, and index.html for any other
 * browser navigation (client-side routes such as /s/ENG). Returns false when
 * there is no build to serve.
 */
export function serveWebApp(app: Express, dist: string | null): boolean {
  if (!dist) return false;
  const root = resolve(dist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  if (!ROOT_ELEMENT.test(readFileSync(index, 'utf8'))) throw new Error(`${index} has no <pnyx-root> element to carry the CSP nonce`);
  app.get('/index.html', (_req, res, next) => void sendIndex(index, res, next));
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    void sendIndex(index, res, next);
  });
  return true;
}
