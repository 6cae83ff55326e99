/**
 * A local HTTP server standing in for Slack, Teams and Mattermost incoming webhooks (and
 * any JSON receiver): it keeps every POST by path, parsed, and can be told to answer a
 * path with an error a number of times first, as a receiver that is down does.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly received: readonly ReceivedPost[];
  /** The bodies posted to `path`, in order. */
  bodies(path: string): unknown[];
  /** Answers the next `times` posts to `path` with `status` (5xx: the receiver is down). */
  fail(path: string, status: number, times?: number): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedPost[] = [];
  const failing = new Map<string, { status: number; times: number }>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const failure = failing.get(path);
      if (failure && failure.times > 0) {
        failure.times--;
        res.writeHead(failure.status).end('receiver down');
        return;
      }
      received.push({
        path,
        contentType: req.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString() || 'null') as unknown,
      });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    bodies: (path) => received.filter((r) => r.path === path).map((r) => r.body),
    fail: (path, status, times = Infinity) => void failing.set(path, { status, times }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
