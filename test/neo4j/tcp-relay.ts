import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay in front of the real Neo4j server, so a test can make the server unreachable
 * (nothing listening yet, or every connection cut) without stopping the server the other
 * tests share. Bolt passes through it byte for byte.
 */
export interface TcpRelay {
  /** `bolt://127.0.0.1:<relay port>`: the server's URI as seen through the relay. */
  readonly uri: string;
  /** Starts accepting connections on the relay's port (refused until then). */
  open(): Promise<void>;
  /** Stops accepting and ends every relayed connection, as a server going away would. */
  cut(): Promise<void>;
}

/** A relay to the server at `targetUri`; its port is reserved now and listened on at `open()`. */
export async function createTcpRelay(targetUri: string): Promise<TcpRelay> {
  const target = new URL(targetUri.replace(/^[a-z+]+:/, 'http:'));
  const port = await reserveFreePort();
  const sockets = new Set<Socket>();
  let server: Server | undefined;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  return {
    uri: `bolt://127.0.0.1:${port}`,
    open: () =>
      new Promise((resolve, reject) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port), target.hostname);
          track(client);
          track(upstream);
          client.pipe(upstream).pipe(client);
          client.once('error', () => upstream.destroy());
          upstream.once('error', () => client.destroy());
        });
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      }),
    cut: async () => {
      const closed = new Promise<void>((resolve) =>
        server ? server.close(() => resolve()) : resolve(),
      );
      for (const socket of sockets) socket.destroy();
      await closed;
      server = undefined;
    },
  };
}

/** A loopback port nothing listens on: bound by the OS, then released. */
function reserveFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
