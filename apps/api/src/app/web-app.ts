import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const API_PATHS = /^\/(graphql|realms|health|metrics|app-config\.json)(\/|$)/;

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
  app.use(express.static(root, { index: false, maxAge: '1h', setHeaders: (res, path) => {
    if (path.endsWith('index.html')) res.setHeader('cache-control', 'no-cache');
  } }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
