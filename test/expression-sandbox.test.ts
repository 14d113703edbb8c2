// Tenant-written expressions (CUSTOM bodies) run in the expression sandbox: in child processes, with a
// time limit enforced by killing the child, a capped heap and a capped body. Each limit is a
// ValidationError naming it when saved or previewed, and a failed attempt (TRANSFORM_ERROR) at delivery.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { member } from "./support/typed.js";
import {
  CreateOutgoingWebhookDocument,
  PreviewWebhookPayloadDocument,
  PublishEventDocument,
  type CreateOutgoingWebhookInput,
} from "@hookrelay/client";
import { graphql } from "./generated/index.js";
import { EXPRESSION_LIMITS } from "../src/transforms/expression-sandbox.js";

// Catastrophic backtracking inside a built-in function: jsonata's own timeout never checks in there.
const BACKTRACKS = '{ "a": $contains("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", /^(a+)+$/) }';
// A string doubled n times, then copied whole by $uppercase: at n = 26, 64 MB in one allocation and as
// much again. The limit is passed in about 0.1 s, well before the time limit, and in the way that aborts
// a whole process (a worker thread's heap limit would have taken the service down with it).
const BLOATS =
  '$exists(event.data.n) ? { "a": $length($uppercase(($double := function($s, $i) { $i = 0 ? $s : $double($s & $s, $i - 1) }; $double("x", event.data.n)))) } : { "ok": true }';
const TIME_LIMIT = `The expression ran longer than ${EXPRESSION_LIMITS.timeMs} ms (the limit).`;
const MEMORY_LIMIT = `The expression used more than ${EXPRESSION_LIMITS.memoryMb} MB of memory (the limit).`;

let t: TestService;
let receiver: Receiver;
beforeAll(async () => {
  [t, receiver] = await Promise.all([startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true" }), startReceiver()]);
});
afterAll(async () => {
  await t.stop();
  await receiver.close();
});

const create = (input: Partial<CreateOutgoingWebhookInput>) =>
  t.gql(CreateOutgoingWebhookDocument, {
    input: { name: `custom ${Math.random()}`, url: receiver.url, eventTypes: ["sandbox.*"], type: "CUSTOM", ...input },
  });

const WebhookCount = graphql(`
  query SandboxWebhookCount {
    webhooks(first: 1) {
      totalCount
    }
  }
`);
const webhookCount = async () => (await t.gql(WebhookCount)).data?.webhooks?.totalCount;

const DeliveriesOfWebhook = graphql(`
  query SandboxDeliveries($webhookId: ID!) {
    deliveries(first: 10, filter: { webhookId: $webhookId }) {
      nodes {
        status
        attempts {
          failureTrigger
          failureMessage
          responseStatus
        }
      }
    }
  }
`);

/** The first delivery of the webhook that is no longer pending. */
const finishedDelivery = (webhookId: string) =>
  waitFor("the finished delivery", async () =>
    (await t.gql(DeliveriesOfWebhook, { webhookId })).data?.deliveries?.nodes.find((node) => node.status !== "PENDING"),
  );

describe("saving", () => {
  it("refuses an expression that backtracks past the time limit, naming the limit, and saves nothing", async () => {
    const before = await webhookCount();
    const error = member(
      (await create({ destinationSettings: { expression: BACKTRACKS } })).data?.createOutgoingWebhook,
      "ValidationError",
    );
    expect(error.issues).toEqual([
      { path: ["input", "destinationSettings", "expression"], message: `fails on a sample event: ${TIME_LIMIT}` },
    ]);
    expect(await webhookCount()).toBe(before);
  });

  it("keeps the service answering while 20 such expressions run", async () => {
    const saving = Promise.all(
      Array.from({ length: 20 }, () => create({ destinationSettings: { expression: BACKTRACKS } })),
    );
    let done = false;
    void saving.finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${t.url}/healthz`);
      expect(response.status).toBe(200);
      latencies.push(performance.now() - started);
    }
    for (const result of await saving)
      expect(member(result.data?.createOutgoingWebhook, "ValidationError").issues[0]!.message).toContain(TIME_LIMIT);
    latencies.sort((a, b) => a - b);
    // The 20 take seconds of the sandbox's threads; on the event loop one would hold /healthz for all of it.
    expect(latencies.length).toBeGreaterThan(10);
    expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThan(100);
    expect(latencies.at(-1)).toBeLessThan(EXPRESSION_LIMITS.timeMs);
  });

  it("refuses a body over the size limit", async () => {
    const error = member(
      (await create({ destinationSettings: { expression: `{ "a": $pad("", ${EXPRESSION_LIMITS.bodyBytes}) }` } })).data
        ?.createOutgoingWebhook,
      "ValidationError",
    );
    expect(error.issues[0]!.message).toBe(
      `fails on a sample event: The expression produced ${EXPRESSION_LIMITS.bodyBytes + 8} bytes; a body may have at most ${EXPRESSION_LIMITS.bodyBytes}.`,
    );
  });
});

describe("previewing and delivering", () => {
  let webhookId: string;
  beforeAll(async () => {
    const created = member(
      (await create({ destinationSettings: { expression: BLOATS } })).data?.createOutgoingWebhook,
      "CreateOutgoingWebhookPayload",
    );
    webhookId = created.webhook.id;
  });

  it("a preview past the memory limit is a ValidationError naming it", async () => {
    const preview = await t.gql(PreviewWebhookPayloadDocument, { id: webhookId, payload: { n: 26 } });
    expect(member(preview.data?.previewWebhookPayload, "ValidationError").issues).toEqual([
      { path: ["input", "payload"], message: MEMORY_LIMIT },
    ]);
    const fine = await t.gql(PreviewWebhookPayloadDocument, { id: webhookId, payload: { n: 3 } });
    expect(member(fine.data?.previewWebhookPayload, "WebhookPayloadPreview").body).toBe('{"a":8}');
  });

  it("a delivery past the memory limit is a failed attempt (TRANSFORM_ERROR) naming it, and nothing is sent", async () => {
    const before = receiver.requests.length;
    await t.gql(PublishEventDocument, { input: { type: "sandbox.bloat", payload: { n: 26 } } });
    const delivery = await finishedDelivery(webhookId);
    expect(delivery.status).not.toBe("SUCCEEDED");
    expect(delivery.attempts![0]).toEqual({
      failureTrigger: "TRANSFORM_ERROR",
      failureMessage: MEMORY_LIMIT,
      responseStatus: null,
    });
    expect(receiver.requests.slice(before).some((request) => request.body.includes("sandbox.bloat"))).toBe(false);
  });
});
