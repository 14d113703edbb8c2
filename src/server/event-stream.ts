// Subscriptions' answers (Server-Sent Events) passed on as yoga writes them, with a bound on what a
// slow client may leave unread.
import type { ServerResponse } from "node:http";

// The last message of a stream whose client read too slowly: the error, then the end of the stream.
const SLOW_CONSUMER_MESSAGE = `event: next\ndata: ${JSON.stringify({
  errors: [
    {
      message:
        "This stream's client read too slowly (more than SSE_MAX_UNSENT_BYTES waited to be sent) and it was ended; subscribe again and read what you missed through the queries.",
      extensions: { code: "SLOW_CONSUMER" },
    },
  ],
})}\n\nevent: complete\ndata:\n\n`;
// How long a cut-off client has to read that message before its connection is closed.
const SLOW_CONSUMER_GRACE_MS = 5000;

/**
 * Passes a Server-Sent Events answer on as yoga writes it. What the client has not read yet waits in
 * the response's buffer, up to `maxUnsentBytes`: past that, the stream ends with a SLOW_CONSUMER
 * message, its subscriptions with it, and the connection is closed once that is read or after
 * SLOW_CONSUMER_GRACE_MS, so a client that stopped reading holds a bounded amount of memory, for a
 * bounded time. When the client goes away the stream is cancelled, which ends its subscriptions.
 */
export async function sendEventStream(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: ReadableStream<Uint8Array> | null,
  maxUnsentBytes: number,
): Promise<void> {
  const { "content-length": _length, "content-encoding": _encoding, ...rest } = headers;
  response.writeHead(status, rest);
  response.flushHeaders();
  if (!body) return void response.end();
  const reader = body.getReader();
  // The reader's cancel is enough for a spec stream, but yoga's (@whatwg-node's Node ponyfill) queues
  // it behind the pending read, which waits for the next change: a subscription whose client left
  // would stay open until then. Cancelling the stream itself destroys it at once (a spec stream
  // refuses that while locked, hence both).
  const cancel = () => {
    reader.cancel().catch(() => undefined);
    Promise.resolve(body.cancel()).catch(() => undefined);
  };
  response.once("close", cancel);
  // Yoga writes a message as several chunks (its event line, its data line), each read in a promise
  // continuation of its own: corked until the event loop's next turn, they leave in one system call,
  // with whatever other messages are ready.
  let corked = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || response.destroyed) break;
      if (!corked) {
        corked = true;
        response.cork();
        setImmediate(() => {
          corked = false;
          response.uncork();
        });
      }
      response.write(value);
      if (response.writableLength > maxUnsentBytes) {
        cancel();
        response.write(SLOW_CONSUMER_MESSAGE);
        // The connection goes either way: closed once all of it is handed to the system (the client
        // reads the rest, then the end), or destroyed with what it holds after the grace period.
        const closing = setTimeout(() => response.destroy(), SLOW_CONSUMER_GRACE_MS);
        response.once("finish", () => {
          clearTimeout(closing);
          response.socket?.end();
        });
        break;
      }
    }
  } finally {
    response.off("close", cancel);
    response.end();
  }
}
