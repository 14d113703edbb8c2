// Start-up as deployments meet it: the port already taken, the database coming up after the service,
// and the public URL the service assumes when none is configured.
import { createServer as createTcpServer, connect, type Server, type Socket } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config.js";
import { createLogger } from "../src/common/logger.js";
import { defaultPublicUrl, startService, type RunningService } from "../src/service.js";
import { createTestDatabase, serverUrl, type TestDatabase } from "./support/database.js";
import { waitFor } from "./support/wait.js";
import { CreateIncomingWebhookDocument } from "@hookrelay/client";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(): Promise<TestDatabase> {
  const created = await createTestDatabase();
  cleanups.push(() => created.drop());
  return created;
}

/** Starts the service in-process with its log lines collected. */
function start(env: Record<string, string>) {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) logs.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({ HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", ...env });
  const started = startService(config, createLogger(config.LOG_LEVEL, sink));
  started.then(
    (service) => cleanups.push(() => service.stop()),
    () => undefined,
  );
  return { started, logs };
}

function listenOn(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
  });
}

async function freePort(): Promise<number> {
  const probe = createTcpServer();
  const port = await listenOn(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("start-up", () => {
  it("fails on a port in use before creating anything, so the first start's admin key is not lost", async () => {
    const db = await database();
    const taken = createTcpServer();
    const port = await listenOn(taken);
    cleanups.push(() => new Promise((resolve) => taken.close(resolve)));
    await expect(start({ ...db.env, PORT: String(port) }).started).rejects.toMatchObject({ code: "EADDRINUSE" });
    // The database was not even opened: the next start is the first start, and shows its key.
    const service: RunningService = await start(db.env).started;
    expect(service.bootstrap?.adminKey).toMatch(/^whk_/);
  });

  it("builds incoming webhooks' URLs on its own address when PUBLIC_URL is unset", async () => {
    const db = await database();
    const service = await start(db.env).started;
    const response = await fetch(`http://127.0.0.1:${service.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${service.bootstrap!.adminKey}` },
      body: JSON.stringify({
        query: CreateIncomingWebhookDocument.toString(),
        variables: { input: { name: "default url", plugin: { pluginId: "generic-json" } } },
      }),
    });
    const created = (await response.json()) as { data: { createIncomingWebhook: { webhook: { webhookUrl: string } } } };
    expect(created.data.createIncomingWebhook.webhook.webhookUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${service.port}/webhooks/incoming/`),
    );
    expect(
      (await fetch(created.data.createIncomingWebhook.webhook.webhookUrl, { method: "POST", body: "{}" })).status,
    ).toBe(202);
  });

  it("defaults PUBLIC_URL to an address that reaches the port", () => {
    expect(defaultPublicUrl("0.0.0.0", 4000)).toBe("http://localhost:4000");
    expect(defaultPublicUrl("::", 8080)).toBe("http://localhost:8080");
    expect(defaultPublicUrl("10.0.0.5", 4100)).toBe("http://10.0.0.5:4100");
    expect(defaultPublicUrl("::1", 4100)).toBe("http://[::1]:4100");
  });
});

describe.runIf(serverUrl)("a database that comes up after the service (PostgreSQL)", () => {
  /** A TCP relay to the PostgreSQL server that, until opened, refuses connections as a server still booting would. */
  async function lateDatabase(url: string) {
    const target = new URL(url);
    const port = await freePort();
    const sockets = new Set<Socket>();
    const relay = createTcpServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => relay.close(resolve));
    });
    const late = new URL(url);
    late.port = String(port);
    return { url: late.toString(), open: () => listenOn(relay, port) };
  }

  it("waits for it with backoff, logging each try, answering /healthz 200 and /readyz 503 meanwhile", async () => {
    const db = await database();
    const late = await lateDatabase(db.env.DATABASE_URL!);
    const port = await freePort();
    const { started, logs } = start({ ...db.env, DATABASE_URL: late.url, PORT: String(port) });
    await waitFor(
      "two failed tries",
      () => logs.filter((line) => line.msg === "database not reachable yet; trying again").length >= 2,
    );
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const starting = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ status: "starting" });
    const early = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ viewer { name } }"}',
    });
    expect(early.status).toBe(503);
    expect(early.headers.get("retry-after")).toBeTruthy();
    expect(((await early.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "SERVICE_UNAVAILABLE",
    );

    await late.open();
    const service = await started;
    expect(service.port).toBe(port);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const tries = logs.filter((line) => line.msg === "database not reachable yet; trying again");
    expect(tries.map((line) => line.attempt)).toEqual(tries.map((_, index) => index + 1));
    expect(tries.slice(0, 3).map((line) => line.retryInMs)).toEqual(
      [500, 1000, 2000].slice(0, Math.min(3, tries.length)),
    );
  });

  it("gives up after DATABASE_CONNECT_TIMEOUT_MS and frees the port", async () => {
    const db = await database();
    const late = await lateDatabase(db.env.DATABASE_URL!);
    const port = await freePort();
    await expect(
      start({ ...db.env, DATABASE_URL: late.url, PORT: String(port), DATABASE_CONNECT_TIMEOUT_MS: "1200" }).started,
    ).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
