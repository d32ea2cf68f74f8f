import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { SwaggerModule } from '@nestjs/swagger';
import { json, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { openApiDocument } from './common/openapi.js';
import { createValidationPipe } from './common/validation.pipe.js';
import { serveConsole } from './console.js';
import { ApiMetrics } from './metrics/api-metrics.js';
import { httpMetrics } from './metrics/http-metrics.middleware.js';

/**
 * Requests that Node's HTTP parser refuses (headers or URL too large, malformed) never reach
 * Express; answer them as problem+json too, instead of Node's bare default.
 */
function answerClientErrors(server: Server): void {
  server.on('clientError', (err: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const [status, title, detail] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request header fields too large', 'The request line or headers are too large']
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request timeout', 'The request was not received in time']
          : [400, 'Bad request', 'The request could not be parsed as HTTP'];
    const body = JSON.stringify({ type: `https://dutychain.dev/problems/${status === 400 ? 'bad-request' : 'request-too-large'}`, title, status, detail });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/** Everything main.ts applies to the app, shared with the e2e tests so that they test the same app. */
export function configureApp(app: INestApplication): INestApplication {
  answerClientErrors(app.getHttpServer());
  app.useLogger(app.get(Logger));
  app.use(httpMetrics(app.get(ApiMetrics)));
  // Strict headers everywhere; the docs page needs its own inline script and styles to render.
  const strict = helmet();
  const docs = helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } } });
  // The console shows evidence photos it fetched with the bearer token as blob: URLs.
  const console = helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'] } } });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/docs') ? docs : req.path.startsWith('/console') ? console : strict)(req, res, next));
  serveConsole(app);
  app.use(json({ limit: '256kb' }));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => openApiDocument(app));
  return app;
}
