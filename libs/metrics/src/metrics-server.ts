import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

export interface MetricsServerOptions {
  host: string;
  port: number;
  registry: Registry;
  /** More exposition text to serve after the registry's, e.g. the Temporal SDK's own exporter. */
  extra?: () => Promise<string>;
  onError?: (message: string) => void;
}

/**
 * GET /metrics in Prometheus's text format on a port of the process's own. A failing `extra`
 * costs only its own series: the registry's are still served.
 */
export async function startMetricsServer(o: MetricsServerOptions): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: metrics are at GET /metrics\n');
      return;
    }
    void (async () => {
      try {
        let text = await o.registry.metrics();
        if (o.extra) {
          text += await o.extra().catch((err: unknown) => {
            o.onError?.(`extra metrics unavailable: ${String(err)}`);
            return '';
          });
        }
        res.writeHead(200, { 'content-type': o.registry.contentType }).end(text);
      } catch (err) {
        o.onError?.(`metrics collection failed: ${String(err)}`);
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics collection failed\n');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
