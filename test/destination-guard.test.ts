import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBlockedAddress } from "../src/delivery/destination-guard.js";
import { WebhookSender } from "../src/delivery/http-sender.js";
import { startReceiver, type Receiver } from "./support/receiver.js";

describe("isBlockedAddress", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "100.100.100.200",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd00:ec2::254",
    "::ffff:127.0.0.1",
    "::ffff:10.1.2.3",
    "::7f00:1",
    "::a01:203",
    "2002:7f00:1::1",
    "2002:a9fe:a9fe::1",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "2001::1",
  ])("refuses %s", (address) => expect(isBlockedAddress(address)).toBe(true));

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "2001:4860:4860::8888",
    "2003::1",
  ])("allows %s", (address) => expect(isBlockedAddress(address)).toBe(false));
});

describe("WebhookSender with the destination guard on", () => {
  let receiver: Receiver;
  const sender = new WebhookSender({ allowPrivateDestinations: false });
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await sender.close();
  });

  it.each([
    ["an IP literal", (port: number) => `http://127.0.0.1:${port}/hook`],
    ["a name resolving to loopback", (port: number) => `http://localhost:${port}/hook`],
    ["an IPv6 literal", (port: number) => `http://[::1]:${port}/hook`],
  ])("refuses %s without making a request", async (_what, url) => {
    const outcome = await sender.send({
      url: url(receiver.port),
      headers: { "content-type": "application/json" },
      body: "{}",
      timeoutMs: 2000,
    });
    expect(outcome).toMatchObject({ succeeded: false, failureTrigger: "BLOCKED_DESTINATION", responseStatus: null });
    expect(outcome.failureMessage).toContain("ALLOW_PRIVATE_DESTINATIONS");
    // Recorded for the tenant: it must not tell what the name resolved to (a DNS oracle for the internal network).
    expect(outcome.failureMessage).not.toMatch(/127\.0\.0\.1|::1|resolves to \S+\d/);
    expect(receiver.requests).toHaveLength(0);
  });

  it("answers a name that does not exist exactly as one that resolves to a private address", async () => {
    const send = (host: string) =>
      sender.send({ url: `http://${host}:${receiver.port}/hook`, headers: {}, body: "{}", timeoutMs: 2000 });
    const [missing, internal] = await Promise.all([send("no-such-host.invalid"), send("localhost")]);
    expect(missing.failureTrigger).toBe("BLOCKED_DESTINATION");
    expect([missing.failureTrigger, missing.failureMessage]).toEqual([
      internal.failureTrigger,
      internal.failureMessage,
    ]);
    expect(receiver.requests).toHaveLength(0);
  });

  it("sends when private destinations are allowed", async () => {
    const open = new WebhookSender({ allowPrivateDestinations: true });
    try {
      const outcome = await open.send({
        url: `http://localhost:${receiver.port}/hook`,
        headers: {},
        body: "{}",
        timeoutMs: 2000,
      });
      expect(outcome).toMatchObject({ succeeded: true, responseStatus: 200 });
      expect(receiver.requests).toHaveLength(1);
    } finally {
      await open.close();
    }
  });
});
