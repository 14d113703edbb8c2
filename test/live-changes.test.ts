// The live-changes hub on its own: what reaches which subscriber, and how streams end.
import { describe, expect, it } from "vitest";
import {
  FellBehindError,
  LiveChanges,
  ShuttingDownError,
  StreamEnd,
  type Change,
  type DeliveryChange,
} from "../src/live/live-changes.js";
import type { Principal } from "../src/auth/api-keys.js";
import type { Scope } from "../src/auth/scopes.js";
import { TooManySubscriptionsError } from "../src/common/errors.js";
import { ForbiddenError } from "../src/auth/scopes.js";
import { createLogger } from "../src/common/logger.js";

const principal = (tenantId: string, apiKeyId = `key-${tenantId}`, projectId: string | null = null): Principal => ({
  apiKeyId,
  keyPrefix: "whk_test0000",
  tenantId,
  projectId,
  name: "test",
  scopes: ["deliveries:view"],
});
const isDelivery = (change: Change): change is DeliveryChange => change.on === "delivery";
const deliveries = { on: "delivery" } as const;
const delivery = (tenantId: string, id: string, webhookId = "w") =>
  JSON.stringify({
    on: "delivery",
    tenantId,
    id,
    webhookId,
    eventId: "e",
    status: "PENDING",
    attemptCount: 0,
    at: "2026-12-01T10:00:00.123456+00:00",
    delivery: null,
  });

function hub(
  checkKey: (principal: Principal) => Promise<readonly Scope[] | null> = async () => ["deliveries:view"],
  max = 5,
): LiveChanges {
  return new LiveChanges({
    maxSubscriptionsPerKey: max,
    checkKey,
    webhookProjects: async (ids) => new Map(ids.flatMap((id) => (id in PROJECTS ? [[id, PROJECTS[id]!]] : []))),
    log: createLogger("silent"),
  });
}

// The webhooks the hub may look up, and their projects.
const PROJECTS: Record<string, string> = { w: "", "w-blue": "blue", "w-green": "green" };

describe("LiveChanges", () => {
  it("hands each tenant only its own changes, parsed, and skips unreadable notifications", async () => {
    const live = hub();
    const mine = live.subscribe(principal("a"), "deliveries:view", deliveries, isDelivery);
    const theirs = live.subscribe(principal("b"), "deliveries:view", deliveries, isDelivery);
    live.receive("not json");
    live.receive(JSON.stringify({ on: "delivery", tenantId: "a" }));
    live.receive("");
    live.receive(delivery("b", "d1"));
    live.receive(delivery("a", "d2"));
    const first = await mine.next();
    expect(first.value).toMatchObject({ id: "d2", at: new Date("2026-12-01T10:00:00.123Z") });
    expect((await theirs.next()).value).toMatchObject({ id: "d1" });
    live.close();
  });

  it("offers a change only to the subscriptions of its topic: its kind, or its kind and webhook", async () => {
    const live = hub();
    const toW1 = live.subscribe(principal("a"), "deliveries:view", { on: "delivery", webhookId: "w1" }, isDelivery);
    const toAny = live.subscribe(principal("a"), "deliveries:view", deliveries, isDelivery);
    const alertsOfW2 = live.subscribe(
      principal("a"),
      "webhooks:view",
      { on: "alert", webhookId: "w2" },
      (change): change is Change => change.on === "alert",
    );
    live.receive(delivery("a", "d1", "w2"));
    live.receive(delivery("a", "d2", "w1"));
    live.receive(
      JSON.stringify({
        on: "alert",
        tenantId: "a",
        id: "al",
        webhookId: "w1",
        state: "TRIGGERED",
        projectId: "",
        at: "2026-12-01T10:00:00Z",
      }),
    );
    expect((await toW1.next()).value).toMatchObject({ id: "d2" });
    expect((await toAny.next()).value).toMatchObject({ id: "d1" });
    expect((await toAny.next()).value).toMatchObject({ id: "d2" });
    live.close();
    // Both end with the shutdown item and nothing before it: neither w2's delivery nor w1's alert
    // reached a subscription whose topic names another webhook.
    expect((await toW1.next()).value).toBeInstanceOf(StreamEnd);
    expect((await alertsOfW2.next()).value).toBeInstanceOf(StreamEnd);
    expect(live.openCount).toBe(1);
  });

  it("hands a project-scoped key only its project's changes, in order, its deliveries by their webhook's project", async () => {
    const live = hub();
    const blue = live.subscribe(principal("a", "key-blue", "blue"), "deliveries:view", deliveries, isDelivery);
    const anyWebhook = (change: Change): change is Change => change.on === "webhook";
    const blueWebhooks = live.subscribe(
      principal("a", "key-blue", "blue"),
      "webhooks:view",
      { on: "webhook" },
      anyWebhook,
    );
    const webhookChange = (id: string, projectId: string) =>
      JSON.stringify({
        on: "webhook",
        tenantId: "a",
        id,
        kind: "OUTGOING",
        change: "UPDATED",
        projectId,
        at: "2026-12-01T10:00:00Z",
      });
    live.receive(delivery("a", "d1", "w-green"));
    live.receive(delivery("a", "d2", "w-blue"));
    live.receive(delivery("a", "d3", "w"));
    live.receive(delivery("a", "d4", "w-gone"));
    live.receive(delivery("a", "d5", "w-blue"));
    live.receive(webhookChange("w-green", "green"));
    live.receive(webhookChange("w-blue", "blue"));
    expect((await blue.next()).value).toMatchObject({ id: "d2" });
    expect((await blue.next()).value).toMatchObject({ id: "d5" });
    expect((await blueWebhooks.next()).value).toMatchObject({ id: "w-blue" });
    // A webhook moved into the project: its deliveries follow it.
    live.receive(webhookChange("w-green", "blue"));
    live.receive(delivery("a", "d6", "w-green"));
    expect((await blueWebhooks.next()).value).toMatchObject({ id: "w-green" });
    expect((await blue.next()).value).toMatchObject({ id: "d6" });
    live.close();
  });

  it("ends a subscriber that fell MAX_QUEUED_CHANGES behind with one last item, and frees its place", async () => {
    const live = hub(undefined, 1);
    const slow = live.subscribe(principal("a"), "deliveries:view", deliveries, isDelivery);
    for (let index = 0; index <= 1000; index += 1) live.receive(delivery("a", `d${index}`));
    const last = await slow.next();
    expect(last.value).toBeInstanceOf(StreamEnd);
    expect((last.value as StreamEnd).error).toBeInstanceOf(FellBehindError);
    expect((await slow.next()).done).toBe(true);
    expect(live.openCount).toBe(0);
    expect(() => live.subscribe(principal("a"), "deliveries:view", deliveries, isDelivery)).not.toThrow();
    expect(() => live.subscribe(principal("a"), "deliveries:view", deliveries, isDelivery)).toThrow(
      TooManySubscriptionsError,
    );
    live.close();
  });

  it("ends the streams of a key that lost the scope, and every stream on close", async () => {
    let scopes: Scope[] = ["deliveries:view"];
    const live = hub(async (held) => (held.apiKeyId === "key-a" ? scopes : ["deliveries:view"]));
    const stream = live.subscribe(principal("a"), "deliveries:view", deliveries, isDelivery);
    const other = live.subscribe(principal("b"), "deliveries:view", deliveries, isDelivery);
    scopes = ["webhooks:view"];
    await live.checkKeys();
    const ended = await stream.next();
    expect((ended.value as StreamEnd).error).toBeInstanceOf(ForbiddenError);
    live.close();
    expect(((await other.next()).value as StreamEnd).error).toBeInstanceOf(ShuttingDownError);
    expect(() => live.subscribe(principal("c"), "deliveries:view", deliveries, isDelivery)).toThrow(ShuttingDownError);
  });
});
