// Webhook rows are read into typed outgoing and incoming webhooks at the database boundary, and the
// database itself refuses a row that would break what that reading relies on.
import { wholeTenant } from "../src/auth/owner.js";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SecretBox } from "../src/crypto/secret-box.js";
import type { PrismaClient } from "../src/generated/prisma/client.js";
import { DEFAULT_FAILURE_HANDLING } from "../src/outgoing/failure-handling.js";
import { createOutgoingWebhook, updateOutgoingWebhook } from "../src/outgoing/outgoing-webhooks.js";
import { findOutgoingWebhook, outgoingWebhookOf } from "../src/outgoing/outgoing-webhook-row.js";
import { createIncomingWebhook } from "../src/incoming/incoming-webhooks.js";
import { findIncomingWebhook, incomingWebhookOf } from "../src/incoming/incoming-webhook-row.js";
import { startTestService, type TestService } from "./support/service.js";

let t: TestService;
let prisma: PrismaClient;
let tenantId: string;
const secretBox = new SecretBox(randomBytes(32));

beforeAll(async () => {
  t = await startTestService();
  prisma = t.service.database.prisma;
  tenantId = (await prisma.tenant.findFirstOrThrow()).id;
});
afterAll(() => t.stop());

const outgoing = (name: string) =>
  createOutgoingWebhook(prisma, secretBox, wholeTenant(tenantId), {
    name,
    url: "http://127.0.0.1:9/hook",
    eventTypes: ["order.*"],
    headers: [{ name: "X-Team", values: ["billing"] }],
  });

const incoming = (name: string) =>
  createIncomingWebhook(prisma, secretBox, t.service.plugins, wholeTenant(tenantId), {
    name,
    plugin: { pluginId: "generic-json", options: {} },
  });

describe("webhook rows", () => {
  it("reads an outgoing webhook's columns typed, the default failure handling for none stored", async () => {
    const { webhook } = await outgoing("typed outgoing");
    expect(webhook.failureHandling).toBeNull();
    const read = await findOutgoingWebhook(prisma, wholeTenant(tenantId), webhook.id);
    expect(read).toMatchObject({ url: "http://127.0.0.1:9/hook", headers: [{ name: "X-Team", values: ["billing"] }] });
    expect(read.failureHandling).toEqual(DEFAULT_FAILURE_HANDLING);

    await updateOutgoingWebhook(prisma, secretBox, wholeTenant(tenantId), webhook.id, {
      failureHandling: { timeoutSeconds: 5 },
    });
    const updated = await findOutgoingWebhook(prisma, wholeTenant(tenantId), webhook.id);
    expect(updated.failureHandling).toEqual({ ...DEFAULT_FAILURE_HANDLING, timeoutSeconds: 5 });
  });

  it("reads an incoming webhook's plugin columns, and never one kind as the other", async () => {
    const webhook = await incoming("typed incoming");
    const read = await findIncomingWebhook(prisma, wholeTenant(tenantId), webhook.id);
    expect(read).toMatchObject({ pluginId: "generic-json", pluginUpgradeMode: "AUTO", pluginOptions: {} });
    expect(typeof read.pluginVersion).toBe("string");

    const { webhook: other } = await outgoing("not incoming");
    expect(() => incomingWebhookOf(other)).toThrow();
    expect(() => outgoingWebhookOf(webhook)).toThrow();
    await expect(findIncomingWebhook(prisma, wholeTenant(tenantId), other.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(findOutgoingWebhook(prisma, wholeTenant(tenantId), webhook.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a row without its kind's columns, or with JSON of the wrong shape", async () => {
    const base = { tenantId, eventTypes: [] };
    await expect(
      prisma.webhook.create({
        data: { ...base, kind: "OUTGOING", name: "no url", secretCiphertext: "x", secretHint: "x" },
      }),
    ).rejects.toThrow(/webhooks_outgoing_columns_check/);
    await expect(
      prisma.webhook.create({ data: { ...base, kind: "INCOMING", name: "no plugin", accessKeyCiphertext: "x" } }),
    ).rejects.toThrow(/webhooks_incoming_columns_check/);
    const { webhook } = await outgoing("headers shape");
    await expect(
      prisma.webhook.update({ where: { id: webhook.id }, data: { headers: { "X-Team": "billing" } } }),
    ).rejects.toThrow(/webhooks_json_shapes_check/);
  });
});
