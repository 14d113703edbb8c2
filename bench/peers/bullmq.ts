// The peer bench:delivery measures hookrelay against: webhook delivery as a Node team builds it without
// a webhook service. `api` is an HTTP publish endpoint (node:http) that enqueues one BullMQ job per
// subscribed endpoint on Redis; `worker` runs the jobs: signs with standardwebhooks and POSTs with
// undici, 8 attempts with exponential backoff. No event or attempt history is kept.
//
// Environment: PORT (each process answers GET /readyz there), REDIS_URL, PEER_QUEUE (the queue's
// name), PEER_ENDPOINTS (JSON: event type -> [{ url, secret }]), PEER_CONCURRENCY (worker only).
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
import { Queue, Worker, type ConnectionOptions } from "bullmq";
import { Webhook } from "standardwebhooks";
import { Agent, request } from "undici";
import { z } from "zod";

const role = z.enum(["api", "worker"]).parse(process.argv.at(-1));
const redisUrl = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const connection: ConnectionOptions = { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) };
const queueName = z.string().min(1).parse(process.env.PEER_QUEUE);
const port = Number(process.env.PORT ?? 0);

const endpointsByType = z
  .record(z.string(), z.array(z.object({ url: z.string(), secret: z.string() })))
  .parse(JSON.parse(process.env.PEER_ENDPOINTS ?? "{}"));
const publishBody = z.object({ type: z.string(), payload: z.unknown() });
const jobData = z.object({ messageId: z.string(), url: z.string(), secret: z.string(), body: z.string() });
type JobData = z.output<typeof jobData>;

const JOB_OPTIONS = { attempts: 8, backoff: { type: "exponential", delay: 1000 }, removeOnComplete: true } as const;

let stop: () => Promise<void>;
let ready = false;

if (role === "api") {
  const queue = new Queue<JobData>(queueName, { connection });
  const publish = async (raw: string) => {
    const { type, payload } = publishBody.parse(JSON.parse(raw));
    const messageId = `msg_${randomUUID()}`;
    const body = JSON.stringify({ type, timestamp: new Date().toISOString(), data: payload });
    const endpoints = endpointsByType[type] ?? [];
    if (endpoints.length === 1) await queue.add(type, { messageId, ...endpoints[0]!, body }, JOB_OPTIONS);
    else if (endpoints.length > 1)
      await queue.addBulk(
        endpoints.map((endpoint) => ({ name: type, data: { messageId, ...endpoint, body }, opts: JOB_OPTIONS })),
      );
    return messageId;
  };
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/readyz") return void res.writeHead(ready ? 200 : 503).end();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      publish(Buffer.concat(chunks).toString()).then(
        (id) => res.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ id })),
        (error: unknown) => res.writeHead(400).end(String(error)),
      );
    });
  });
  await queue.waitUntilReady();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  stop = async () => {
    server.closeAllConnections();
    server.close();
    await queue.close();
  };
} else {
  const agent = new Agent({ connections: 64, headersTimeout: 15_000, bodyTimeout: 15_000 });
  const worker = new Worker<JobData>(
    queueName,
    async (job) => {
      const { messageId, url, secret, body } = jobData.parse(job.data);
      const now = new Date();
      const response = await request(url, {
        method: "POST",
        dispatcher: agent,
        body,
        headers: {
          "content-type": "application/json",
          "webhook-id": messageId,
          "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
          "webhook-signature": new Webhook(secret).sign(messageId, now, body),
        },
      });
      await response.body.dump();
      if (response.statusCode < 200 || response.statusCode >= 300) throw new Error(`HTTP ${response.statusCode}`);
    },
    { connection, concurrency: Number(process.env.PEER_CONCURRENCY ?? 16) },
  );
  await worker.waitUntilReady();
  const server = createServer((req, res) => void res.writeHead(ready ? 200 : 503).end());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  stop = async () => {
    server.close();
    await worker.close();
    await agent.close();
  };
}

ready = true;
process.once("SIGTERM", () => void stop().then(() => process.exit(0)));
