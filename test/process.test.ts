import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/database.js";
import {
  KEY_PATTERN,
  PROCESS_TEST_TIMEOUT_MS,
  runCommand,
  runScript,
  spawnNpm,
  startServer,
  viewerName,
} from "./support/process.js";
import { waitFor } from "./support/wait.js";

const databases: TestDatabase[] = [];
async function freshDatabase() {
  const database = await createTestDatabase();
  databases.push(database);
  return database;
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.drop()));
});

describe("the server process", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("prints an admin key on first start, serves it, drains on SIGTERM, and keeps data across restarts", async () => {
    const { env } = await freshDatabase();
    const first = startServer(env);
    const port = await first.listening;
    const key = KEY_PATTERN.exec(first.stdout())?.[0];
    expect(key).toBeTruthy();
    expect(await viewerName(port, key!)).toMatchObject({
      data: { viewer: { name: "bootstrap admin", tenant: { name: "default" } } },
    });

    // An in-flight request (its body still arriving) is answered after SIGTERM, then the process exits.
    // The server has the request once it answers "100 Continue"; the rest of the body follows once
    // the process says it is shutting down.
    const body = JSON.stringify({ query: "{ viewer { name } }" });
    const inFlight = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/graphql",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            authorization: `Bearer ${key}`,
            expect: "100-continue",
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.on("continue", () => {
        req.write(body.slice(0, 5));
        first.child.kill("SIGTERM");
        waitFor("the process to say it is shutting down", () => first.stdout().includes('"msg":"shutting down"')).then(
          () => req.end(body.slice(5)),
          reject,
        );
      });
      req.flushHeaders();
    });
    expect(await inFlight).toBe(200);
    expect(await first.exited).toBe(0);
    expect(first.stdout()).toContain('"msg":"stopped"');

    const second = startServer(env);
    const port2 = await second.listening;
    expect(second.stdout()).not.toMatch(KEY_PATTERN); // no second bootstrap
    expect(await viewerName(port2, key!)).toMatchObject({
      data: { viewer: { name: "bootstrap admin", tenant: { name: "default" } } },
    });
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  it("npm start, the command README gives, stops on SIGTERM to npm and leaves no process behind", async () => {
    const { env } = await freshDatabase();
    const server = spawnNpm(["start"], env);
    const port = await server.listening;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    server.child.kill("SIGTERM"); // what an orchestrator does to the process it started
    await server.exited;
    // npm returns once its child has exited: the service stopped itself, and nothing serves the port.
    expect(server.stdout()).toContain('"signal":"SIGTERM"');
    expect(server.stdout()).toContain('"msg":"stopped"');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it("hookrelay start, the built command, serves with its first key and stops on SIGTERM", async () => {
    const { env } = await freshDatabase();
    const server = spawnNpm(["run", "hookrelay", "--", "start", "--role", "all"], env);
    const port = await server.listening;
    const key = KEY_PATTERN.exec(server.stdout())?.[0];
    expect(await viewerName(port, key!)).toMatchObject({ data: { viewer: { name: "bootstrap admin" } } });
    server.child.kill("SIGTERM");
    await server.exited;
    expect(server.stdout()).toContain('"msg":"stopped"');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it("takes the bootstrap key from BOOTSTRAP_API_KEY", async () => {
    const { env } = await freshDatabase();
    const key = "whk_Bootstr1_abcdefghijklmnopqrstuvwxyz0123456789";
    const server = startServer({ ...env, BOOTSTRAP_API_KEY: key });
    const port = await server.listening;
    expect(server.stdout()).not.toContain(key);
    expect(await viewerName(port, key)).toMatchObject({ data: { viewer: { name: "bootstrap admin" } } });
    server.child.kill("SIGTERM");
    await server.exited;
  });

  it.each([
    ["PORT", { PORT: "abc" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/db" }],
    ["GRAPHIQL", { GRAPHIQL: "maybe" }],
    ["SECRETS_KEY", { DATABASE_URL: "postgresql://root@127.0.0.1:5432/test" }],
    ["ROLE", { ROLE: "worker" }],
    ["WORKER_CONCURRENCY", { WORKER_CONCURRENCY: "0" }],
    ["ALLOW_PRIVATE_DESTINATIONS", { ALLOW_PRIVATE_DESTINATIONS: "yes" }],
  ])("stops at start with one line naming %s when it is invalid", async (variable, bad) => {
    const { code, stdout, stderr } = await runScript("src/main.ts", [], {
      DATA_DIR: "/nonexistent-never-created",
      ...bad,
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
  });
});

describe("command-line tools", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("hookrelay status names the pending migrations and exits 1, then 0 once they are applied", async () => {
    const { env } = await freshDatabase();
    const before = await runCommand(["status"], env);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/: 0 of \d+ migration\(s\) applied\.\nPending/);
    expect(before.stdout).toContain("_delivery_engine");
    expect((await runCommand(["migrate"], env)).code).toBe(0);
    const after = await runCommand(["status"], env);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/: (\d+) of \1 migration\(s\) applied\.\nDatabase schema is up to date\./);
  });

  it("hookrelay apikey create gives an existing tenant a new admin key: the way back in when every admin key is lost", async () => {
    const { env } = await freshDatabase();
    const first = startServer(env);
    await first.listening; // the first start made the tenant "default" and a key nobody kept
    first.child.kill("SIGTERM");
    await first.exited;
    const missing = await runCommand(["apikey", "create", "--tenant", "nobody"], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^No tenant "nobody"\.\n {2}[0-9a-f-]{36} {2}default\n$/);
    const created = await runCommand(["apikey", "create"], env); // the only tenant
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('admin API key for tenant "default"');
    const key = KEY_PATTERN.exec(created.stdout)?.[0];
    const server = startServer(env);
    const port = await server.listening;
    expect(await viewerName(port, key!)).toMatchObject({
      data: { viewer: { name: "recovery admin", tenant: { name: "default" } } },
    });
    server.child.kill("SIGTERM");
    await server.exited;
  });

  it("hookrelay tenant create prints a working admin key for a new tenant", async () => {
    const { env } = await freshDatabase();
    const created = await runCommand(["tenant", "create", "Acme", "Corp"], env);
    expect(created.code).toBe(0);
    const key = KEY_PATTERN.exec(created.stdout)?.[0];
    expect(created.stdout).toContain('Created tenant "Acme Corp"');
    const server = startServer(env);
    const port = await server.listening;
    expect(await viewerName(port, key!)).toMatchObject({
      data: { viewer: { name: "admin", tenant: { name: "Acme Corp" } } },
    });
    server.child.kill("SIGTERM");
    await server.exited;
  });
});

describe.runIf(!process.env.TEST_DATABASE_URL)("embedded database", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("refuses a second process, status, tenant create and apikey create on a data directory in use, each with one line", async () => {
    const { env } = await freshDatabase();
    const first = startServer(env);
    await first.listening;
    const second = await runScript("src/main.ts", [], env);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain("is in use by process");
    for (const args of [["status"], ["tenant", "create", "Late"], ["apikey", "create"]]) {
      const refused = await runCommand(args, env);
      expect(refused.code, args.join(" ")).toBe(1);
      expect(refused.stderr.trim().split("\n"), args.join(" ")).toEqual([
        expect.stringMatching(/^Data directory .* is in use by process \d+\./),
      ]);
    }
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
  });
});
