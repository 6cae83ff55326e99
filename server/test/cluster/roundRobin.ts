/**
 * A round-robin TCP load balancer in front of server processes, as any operator's could
 * be: each new connection goes to the next process in turn, past those that refuse it
 * (a killed one). It knows nothing of boards; the processes forward sockets themselves.
 */
import { connect, createServer, type Socket } from 'node:net';

export interface RoundRobin {
  readonly url: string;
  /** Sends new connections to these processes from now on (a restarted one has a new port). */
  route(backends: readonly string[]): void;
  close(): Promise<void>;
}

export async function roundRobin(backends: readonly string[]): Promise<RoundRobin> {
  let targets = backends.map((url) => new URL(url));
  const open = new Set<Socket>();
  let next = 0;

  const pass = (client: Socket, tries: number) => {
    if (tries === 0) return client.destroy();
    const target = targets[next++ % targets.length]!;
    const backend = connect(Number(target.port), target.hostname);
    let connected = false;
    open.add(backend);
    backend.once('connect', () => {
      connected = true;
      client.pipe(backend).pipe(client);
      client.once('close', () => backend.destroy());
      client.resume();
    });
    backend.on('error', () => {
      if (!connected) pass(client, tries - 1);
    });
    backend.once('close', () => {
      open.delete(backend);
      if (connected) client.destroy();
    });
  };

  const server = createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    pass(client, targets.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    route: (next) => {
      targets = next.map((url) => new URL(url));
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
