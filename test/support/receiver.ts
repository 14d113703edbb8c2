// A real HTTP receiver on 127.0.0.1 that records every request and answers as the test says.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

/** Decides the answer to a request: a status (and body), or "hang" to never answer. */
export type Responder = (
  request: ReceivedRequest,
  index: number,
) => { status: number; body?: string; delayMs?: number; headers?: Record<string, string> } | "hang";

export interface Receiver {
  url: string;
  port: number;
  requests: ReceivedRequest[];
  /** Requests being answered right now, by webhook-id: more than one at a time is a double delivery. */
  maxConcurrentPerMessage: number;
  /** The most requests that were being answered at once, of any messages. */
  maxConcurrent: number;
  respond(responder: Responder): void;
  close(): Promise<void>;
}

export async function startReceiver(responder: Responder = () => ({ status: 200, body: "ok" })): Promise<Receiver> {
  let current = responder;
  const requests: ReceivedRequest[] = [];
  const inFlight = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  let open = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const received: ReceivedRequest = {
        method: request.method ?? "",
        path: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        receivedAt: Date.now(),
      };
      const index = requests.push(received) - 1;
      const messageId = String(request.headers["webhook-id"] ?? "");
      const concurrent = (inFlight.get(messageId) ?? 0) + 1;
      inFlight.set(messageId, concurrent);
      handle.maxConcurrentPerMessage = Math.max(handle.maxConcurrentPerMessage, concurrent);
      open += 1;
      handle.maxConcurrent = Math.max(handle.maxConcurrent, open);
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        open -= 1;
        inFlight.set(messageId, (inFlight.get(messageId) ?? 1) - 1);
      };
      const answer = current(received, index);
      if (answer === "hang") {
        hanging.add(response);
        response.on("close", finish);
        return;
      }
      setTimeout(() => {
        finish();
        response.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers }).end(answer.body ?? "");
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const handle: Receiver = {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    requests,
    maxConcurrentPerMessage: 0,
    maxConcurrent: 0,
    respond(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return handle;
}

/** A loopback URL on which nothing listens: connections are refused. */
export async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hook`;
}

/** Receivers a test file starts as it goes, closed together when it ends. */
export function receiverSet(): { start(responder?: Responder): Promise<Receiver>; closeAll(): Promise<void> } {
  const started: Receiver[] = [];
  return {
    async start(responder) {
      const receiver = await startReceiver(responder);
      started.push(receiver);
      return receiver;
    },
    async closeAll() {
      await Promise.all(started.splice(0).map((receiver) => receiver.close()));
    },
  };
}
