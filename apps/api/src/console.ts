import type { INestApplication } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response } from 'express';
import { PROBLEM_TYPE_BASE } from './common/problem-details.js';

/** dist/console, built by Vite from apps/console (from dist/apps/api/src when compiled, apps/api/src under ts-jest). */
export const CONSOLE_DIR = ['../../../console/', '../../../dist/console/']
  .map((p) => fileURLToPath(new URL(p, import.meta.url)))
  .find((dir) => existsSync(`${dir}index.html`));

/**
 * The leaders' console: static files under /console, outside the API's guards (the page itself
 * holds no data; everything it shows comes from the API with the person's own token).
 */
export function serveConsole(app: INestApplication): void {
  const server = app.getHttpAdapter();
  if (!CONSOLE_DIR) {
    server.get('/console', (_req: Request, res: Response) => {
      res.status(404).type('application/problem+json').json({
        type: `${PROBLEM_TYPE_BASE}not-found`,
        title: 'Not found',
        status: 404,
        detail: 'The console has not been built: run `npm run build` (npm start and npm test build it).',
      });
    });
    return;
  }
  app.use('/console', express.static(CONSOLE_DIR, { index: 'index.html', maxAge: '1h', setHeaders: (res, path) => path.endsWith('index.html') && res.setHeader('Cache-Control', 'no-cache') }));
}
