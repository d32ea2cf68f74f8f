import type { NextFunction, Request, Response } from 'express';
import type { ApiMetrics } from './api-metrics.js';

/**
 * Times every request, including those a guard refuses or no route matches (a Nest interceptor
 * would see neither). The label is the route's template (`/hazards/:id`), never the path itself,
 * so that ids do not each make a series of their own.
 */
export function httpMetrics(metrics: ApiMetrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const end = metrics.http.startTimer();
    res.once('finish', () => {
      const template = (req.route as { path?: unknown } | undefined)?.path;
      // Nest answers paths no route knows with a catch-all of its own (`{/*splat}`).
      const known = typeof template === 'string' && !template.includes('*');
      const route = known ? `${req.baseUrl}${template}` : req.path.startsWith('/console') ? '/console' : req.path.startsWith('/docs') ? '/docs' : 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
