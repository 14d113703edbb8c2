// The hookrelay command's API commands, each run as its own process against a real service, as a user
// types them. (The server commands run in process.test.ts and migrations.test.ts.)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { PROCESS_TEST_TIMEOUT_MS, runCommand, spawnScript } from "./support/process.js";
import { untilOpenSubscriptions } from "./support/sse.js";
import { waitFor } from "./support/wait.js";

let t: TestService;
let receiver: Receiver;
let env: Record<string, string>;
beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
  receiver = await startReceiver((request) => ({ status: request.path.endsWith("/refuses") ? 500 : 204 }));
  env = { HOOKRELAY_URL: `${t.url}/graphql`, HOOKRELAY_API_KEY: t.adminKey };
});
afterAll(async () => {
  await receiver.close();
  await t.stop();
});

const hookrelay = (...args: string[]) => runCommand(args, env);
const json = <T>(stdout: string) => JSON.parse(stdout) as T;

describe("hookrelay against a running service", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  let webhookId: string;

  it("creates a webhook, prints its secret once, and lists it", async () => {
    const created = await hookrelay(
      "webhooks",
      "create",
      "--name",
      "orders",
      "--url",
      `${receiver.url}/orders`,
      "--event-types",
      "order.created,order.paid",
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^Created webhook (\S+) \(orders -> http:\/\/127\.0\.0\.1:\d+\/\S*orders\)\.\n/);
    expect(created.stdout).toMatch(/Its signing secret, shown only now: whsec_\S+\n$/);
    webhookId = /^Created webhook (\S+) /.exec(created.stdout)![1]!;

    const listed = await hookrelay("webhooks", "list");
    expect(listed.code).toBe(0);
    const [header, row, footer] = listed.stdout.trim().split("\n");
    expect(header).toMatch(/^ID +STATE +NAME +DESTINATION +EVENT TYPES$/);
    expect(row).toMatch(
      new RegExp(`^${webhookId} +ENABLED +orders +${receiver.url}/orders +order.created,order.paid$`),
    );
    expect(footer).toBe("1 of 1 webhook(s)");

    const asJson = json<{ id: string; eventTypes: string[] }[]>((await hookrelay("webhooks", "list", "--json")).stdout);
    expect(asJson).toMatchObject([{ id: webhookId, eventTypes: ["order.created", "order.paid"] }]);
  });

  it("tests a webhook: exit 0 when delivered, 1 when the endpoint fails", async () => {
    const delivered = await hookrelay("webhooks", "test", webhookId);
    expect(delivered.code, delivered.stderr).toBe(0);
    expect(delivered.stdout).toMatch(/^Delivered: HTTP 204 in \d+ ms\.\n$/);
    expect(receiver.requests.some((request) => request.path.endsWith("/orders"))).toBe(true);

    const refusing = await hookrelay(
      "webhooks",
      "create",
      "--name",
      "refusing",
      "--url",
      `${receiver.url}/refuses`,
      "--event-types",
      "none",
      "--json",
    );
    const { webhook } = json<{ webhook: { id: string } }>(refusing.stdout);
    const failed = await hookrelay("webhooks", "test", webhook.id);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^Failed: HTTP 500 in \d+ ms: /);
  });

  it("publishes an event from a file, lists its delivery and retries it", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "hookrelay-cli-")), "order.json");
    writeFileSync(file, JSON.stringify({ orderId: "o_1", total: 4200 }));
    const published = await hookrelay("events", "publish", "--type", "order.paid", "--data", `@${file}`);
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toMatch(/^Published (\S+) \(order\.paid\) to 1 webhook\(s\)\.\n$/);
    const eventId = /^Published (\S+) /.exec(published.stdout)![1]!;

    const delivered = await waitFor("the delivery to succeed", async () => {
      const listed = await hookrelay("deliveries", "list", "--event", eventId, "--json");
      const deliveries = json<{ id: string; status: string }[]>(listed.stdout);
      return deliveries[0]?.status === "SUCCEEDED" ? deliveries[0] : undefined;
    });
    const received = receiver.requests.find((request) => request.body.includes('"o_1"'));
    expect(JSON.parse(received!.body)).toMatchObject({ type: "order.paid", data: { orderId: "o_1", total: 4200 } });

    const lines = await hookrelay("deliveries", "list", "--webhook", webhookId, "--status", "succeeded");
    expect(lines.stdout).toContain(`${delivered.id}  SUCCEEDED`);

    const retried = await hookrelay("deliveries", "retry", delivered.id);
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.stdout).toMatch(/^Queued \S+: the same message, delivered again \(PENDING\)\.\n$/);
    await waitFor("the redelivery", () => receiver.requests.filter((r) => r.body.includes('"o_1"')).length === 2);
  });

  it("listens: prints each delivery update as a JSON line until interrupted, then exits 0", async () => {
    const listen = spawnScript("src/cli/hookrelay.ts", ["listen", "--json", "--webhook", webhookId], env);
    await untilOpenSubscriptions(t, 1);
    await hookrelay("events", "publish", "--type", "order.created", "--data", '{"orderId":"o_2"}');
    const lines = () =>
      listen
        .stdout()
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { status: string; delivery: { eventType: string } });
    await waitFor("a SUCCEEDED update", () => lines().some((update) => update.status === "SUCCEEDED"));
    expect(lines()[0]).toMatchObject({ status: "PENDING", delivery: { eventType: "order.created" } });
    listen.child.kill("SIGINT");
    expect(await listen.exited).toBe(0);
    await untilOpenSubscriptions(t, 0);
  });

  it("prints what the service refused, field by field, and exits 1", async () => {
    const refused = await hookrelay("webhooks", "create", "--name", "x", "--url", "ftp://x", "--event-types", "a");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^BAD_USER_INPUT: .*\n {2}input\.url: .+\n$/);
    const unknown = await hookrelay("deliveries", "retry", "ZGVsaXZlcnk6bm9uZQ");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^(NOT_FOUND|BAD_USER_INPUT): /);
    const anonymous = await runCommand(["webhooks", "list"], { ...env, HOOKRELAY_API_KEY: "whk_nope" });
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/^UNAUTHENTICATED: /);
  });
});

describe("hookrelay's command line", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("has --help for every command, exiting 0", async () => {
    const commands = [
      [],
      ["start"],
      ["migrate"],
      ["status"],
      ["tenant", "create"],
      ["apikey", "create"],
      ["webhooks", "list"],
      ["webhooks", "create"],
      ["webhooks", "test"],
      ["events", "publish"],
      ["deliveries", "list"],
      ["deliveries", "retry"],
      ["deliveries", "tail"],
      ["listen"],
    ];
    const helps = await Promise.all(commands.map((command) => runCommand([...command, "--help"], {})));
    for (const [index, help] of helps.entries()) {
      expect(help.code, commands[index]!.join(" ")).toBe(0);
      expect(help.stdout, commands[index]!.join(" ")).toMatch(/^Usage: hookrelay /);
    }
    expect(helps[0]!.stdout).toContain("Exit codes: 0 done; 1 the service or the database refused or failed; 2");
    expect(helps[1]!.stdout).toMatch(
      /--role <role> +what this process does \(choices: "all", "api", "worker",\s+default: "all", env: ROLE\)/,
    );
  });

  it("exits 2 on a usage mistake, with one line saying what", async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [["webhooks", "list", "--frist", "3"], env, /error: unknown option '--frist'\n\(Did you mean --first\?\)/],
      [
        ["webhooks", "list", "--first", "0"],
        env,
        /error: option '--first <n>' argument '0' is invalid\. must be 1-100/,
      ],
      [["events", "publish", "--type", "a"], env, /error: required option '--data <json>' not specified/],
      [["events", "publish", "--type", "a", "--data", "{nope"], env, /^--data: not JSON: /],
      [["events", "publish", "--type", "a", "--data", "@/nonexistent.json"], env, /^--data: cannot read /],
      [
        ["webhooks", "list"],
        { HOOKRELAY_URL: env.HOOKRELAY_URL! },
        /^No API key: set HOOKRELAY_API_KEY or pass --api-key\.\n$/,
      ],
      [["tenant", "create"], {}, /error: missing required argument 'name'/],
      [["start", "--role", "both"], {}, /error: option '--role <role>' argument 'both' is invalid/],
      [["nonsense"], {}, /error: unknown command 'nonsense'/],
    ];
    const runs = await Promise.all(cases.map(([args, given]) => runCommand(args, given)));
    for (const [index, run] of runs.entries()) {
      const [args, , message] = cases[index]!;
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(message);
      expect(run.stdout, args.join(" ")).toBe("");
    }
  });
});
