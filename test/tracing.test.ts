// OpenTelemetry traces exported to a real OTLP/HTTP receiver on loopback: the request continuing the
// caller's traceparent, the GraphQL operation inside it, the statements inside that, and each delivery
// attempt as a client span; log lines carry the trace id.
import { createServer, type Server } from "node:http";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { decodeGlobalID } from "@pothos/plugin-relay";

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  status?: { code?: number };
  resource: Record<string, unknown>;
}

type OtlpValue = {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  arrayValue?: { values: OtlpValue[] };
};
const valueOf = (value: OtlpValue): unknown =>
  value.stringValue ??
  (value.intValue !== undefined ? Number(value.intValue) : (value.boolValue ?? value.arrayValue?.values.map(valueOf)));
const attributesOf = (list: { key: string; value: OtlpValue }[] = []) =>
  Object.fromEntries(list.map(({ key, value }) => [key, valueOf(value)]));

/** An OTLP/HTTP (JSON) trace receiver: every span it was sent, flattened. */
async function startOtlpReceiver(): Promise<{ url: string; spans: ExportedSpan[]; close(): Promise<void> }> {
  const spans: ExportedSpan[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      expect(request.url).toBe("/v1/traces");
      expect(request.headers["content-type"]).toMatch(/application\/json/);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      for (const resourceSpans of body.resourceSpans ?? []) {
        const resource = attributesOf(resourceSpans.resource?.attributes);
        for (const scope of resourceSpans.scopeSpans ?? []) {
          for (const span of scope.spans ?? [])
            spans.push({ ...span, attributes: attributesOf(span.attributes), resource });
        }
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
let receiver: Receiver;
let t: TestService;
beforeAll(async () => {
  otlp = await startOtlpReceiver();
  receiver = await startReceiver();
  t = await startTestService({
    OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
    OTEL_SERVICE_NAME: "hookrelay-test",
    ALLOW_PRIVATE_DESTINATIONS: "true",
  });
});
afterAll(async () => {
  await t.stop();
  await receiver.close();
  await otlp.close();
});

describe("traces", () => {
  it("continue the caller's traceparent through the request, the GraphQL operation and its statements", async () => {
    const traceId = randomBytes(16).toString("hex");
    const callerSpanId = randomBytes(8).toString("hex");
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${t.adminKey}`,
        traceparent: `00-${traceId}-${callerSpanId}-01`,
        "x-request-id": "traced-1",
      },
      body: JSON.stringify({ query: "query TracedWebhooks { webhooks(first: 5) { totalCount nodes { id } } }" }),
    });
    expect((await response.json()).errors).toBeUndefined();

    const ofTrace = () => otlp.spans.filter((span) => span.traceId === traceId);
    const server = await waitFor("the request's span", () => ofTrace().find((span) => span.kind === 2));
    expect(server).toMatchObject({
      name: "POST /graphql",
      parentSpanId: callerSpanId,
      attributes: { "http.request.method": "POST", "url.path": "/graphql", "http.response.status_code": 200 },
    });
    expect(server.resource).toMatchObject({ "service.name": "hookrelay-test", "hookrelay.role": "all" });
    const operation = await waitFor("the operation's span", () =>
      ofTrace().find((span) => span.name === "query TracedWebhooks"),
    );
    expect(operation).toMatchObject({
      parentSpanId: server.spanId,
      attributes: { "graphql.operation.type": "query", "graphql.operation.name": "TracedWebhooks" },
    });
    const statements = await waitFor("the statements' spans", () => {
      const found = ofTrace().filter((span) => span.parentSpanId === operation.spanId && span.kind === 3);
      return found.length > 0 ? found : null;
    });
    expect(
      statements.some(
        (span) => span.name.startsWith("db ") && String(span.attributes["db.query.text"]).includes("webhooks"),
      ),
    ).toBe(true);
    expect(statements.every((span) => span.attributes["db.system.name"] === "postgresql")).toBe(true);

    const line = await waitFor("the request's log line", () =>
      t.logs.find((entry) => entry.requestId === "traced-1" && entry.msg === "request"),
    );
    expect(line.traceId).toBe(traceId);
  });

  it("records each delivery attempt as a client span, its URL without the query, and puts its trace id on the attempt's log line", async () => {
    const hook = await createWebhook(t, { url: `${receiver.url}/traced?token=secret`, eventTypes: ["traced.event"] });
    await publish(t, { type: "traced.event" });
    const attempt = await waitFor("the attempt's span", () =>
      otlp.spans.find(
        (span) =>
          span.name === "webhook delivery" && span.attributes["hookrelay.webhook.id"] === decodeGlobalID(hook.id).id,
      ),
    );
    expect(attempt).toMatchObject({
      kind: 3,
      attributes: {
        "http.request.method": "POST",
        "url.full": `${receiver.url}/traced`,
        "http.response.status_code": 200,
        "hookrelay.delivery.attempt": 1,
        "hookrelay.event.type": "traced.event",
      },
    });
    expect(JSON.stringify(attempt)).not.toContain("secret");
    const line = t.logs.find(
      (entry) => entry.msg === "delivery attempt" && entry.deliveryId === attempt.attributes["hookrelay.delivery.id"],
    );
    expect(line?.traceId).toBe(attempt.traceId);
  });

  it("marks a failed attempt's span as an error, with its trigger", async () => {
    const failing = await startReceiver(() => ({ status: 500 }));
    try {
      const hook = await createWebhook(t, {
        url: `${failing.url}/down`,
        eventTypes: ["traced.failing"],
        failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 3600, attempts: 2 } },
      });
      await publish(t, { type: "traced.failing" });
      const attempt = await waitFor("the failed attempt's span", () =>
        otlp.spans.find(
          (span) =>
            span.name === "webhook delivery" && span.attributes["hookrelay.webhook.id"] === decodeGlobalID(hook.id).id,
        ),
      );
      expect(attempt).toMatchObject({
        status: { code: 2 },
        attributes: { "http.response.status_code": 500, "hookrelay.failure.trigger": "HTTP_5XX" },
      });
    } finally {
      await failing.close();
    }
  });
});
