// Destination types end to end: an Alertmanager alert fires and resolves through an incoming webhook
// (the monitoring bridge) and an ordinary event is published; one loopback receiver per type checks
// the body and headers each service's API documents, and the Standard Webhooks signature over the
// body as sent.
import { readFileSync } from "node:fs";
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type ReceivedRequest, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { member } from "./support/typed.js";
import {
  CreateIncomingWebhookDocument,
  CreateOutgoingWebhookDocument,
  PreviewWebhookPayloadDocument,
  PublishEventDocument,
  UpdateOutgoingWebhookDocument,
  type CreateOutgoingWebhookInput,
  type WebhookDestinationType,
} from "@hookrelay/client";
import { graphql } from "./generated/index.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/incoming/${name}.json`, import.meta.url), "utf8");

const ROUTING_KEY = "R0ut1ngKeyR0ut1ngKeyR0ut1ngKey12";
const OPSGENIE_KEY = "eb243592-faa2-4ba2-a551-1afdf565c889";
const DATADOG_KEY = "0123456789abcdef0123456789abcdef";
const SPLUNK_TOKEN = "61876693-4758-4f45-bca7-c910ccc746eb";
const FEISHU_SECRET = "feishu-bot-secret";

let t: TestService;
const receivers = new Map<WebhookDestinationType, Receiver>();
const webhooks = new Map<WebhookDestinationType, { id: string; secret: string }>();

const settingsOf: Partial<Record<WebhookDestinationType, CreateOutgoingWebhookInput["destinationSettings"]>> = {
  FEISHU: { signingSecret: FEISHU_SECRET },
  PAGERDUTY: { routingKey: ROUTING_KEY },
  OPSGENIE: { apiKey: OPSGENIE_KEY, region: "EU" },
  DATADOG: { apiKey: DATADOG_KEY, site: "datadoghq.eu" },
  SPLUNK: { token: SPLUNK_TOKEN, index: "alerts", sourceType: "hookrelay:event" },
  CUSTOM: {
    expression:
      '{ "kind": event.type, "alert": event.data.alert.title, "hook": webhook.name, "n": $count(event.data.*) }',
    contentType: "application/vnd.example+json",
  },
};
const TYPES: WebhookDestinationType[] = [
  "SLACK",
  "DISCORD",
  "MICROSOFT_TEAMS",
  "GOOGLE_CHAT",
  "FEISHU",
  "PAGERDUTY",
  "OPSGENIE",
  "DATADOG",
  "SPLUNK",
  "CUSTOM",
];
const urlPath: Partial<Record<WebhookDestinationType, string>> = {
  OPSGENIE: "",
  DATADOG: "/api/v1/events",
  SPLUNK: "/services/collector/event",
};

let alertId: string;

async function createTyped(type: WebhookDestinationType, extra: Partial<CreateOutgoingWebhookInput> = {}) {
  const receiver = receivers.get(type)!;
  const res = await t.gql(CreateOutgoingWebhookDocument, {
    input: {
      name: `${type} ${Math.random().toString(36).slice(2)}`,
      type,
      url: `${new URL(receiver.url).origin}${urlPath[type] ?? "/hook"}`,
      eventTypes: ["monitoring.alert.*", "order.*"],
      destinationSettings: settingsOf[type],
      ...extra,
    },
  });
  return res.data?.createOutgoingWebhook;
}

/** The request of `receiver` whose body passes `match`, once it has arrived. */
const arrived = (type: WebhookDestinationType, match: (request: ReceivedRequest) => boolean) =>
  waitFor(`${type} request`, () => receivers.get(type)!.requests.find(match));
// The bodies of ten services' APIs, read field by field by the assertions below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bodyOf = (request: ReceivedRequest): any => JSON.parse(request.body);

beforeAll(async () => {
  t = await startTestService({
    ALLOW_PRIVATE_DESTINATIONS: "true",
    WORKER_POLL_INTERVAL_MS: "100",
    PUBLIC_URL: "https://hooks.example.com",
  });
  for (const type of TYPES)
    receivers.set(
      type,
      await startReceiver(() => ({ status: type === "DISCORD" ? 204 : 202, body: type === "DISCORD" ? "" : "ok" })),
    );
  for (const type of TYPES) {
    const created = member(await createTyped(type), "CreateOutgoingWebhookPayload");
    webhooks.set(type, { id: created.webhook.id, secret: created.secret });
  }
  const incoming = await t.gql(CreateIncomingWebhookDocument, {
    input: { name: "alertmanager", plugin: { pluginId: "prometheus-alertmanager" } },
  });
  const hook = member(incoming.data?.createIncomingWebhook, "CreateIncomingWebhookPayload").webhook;
  const url = hook.webhookUrl!.replace("https://hooks.example.com", t.url);
  const post = (body: string) =>
    fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } }).then((response) =>
      expect(response.status).toBe(202),
    );
  await post(fixture("alertmanager-firing"));
  const alert = await waitFor("the critical alert", () =>
    t.service.database.prisma.alert.findFirst({ where: { eventKey: { contains: "a1b2c3d4e5f60718" } } }),
  );
  alertId = alert.id;
  // Every type has the critical alert's trigger before it is resolved.
  for (const type of TYPES) await arrived(type, isTrigger);
  await post(fixture("alertmanager-resolved"));
  const published = await t.gql(PublishEventDocument, {
    input: { type: "order.created", payload: { orderId: "o-1", total: 42 } },
  });
  expect(published.data?.publishEvent.__typename).toBe("PublishEventPayload");
}, 120_000);

afterAll(async () => {
  for (const receiver of receivers.values()) await receiver.close();
  await t?.stop();
});

// The firing fixture's critical alert ("CPU above 95% on web-1") is the one the resolved fixture resolves.
const CRITICAL_TITLE = "CPU above 95% on web-1";
function isTrigger(request: ReceivedRequest): boolean {
  return (
    request.body.includes(CRITICAL_TITLE) &&
    !/RESOLVED|"resolve"|"success"|monitoring\.alert\.resolved/.test(request.body) &&
    !request.path.includes("/close")
  );
}
const isResolve = (request: ReceivedRequest) =>
  request.body.includes("RESOLVED") ||
  request.body.includes('"resolve"') ||
  request.path.includes("/close") ||
  request.body.includes('"success"') ||
  request.body.includes("monitoring.alert.resolved");
const isOrder = (request: ReceivedRequest) => request.body.includes("order.created");

describe("every type", () => {
  it("still carries the Standard Webhooks signature over the body as sent", async () => {
    for (const type of TYPES) {
      const request = await arrived(type, isOrder);
      const verified = new StandardWebhook(webhooks.get(type)!.secret).verify(
        request.body,
        request.headers as Record<string, string>,
      );
      expect(verified, type).toBeTruthy();
      expect(request.headers["webhook-id"], type).toMatch(/^msg_/);
    }
  });
});

describe("chat services", () => {
  it("Slack: text and blocks, a header within 150 characters and escaped mrkdwn", async () => {
    const trigger = bodyOf(await arrived("SLACK", isTrigger));
    expect(trigger.text).toContain("[CRITICAL]");
    expect(trigger.blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text" } });
    expect(trigger.blocks[0].text.text.length).toBeLessThanOrEqual(150);
    expect(trigger.blocks[1]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
    expect(trigger.blocks[2].fields.length).toBeLessThanOrEqual(10);
    expect(trigger.blocks[2].fields.map((field: { text: string }) => field.text)).toContain("*Severity*\nCRITICAL");
    const resolve = bodyOf(await arrived("SLACK", isResolve));
    expect(resolve.text).toMatch(/^:white_check_mark: \[RESOLVED\]/);
    const order = bodyOf(await arrived("SLACK", isOrder));
    expect(order.blocks[0].text.text).toContain("order.created");
    expect(JSON.parse(order.blocks[1].text.text)).toEqual({ orderId: "o-1", total: 42 });
  });

  it("Discord: content and one embed within the embed limits, mentions never ping", async () => {
    const trigger = bodyOf(await arrived("DISCORD", isTrigger));
    expect(trigger.allowed_mentions).toEqual({ parse: [] });
    const [embed] = trigger.embeds;
    expect(embed.title).toBe(`[CRITICAL] ${CRITICAL_TITLE}`);
    expect(embed.color).toBe(0xe01e5a);
    expect(embed.fields).toContainEqual({ name: "Severity", value: "CRITICAL", inline: true });
    expect(new Date(embed.timestamp).toString()).not.toBe("Invalid Date");
    const resolve = bodyOf(await arrived("DISCORD", isResolve));
    expect(resolve.embeds[0].color).toBe(0x2eb67d);
    expect(resolve.embeds[0].fields).toContainEqual({ name: "State", value: "RESOLVED", inline: true });
    const order = bodyOf(await arrived("DISCORD", isOrder));
    expect(order.embeds[0]).toMatchObject({ title: "order.created", color: 0x5865f2 });
    expect(JSON.parse(order.embeds[0].description)).toEqual({ orderId: "o-1", total: 42 });
  });

  it("Microsoft Teams: a message with an Adaptive Card attachment", async () => {
    const trigger = bodyOf(await arrived("MICROSOFT_TEAMS", isTrigger));
    expect(trigger.type).toBe("message");
    expect(trigger.attachments).toHaveLength(1);
    expect(trigger.attachments[0]).toMatchObject({
      contentType: "application/vnd.microsoft.card.adaptive",
      contentUrl: null,
      content: { type: "AdaptiveCard", version: "1.4" },
    });
    const body = trigger.attachments[0].content.body;
    expect(body[0]).toMatchObject({ type: "TextBlock", weight: "Bolder", color: "Attention", wrap: true });
    expect(body.find((block: { type: string }) => block.type === "FactSet").facts).toContainEqual({
      title: "Severity",
      value: "CRITICAL",
    });
    const resolve = bodyOf(await arrived("MICROSOFT_TEAMS", isResolve));
    expect(resolve.attachments[0].content.body[0]).toMatchObject({
      text: `[RESOLVED] ${CRITICAL_TITLE}`,
      color: "Good",
    });
    const order = bodyOf(await arrived("MICROSOFT_TEAMS", isOrder));
    expect(order.attachments[0].content.body[0]).toMatchObject({ text: "order.created", color: "Default" });
  });

  it("Google Chat: text and a cardsV2 card", async () => {
    const trigger = bodyOf(await arrived("GOOGLE_CHAT", isTrigger));
    expect(trigger.text).toBe(`[CRITICAL] ${CRITICAL_TITLE}`);
    expect(trigger.cardsV2[0].cardId).toMatch(/^hookrelay-msg_/);
    expect(trigger.cardsV2[0].card.header.title).toBe(`[CRITICAL] ${CRITICAL_TITLE}`);
    const widgets = trigger.cardsV2[0].card.sections[0].widgets;
    expect(widgets).toContainEqual({ decoratedText: { topLabel: "Severity", text: "CRITICAL" } });
    const resolve = bodyOf(await arrived("GOOGLE_CHAT", isResolve));
    expect(resolve.cardsV2[0].card.sections[0].widgets).toContainEqual({
      decoratedText: { topLabel: "State", text: "RESOLVED" },
    });
    const order = bodyOf(await arrived("GOOGLE_CHAT", isOrder));
    expect(order.text).toBe("order.created");
    expect(JSON.parse(order.cardsV2[0].card.sections[0].widgets[0].textParagraph.text)).toEqual({
      orderId: "o-1",
      total: 42,
    });
  });

  it("Feishu: a post message, signed as the bot's signature verification asks", async () => {
    const trigger = bodyOf(await arrived("FEISHU", isTrigger));
    expect(trigger.msg_type).toBe("post");
    expect(trigger.content.post.en_us.title).toBe(`[CRITICAL] ${CRITICAL_TITLE}`);
    expect(trigger.content.post.en_us.content[0][0].tag).toBe("text");
    expect(trigger.sign).toBe(
      createHmac("sha256", `${trigger.timestamp}\n${FEISHU_SECRET}`).update("").digest("base64"),
    );
    expect(Math.abs(Number(trigger.timestamp) - Date.now() / 1000)).toBeLessThan(3600);
    const resolve = bodyOf(await arrived("FEISHU", isResolve));
    expect(resolve.content.post.en_us.title).toBe(`[RESOLVED] ${CRITICAL_TITLE}`);
    const order = bodyOf(await arrived("FEISHU", isOrder));
    expect(order.content.post.en_us.title).toBe("order.created");
    expect(order.sign).toBe(createHmac("sha256", `${order.timestamp}\n${FEISHU_SECRET}`).update("").digest("base64"));
  });
});

describe("incident services", () => {
  it("PagerDuty: the alert triggers and resolves one incident under one dedup_key; other events trigger info alerts", async () => {
    const trigger = bodyOf(await arrived("PAGERDUTY", isTrigger));
    expect(trigger).toMatchObject({
      routing_key: ROUTING_KEY,
      event_action: "trigger",
      dedup_key: `hookrelay-alert-${alertId}`,
      client: "hookrelay",
      payload: { severity: "critical", source: "alertmanager", class: "monitoring.alert.triggered" },
    });
    expect(trigger.payload.summary.length).toBeLessThanOrEqual(1024);
    const resolve = bodyOf(await arrived("PAGERDUTY", (request) => request.body.includes('"resolve"')));
    expect(resolve).toEqual({
      routing_key: ROUTING_KEY,
      event_action: "resolve",
      dedup_key: `hookrelay-alert-${alertId}`,
    });
    const warning = bodyOf(await arrived("PAGERDUTY", (request) => request.body.includes('"warning"')));
    expect(warning.dedup_key).not.toBe(trigger.dedup_key);
    const orderRequest = await arrived("PAGERDUTY", isOrder);
    expect(bodyOf(orderRequest)).toMatchObject({
      event_action: "trigger",
      dedup_key: orderRequest.headers["webhook-id"],
      payload: { severity: "info", class: "order.created", custom_details: { orderId: "o-1", total: 42 } },
    });
  });

  it("Opsgenie: creates the alert with its alias and a priority, closes it by alias, authenticated with GenieKey", async () => {
    const trigger = await arrived("OPSGENIE", isTrigger);
    expect(trigger.path).toBe("/v2/alerts");
    expect(trigger.headers.authorization).toBe(`GenieKey ${OPSGENIE_KEY}`);
    expect(bodyOf(trigger)).toMatchObject({
      alias: `hookrelay-alert-${alertId}`,
      priority: "P1",
      source: "hookrelay",
      entity: "alertmanager",
    });
    expect(bodyOf(trigger).message.length).toBeLessThanOrEqual(130);
    const close = await arrived("OPSGENIE", (request) => request.path.includes("/close"));
    expect(close.path).toBe(
      `/v2/alerts/${encodeURIComponent(`hookrelay-alert-${alertId}`)}/close?identifierType=alias`,
    );
    expect(bodyOf(close)).toMatchObject({ source: "hookrelay" });
  });
});

describe("log and event services", () => {
  it("Datadog: an event with DD-API-KEY, error then success under one aggregation_key", async () => {
    const trigger = await arrived("DATADOG", isTrigger);
    expect(trigger.headers["dd-api-key"]).toBe(DATADOG_KEY);
    const body = bodyOf(trigger);
    expect(body).toMatchObject({
      alert_type: "error",
      aggregation_key: `hookrelay-alert-${alertId}`,
      source_type_name: "hookrelay",
      priority: "normal",
    });
    expect(body.title.length).toBeLessThanOrEqual(100);
    expect(body.text.length).toBeLessThanOrEqual(4000);
    expect(Number.isInteger(body.date_happened)).toBe(true);
    expect(body.tags).toContain("severity:critical");
    const resolve = bodyOf(await arrived("DATADOG", (request) => request.body.includes('"success"')));
    expect(resolve.aggregation_key).toBe(body.aggregation_key);
  });

  it("Splunk: the message as a HEC event with Authorization: Splunk, and the index and sourcetype set", async () => {
    const order = await arrived("SPLUNK", isOrder);
    expect(order.path).toBe("/services/collector/event");
    expect(order.headers.authorization).toBe(`Splunk ${SPLUNK_TOKEN}`);
    expect(bodyOf(order)).toMatchObject({
      index: "alerts",
      sourcetype: "hookrelay:event",
      source: "hookrelay",
      event: { type: "order.created", data: { orderId: "o-1", total: 42 } },
      fields: { event_type: "order.created" },
    });
    expect(typeof bodyOf(order).time).toBe("number");
    const resolve = bodyOf(await arrived("SPLUNK", (request) => request.body.includes("monitoring.alert.resolved")));
    expect(resolve.fields).toMatchObject({ action: "resolve", dedup_key: `hookrelay-alert-${alertId}` });
  });
});

describe("CUSTOM", () => {
  it("sends what the expression makes, with its content type", async () => {
    const order = await arrived("CUSTOM", isOrder);
    expect(order.headers["content-type"]).toBe("application/vnd.example+json");
    expect(bodyOf(order)).toEqual({ kind: "order.created", hook: expect.stringMatching(/^CUSTOM /), n: 2 });
    const trigger = bodyOf(await arrived("CUSTOM", (request) => request.body.includes("monitoring.alert.triggered")));
    expect(trigger.alert).toEqual(expect.any(String));
  });

  const DeliveriesOfWebhook = graphql(`
    query DestinationDeliveries($webhookId: ID!) {
      deliveries(first: 10, filter: { webhookId: $webhookId }) { nodes { status failureTrigger failureMessage attempts { failureTrigger failureMessage responseStatus } } }
    }
  `);

  it("an expression that throws at delivery is a failed attempt (TRANSFORM_ERROR) with its message, not retried, nothing sent", async () => {
    const receiver = receivers.get("CUSTOM")!;
    const before = receiver.requests.length;
    const created = member(
      await createTyped("CUSTOM", {
        eventTypes: ["throws.*"],
        destinationSettings: {
          expression: '$exists(event.data.boom) ? $error("boom: " & event.data.boom) : { "ok": true }',
        },
      }),
      "CreateOutgoingWebhookPayload",
    );
    await t.gql(PublishEventDocument, { input: { type: "throws.now", payload: { boom: "no total" } } });
    const delivery = await waitFor("the failed delivery", async () =>
      (await t.gql(DeliveriesOfWebhook, { webhookId: created.webhook.id })).data?.deliveries?.nodes.find(
        (node) => node.status !== "PENDING",
      ),
    );
    expect(delivery.status).toBe("DIVERTED");
    expect(delivery.attempts).toHaveLength(1);
    expect(delivery.attempts![0]).toMatchObject({ failureTrigger: "TRANSFORM_ERROR", responseStatus: null });
    expect(delivery.attempts![0]!.failureMessage).toContain("boom: no total");
    expect(receiver.requests.slice(before).some((request) => request.body.includes("throws.now"))).toBe(false);
  });

  it("an endless expression is stopped by its time bound", async () => {
    const created = member(
      await createTyped("CUSTOM", {
        eventTypes: ["loops.*"],
        destinationSettings: {
          expression: '$exists(event.data.forever) ? ( $f := function($n) { $f($n + 1) }; $f(0) ) : { "ok": true }',
        },
      }),
      "CreateOutgoingWebhookPayload",
    );
    await t.gql(PublishEventDocument, { input: { type: "loops.now", payload: { forever: true } } });
    const delivery = await waitFor("the failed delivery", async () =>
      (await t.gql(DeliveriesOfWebhook, { webhookId: created.webhook.id })).data?.deliveries?.nodes.find(
        (node) => node.status !== "PENDING",
      ),
    );
    expect(delivery.attempts![0]).toMatchObject({ failureTrigger: "TRANSFORM_ERROR" });
    expect(delivery.attempts![0]!.failureMessage).toMatch(/ran longer than 1000 ms|Stack overflow/);
  });
});

describe("bad input", () => {
  const issuesOf = async (input: Partial<CreateOutgoingWebhookInput> & { type: WebhookDestinationType }) => {
    const result = await t.gql(CreateOutgoingWebhookDocument, {
      input: { name: `bad ${Math.random()}`, url: "http://127.0.0.1:9/hook", eventTypes: ["x.y"], ...input },
    });
    const error = member(result.data?.createOutgoingWebhook, "ValidationError");
    return error.issues;
  };

  it("names the setting and the rule", async () => {
    expect(await issuesOf({ type: "PAGERDUTY", destinationSettings: { routingKey: "short" } })).toEqual([
      {
        path: ["input", "destinationSettings", "routingKey"],
        message: "must be the 32-character integration key of a PagerDuty Events API v2 integration",
      },
    ]);
    expect(await issuesOf({ type: "PAGERDUTY" })).toEqual([
      { path: ["input", "destinationSettings", "routingKey"], message: "is required for type PAGERDUTY" },
    ]);
    expect((await issuesOf({ type: "SLACK", destinationSettings: { routingKey: ROUTING_KEY } }))[0]!.path).toEqual([
      "input",
      "destinationSettings",
      "routingKey",
    ]);
    expect(
      (await issuesOf({ type: "DATADOG", destinationSettings: { apiKey: DATADOG_KEY, site: "datadoghq.moon" } }))[0]!
        .path,
    ).toEqual(["input", "destinationSettings", "site"]);
    expect((await issuesOf({ type: "SPLUNK", destinationSettings: { token: "not-a-guid" } }))[0]!.path).toEqual([
      "input",
      "destinationSettings",
      "token",
    ]);
    expect((await issuesOf({ type: "SLACK", url: undefined }))[0]).toEqual({
      path: ["input", "url"],
      message: "is required for type SLACK",
    });
  });

  it("checks a CUSTOM expression's syntax and that it makes an object", async () => {
    const [syntax] = await issuesOf({ type: "CUSTOM", destinationSettings: { expression: '{ "a": ' } });
    expect(syntax!.path).toEqual(["input", "destinationSettings", "expression"]);
    expect(syntax!.message).toMatch(/^is not a valid JSONata expression: .*at character/);
    const [scalar] = await issuesOf({ type: "CUSTOM", destinationSettings: { expression: '"just text"' } });
    expect(scalar!.message).toBe(
      "fails on a sample event: The expression must produce an object; it produced a string.",
    );
    expect((await issuesOf({ type: "CUSTOM" }))[0]!.path).toEqual(["input", "destinationSettings", "expression"]);
  });

  it("validates a type change on update against the new type's settings, and keeps the secret when the type stays", async () => {
    const id = webhooks.get("SLACK")!.id;
    const changed = await t.gql(UpdateOutgoingWebhookDocument, { input: { id, type: "PAGERDUTY" } });
    expect(member(changed.data?.updateOutgoingWebhook, "ValidationError").issues[0]!.path).toEqual([
      "input",
      "destinationSettings",
      "routingKey",
    ]);
    const datadog = webhooks.get("DATADOG")!.id;
    const moved = member(
      (
        await t.gql(UpdateOutgoingWebhookDocument, {
          input: { id: datadog, destinationSettings: { site: "us5.datadoghq.com" } },
        })
      ).data?.updateOutgoingWebhook,
      "UpdateOutgoingWebhookPayload",
    );
    expect(moved.webhook.destinationSettings).toMatchObject({
      site: "us5.datadoghq.com",
      secretHint: DATADOG_KEY.slice(-4),
    });
    // The URL was given (the receiver), so it stays.
    expect(moved.webhook.url).toContain("/api/v1/events");
  });

  it("defaults the URL of services with a public API, from the region or site", async () => {
    const created = member(
      (
        await t.gql(CreateOutgoingWebhookDocument, {
          input: {
            name: `og ${Math.random()}`,
            type: "OPSGENIE",
            eventTypes: ["x.y"],
            enabled: false,
            destinationSettings: { apiKey: OPSGENIE_KEY, region: "EU" },
          },
        })
      ).data?.createOutgoingWebhook,
      "CreateOutgoingWebhookPayload",
    );
    expect(created.webhook).toMatchObject({
      type: "OPSGENIE",
      url: "https://api.eu.opsgenie.com",
      destinationSettings: { region: "EU", secretHint: OPSGENIE_KEY.slice(-4) },
    });
    const us = member(
      (
        await t.gql(UpdateOutgoingWebhookDocument, {
          input: { id: created.webhook.id, destinationSettings: { region: "US" } },
        })
      ).data?.updateOutgoingWebhook,
      "UpdateOutgoingWebhookPayload",
    );
    expect(us.webhook.url).toBe("https://api.opsgenie.com");
  });
});

describe("preview and test", () => {
  it("previews the body and headers without sending, the secret as its hint and no signature", async () => {
    const receiver = receivers.get("PAGERDUTY")!;
    const before = receiver.requests.length;
    const preview = member(
      (
        await t.gql(PreviewWebhookPayloadDocument, {
          id: webhooks.get("PAGERDUTY")!.id,
          eventType: "order.paid",
          payload: { orderId: "o-2" },
        })
      ).data?.previewWebhookPayload,
      "WebhookPayloadPreview",
    );
    expect(JSON.parse(preview.body)).toMatchObject({
      routing_key: `****${ROUTING_KEY.slice(-4)}`,
      event_action: "trigger",
      payload: { class: "order.paid", custom_details: { orderId: "o-2" } },
    });
    expect(preview.body).not.toContain(ROUTING_KEY);
    expect(preview.headers).toContainEqual({ name: "webhook-signature", value: "v1,<computed when sent>" });
    expect(receiver.requests.length).toBe(before);
    const failing = await t.gql(PreviewWebhookPayloadDocument, {
      id: webhooks.get("CUSTOM")!.id,
      eventType: "order.paid",
      payload: {},
    });
    expect(failing.data?.previewWebhookPayload.__typename).toBe("WebhookPayloadPreview");
  });

  const TestTyped = graphql(
    `mutation DestinationTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { __typename ... on TestWebhookPayload { attempt { responseStatus } } } }`,
  );

  const TestAttempt = graphql(
    `mutation DestinationTestAttempt($id: ID!) { testWebhook(input: { id: $id }) { __typename ... on TestWebhookPayload { attempt { responseStatus failureTrigger failureMessage } delivery { status } } } }`,
  );

  it("Feishu: a 200 whose body refuses the message is a failed attempt", async () => {
    const refusing = await startReceiver(() => ({
      status: 200,
      body: JSON.stringify({
        code: 19021,
        msg: "sign match fail or timestamp is not within one hour from current time",
      }),
    }));
    try {
      const created = member(
        (
          await t.gql(CreateOutgoingWebhookDocument, {
            input: {
              name: `feishu ${Math.random()}`,
              type: "FEISHU",
              url: refusing.url,
              eventTypes: ["x.y"],
              destinationSettings: { signingSecret: "wrong" },
            },
          })
        ).data?.createOutgoingWebhook,
        "CreateOutgoingWebhookPayload",
      );
      const tested = member(
        (await t.gql(TestAttempt, { id: created.webhook.id })).data?.testWebhook,
        "TestWebhookPayload",
      );
      expect(tested.attempt).toEqual({
        responseStatus: 200,
        failureTrigger: "HTTP_4XX",
        failureMessage:
          "Feishu refused the message: code 19021: sign match fail or timestamp is not within one hour from current time",
      });
      expect(tested.delivery.status).toBe("DISCARDED");
    } finally {
      await refusing.close();
    }
  });

  it("testWebhook sends each type's own test message", async () => {
    for (const type of ["SLACK", "PAGERDUTY"] as const) {
      const result = await t.gql(TestTyped, { id: webhooks.get(type)!.id });
      expect(result.data?.testWebhook.__typename).toBe("TestWebhookPayload");
    }
    expect(bodyOf(await arrived("SLACK", (request) => request.body.includes("Hello from hookrelay"))).text).toBe(
      ":wave: Hello from hookrelay",
    );
    const page = bodyOf(await arrived("PAGERDUTY", (request) => request.body.includes("Hello from hookrelay")));
    expect(page).toMatchObject({ event_action: "trigger", payload: { severity: "info" } });
  });
});
