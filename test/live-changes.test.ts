// The live-changes hub on its own: what reaches which subscriber, and how streams end.
import { describe, expect, it } from "vitest";
import { FellBehindError, LiveChanges, ShuttingDownError, StreamEnd, type Change, type DeliveryChange } from "../src/live/live-changes.js";
import type { Principal } from "../src/auth/api-keys.js";
import type { Scope } from "../src/auth/scopes.js";
import { ForbiddenError, TooManySubscriptionsError } from "../src/errors.js";
import { createLogger } from "../src/logger.js";

const principal = (tenantId: string, apiKeyId = `key-${tenantId}`): Principal => ({ apiKeyId, keyPrefix: "whk_test0000", tenantId, name: "test", scopes: ["deliveries:view"] });
const isDelivery = (change: Change): change is DeliveryChange => change.on === "delivery";
const delivery = (tenantId: string, id: string) =>
  JSON.stringify({ on: "delivery", tenantId, id, webhookId: "w", eventId: "e", status: "PENDING", attemptCount: 0, at: "2026-12-01T10:00:00.123456+00:00" });

function hub(checkKey: (principal: Principal) => Promise<readonly Scope[] | null> = async () => ["deliveries:view"], max = 5): LiveChanges {
  return new LiveChanges({ maxSubscriptionsPerKey: max, checkKey, log: createLogger("silent") });
}

describe("LiveChanges", () => {
  it("hands each tenant only its own changes, parsed, and skips unreadable notifications", async () => {
    const live = hub();
    const mine = live.subscribe(principal("a"), "deliveries:view", isDelivery);
    const theirs = live.subscribe(principal("b"), "deliveries:view", isDelivery);
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

  it("ends a subscriber that fell MAX_QUEUED_CHANGES behind with one last item, and frees its place", async () => {
    const live = hub(undefined, 1);
    const slow = live.subscribe(principal("a"), "deliveries:view", isDelivery);
    for (let index = 0; index <= 1000; index += 1) live.receive(delivery("a", `d${index}`));
    const last = await slow.next();
    expect(last.value).toBeInstanceOf(StreamEnd);
    expect((last.value as StreamEnd).error).toBeInstanceOf(FellBehindError);
    expect((await slow.next()).done).toBe(true);
    expect(live.openCount).toBe(0);
    expect(() => live.subscribe(principal("a"), "deliveries:view", isDelivery)).not.toThrow();
    expect(() => live.subscribe(principal("a"), "deliveries:view", isDelivery)).toThrow(TooManySubscriptionsError);
    live.close();
  });

  it("ends the streams of a key that lost the scope, and every stream on close", async () => {
    let scopes: Scope[] = ["deliveries:view"];
    const live = hub(async (held) => (held.apiKeyId === "key-a" ? scopes : ["deliveries:view"]));
    const stream = live.subscribe(principal("a"), "deliveries:view", isDelivery);
    const other = live.subscribe(principal("b"), "deliveries:view", isDelivery);
    scopes = ["webhooks:view"];
    await live.checkKeys();
    const ended = await stream.next();
    expect((ended.value as StreamEnd).error).toBeInstanceOf(ForbiddenError);
    live.close();
    expect(((await other.next()).value as StreamEnd).error).toBeInstanceOf(ShuttingDownError);
    expect(() => live.subscribe(principal("c"), "deliveries:view", isDelivery)).toThrow(ShuttingDownError);
  });
});
