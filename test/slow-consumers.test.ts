// Event-stream clients that stop reading: each stream's unsent bytes are bounded (SSE_MAX_UNSENT_BYTES);
// past the bound the stream ends with a SLOW_CONSUMER message and what it held is let go of, so 50
// stalled clients leave the API's heap where it was. A client that reads keeps its stream. The
// service runs in a process of its own, whose heap /metrics reports.
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/database.js";
import {
  PROCESS_TEST_TIMEOUT_MS,
  addressAndKey,
  stopProcess,
  startServer,
  type ServiceProcess,
} from "./support/process.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import type { AnyJson } from "./support/json.js";

const STALLED_CLIENTS = 50;

let database: TestDatabase;
let receiver: Receiver;
let server: ServiceProcess;
let base: string;
let key: string;
beforeAll(async () => {
  [database, receiver] = await Promise.all([createTestDatabase(), startReceiver()]);
  server = startServer({
    ...database.env,
    ALLOW_PRIVATE_DESTINATIONS: "true",
    MAX_SUBSCRIPTIONS_PER_KEY: "100",
    WORKER_POLL_INTERVAL_MS: "100",
  });
  ({ origin: base, key } = await addressAndKey(server));
}, PROCESS_TEST_TIMEOUT_MS);
afterAll(async () => {
  await stopProcess(server);
  await receiver.close();
  await database.drop();
});

async function gql(query: string, variables?: unknown) {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: AnyJson; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const metric = async (name: string) => {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m").exec(text)?.[1]);
};
const heapMb = async () => (await metric("nodejs_heap_size_used_bytes")) / 1e6;
const openSubscriptions = () => metric("hookrelay_live_subscriptions");

// Every delivery's changes, each with its event's payload: kilobytes a message, for the stalled clients.
const SUBSCRIPTION = JSON.stringify({
  query: "subscription { deliveryUpdated { status delivery { id event { payload } } } }",
});
// The reading client's: the same changes without the payload. A batch's burst of them stays far below
// SSE_MAX_UNSENT_BYTES, which the payloads' (a megabyte at once on PostgreSQL) would not: the bound
// counts what waits to be sent, a burst the client has had no time to read included. It reads each
// delivery's event as the stalled clients' messages do: publishing goes at the pace their messages are
// made, so a stalled stream is cut for the bytes it holds, not for the changes queued behind it.
const READ_SUBSCRIPTION = JSON.stringify({
  query: "subscription { deliveryUpdated { status delivery { id event { id } } } }",
});

/** A client that sends the subscription and then reads nothing (until `resume`). */
function stalledClient(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  socket.write(
    `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\naccept: text/event-stream\r\n` +
      `authorization: Bearer ${key}\r\ncontent-length: ${Buffer.byteLength(SUBSCRIPTION)}\r\n\r\n${SUBSCRIPTION}`,
  );
  socket.pause();
  return socket;
}

const PAYLOAD = { blob: "x".repeat(8_000) };
const BATCH = 50;
const publishBatch = () =>
  gql(`mutation($input: PublishEventsInput!) { publishEvents(input: $input) { __typename } }`, {
    input: { events: Array.from({ length: BATCH }, () => ({ type: "slow.event", payload: PAYLOAD })) },
  });

it(
  "ends streams whose clients stop reading with SLOW_CONSUMER, keeps the one that reads, and the heap returns after they are dropped",
  async () => {
    await gql(
      `mutation($url: String!) { createOutgoingWebhook(input: { name: "slow", url: $url, eventTypes: ["slow.*"] }) { __typename } }`,
      { url: receiver.url },
    );
    // Warm up what the stalled clients will use (the subscription path, a published batch), then take
    // the heap's lowest reading as its start.
    await publishBatch();
    await waitFor("the warm-up deliveries", () => receiver.requests.length >= 50);
    const samples: number[] = [];
    for (let index = 0; index < 5; index += 1) samples.push(await heapMb());
    const start = Math.min(...samples);

    const reading = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${key}` },
      body: READ_SUBSCRIPTION,
    });
    // The reading client counts the attempts it sees end (a success, or a failure on a machine so busy
    // that the receiver answered late). Each batch is published once it has seen as many as were
    // published: the API then never runs more than a batch behind (past 1,000 changes, a subscriber
    // that reads is ended too: fell behind).
    let attempted = 0;
    let published = 0;
    const reader = reading.body!.pipeThrough(new TextDecoderStream()).getReader();
    const readAll = (async () => {
      let pending = "";
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        const messages = (pending + read.value).split("\n\n");
        pending = messages.pop()!;
        attempted += messages.filter((message) => /"status":"(SUCCEEDED|FAILED|DIVERTED)"/.test(message)).length;
      }
    })().catch(() => undefined);
    const publishInStep = async () => {
      await publishBatch();
      published += BATCH;
      await waitFor("the reading client to see the batch's attempts", () => attempted >= published, 120_000);
    };
    const port = Number(new URL(base).port);
    const stalled = Array.from({ length: STALLED_CLIENTS }, () => stalledClient(port));
    await waitFor("the subscriptions to open", async () => (await openSubscriptions()) === STALLED_CLIENTS + 1);

    // Publish until every stalled stream has been cut off: only the reading client's stays open.
    for (let batch = 0; (await openSubscriptions()) > 1; batch += 1) {
      expect(batch, "batches published before every stalled stream was cut").toBeLessThan(200);
      await publishInStep();
    }
    // One more stalled client, watched: the moment its stream is cut it starts reading, and finds the
    // stream's last message is SLOW_CONSUMER, then complete, then the end of the response. Every change
    // so far has reached the reading client: the witness's stream opens with none under way.
    const witness = stalledClient(port);
    await waitFor("the witness's subscription to open", async () => (await openSubscriptions()) === 2);
    let publishing = true;
    const load = (async () => {
      for (let batch = 0; publishing; batch += 1) {
        expect(batch, "batches published before the witness was cut").toBeLessThan(200);
        await publishInStep();
      }
    })();
    await waitFor("the witness's stream to be cut", async () => (await openSubscriptions()) === 1, 120_000, 10);
    let received = "";
    witness.on("data", (chunk: Buffer) => (received = (received + chunk.toString("latin1")).slice(-4096)));
    // The server's end of the connection: all it had to send has been read.
    const ended = new Promise((resolve) => witness.on("end", resolve));
    witness.resume();
    publishing = false;
    await load;
    await ended;
    expect(received).toContain('"code":"SLOW_CONSUMER"');
    // The response is chunked: the last chunk of the stream, then the chunked body's end.
    expect(received).toMatch(/event: complete\ndata:\n\n\r\n0\r\n\r\n$/);

    // The reading client's stream is the one left, and saw every delivery.
    expect(await openSubscriptions()).toBe(1);
    expect(attempted).toBeGreaterThanOrEqual(published);
    for (const socket of [...stalled, witness]) socket.destroy();
    // V8 collects its old generation when it allocates; idle, it may wait minutes. So work goes on
    // meanwhile (the publishing the streams were cut in), and each low point is compared with the start.
    await waitFor(
      "the heap to return to within 20 MB of its start",
      async () => {
        await publishInStep();
        return (await heapMb()) <= start + 20;
      },
      120_000,
      100,
    );
    await reader.cancel();
    await readAll;
  },
  PROCESS_TEST_TIMEOUT_MS,
);
