// A TCP proxy on loopback in front of a real broker: stopping it is the broker going away for the
// service (connections cut, new ones refused) without stopping a server other tests use; it counts
// the connections it carries, so pooling can be observed from outside the service.
import { createServer, connect, type Server, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  /** Connections accepted since the proxy started. */
  readonly accepted: number;
  /** Connections open now. */
  readonly open: number;
  /** Cuts every connection and stops listening: the broker is "down". */
  stop(): Promise<void>;
  /** Listens again on the same port: the broker is "back". */
  start(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const clients = new Set<Socket>();
  let accepted = 0;
  let port = 0;
  let server: Server | null = null;
  const listen = async () => {
    const listening = createServer((client) => {
      accepted += 1;
      clients.add(client);
      client.on("close", () => clients.delete(client));
      const upstream = connect(targetPort, "127.0.0.1");
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("error", () => undefined);
        socket.on("close", () => {
          sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => listening.listen(port, "127.0.0.1", resolve));
    const address = listening.address();
    if (address && typeof address === "object") port = address.port;
    server = listening;
  };
  await listen();
  return {
    get port() {
      return port;
    },
    get accepted() {
      return accepted;
    },
    get open() {
      return clients.size;
    },
    async stop() {
      const stopping = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (stopping ? stopping.close(() => resolve()) : resolve()));
    },
    start: listen,
  };
}
