// The portal in a real browser (Debian's chromium driven by playwright-core) against a real service:
// sessions, endpoints, the live delivery log, attempts and redelivery, the event type catalogue and
// picking from it, secret rotation, an expired session; no console errors and no serious
// accessibility violation (axe-core) on any page. Each
// page's screenshot is kept in test-results/portal/ (gitignored).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { waitFor } from "./support/wait.js";
import { Redis } from "ioredis";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// npm test on a machine without a browser skips these; CI installs chromium and sets REQUIRE_BROWSER.
const hasBrowser = existsSync(CHROMIUM) || process.env.REQUIRE_BROWSER === "1";
const SCREENSHOTS = path.resolve(import.meta.dirname, "../test-results/portal");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let t: TestService;
let receiver: Receiver;
let browser: Browser;
const pages: Page[] = [];
const consoleErrors: string[] = [];

describe.skipIf(!hasBrowser)("the portal, in Chromium", () => {
  beforeAll(async () => {
    t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
    receiver = await startReceiver();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.context().close();
    expect(consoleErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await receiver?.close();
  });

  async function open(url: string, width = 1280, colorScheme: "light" | "dark" = "light"): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    pages.push(page);
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(url);
    return page;
  }

  /** Serious and critical accessibility violations on the page as it is now. */
  async function accessibilityViolations(page: Page): Promise<string[]> {
    // Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } })
        .axe;
      return (await axe.run()).violations.map(({ id, impact }) => ({ id, impact }));
    });
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => violation.id);
  }

  async function keep(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    expect(await accessibilityViolations(page), name).toEqual([]);
  }

  async function sessionUrl(projectId: string): Promise<string> {
    const res = await t.gql(
      `mutation($input: CreatePortalSessionInput!) { createPortalSession(input: $input) { ... on CreatePortalSessionPayload { url } } }`,
      { input: { projectId } },
    );
    const url = (res.data as { createPortalSession: { url: string } }).createPortalSession.url;
    return t.url + url.slice(url.indexOf("/portal/"));
  }

  it("shows a session only its project's endpoints, and creates one: a field error first, then the secret once", async () => {
    await createWebhook(t, { name: "blue orders", url: receiver.url, eventTypes: ["order.*"], projectId: "blue" });
    await createWebhook(t, { name: "green orders", url: receiver.url, eventTypes: ["order.*"], projectId: "green" });
    const page = await open(await sessionUrl("blue"));
    await page.getByRole("link", { name: "blue orders" }).waitFor();
    expect(await page.getByRole("link", { name: "green orders" }).count()).toBe(0);
    expect(page.url()).not.toContain("session=");
    await page.getByRole("img", { name: "No deliveries in the last 24 hours" }).waitFor();
    await keep(page, "endpoints");

    await page.getByRole("button", { name: "New endpoint" }).click();
    await page.getByLabel("Name").fill("blue billing");
    await page.getByLabel("URL").fill("not a url");
    await page.getByRole("button", { name: "Create endpoint" }).click();
    const urlField = page.getByLabel("URL");
    await page.locator("#new-url-error").waitFor();
    expect(await urlField.getAttribute("aria-invalid")).toBe("true");
    await keep(page, "endpoint-form-error");
    await urlField.fill(receiver.url);
    await page.getByRole("button", { name: "Create endpoint" }).click();
    await page.getByTestId("secret").waitFor();
    expect(await page.getByTestId("secret").textContent()).toMatch(/^whsec_/);
    await page.getByRole("link", { name: "blue billing" }).waitFor();
    await page.getByLabel("Status").selectOption("disabled");
    await page.getByText("No endpoint matches.").waitFor();
    await page.getByLabel("Search").fill("billing");
    await page.getByLabel("Status").selectOption("");
    await page.getByRole("link", { name: "blue billing" }).waitFor();
    expect(await page.getByRole("link", { name: "blue orders" }).count()).toBe(0);
  });

  it("updates the delivery log live, shows a failed attempt, redelivers it; charts, filters, tests, rotates and deletes", async () => {
    let refuse = true;
    receiver.respond(() => (refuse ? { status: 500, body: "down for maintenance" } : { status: 200, body: "ok" }));
    const hook = await createWebhook(t, {
      name: "blue live",
      url: receiver.url,
      eventTypes: ["live.portal"],
      projectId: "blue",
      failureHandling: { retryStrategy: { attempts: 0 }, divert: false },
    });
    const page = await open(`${await sessionUrl("blue")}`);
    await page.getByRole("link", { name: "blue live" }).click();
    await page.getByText("No deliveries yet.").waitFor();
    await waitFor("the log's live stream", async () => (await openStreams()) >= 1);

    await publish(t, { type: "live.portal", projectId: "blue" });
    const row = page.locator("tr[data-delivery]").first();
    await row.getByText("discarded").waitFor();
    await row.getByRole("button", { name: "Attempts" }).click();
    const drawer = page.getByRole("dialog");
    await drawer.getByText("HTTP 500").waitFor();
    expect(await drawer.getByText("down for maintenance").count()).toBe(1);
    await keep(page, "attempt-drawer");

    refuse = false;
    await drawer.getByRole("button", { name: "Redeliver" }).click();
    await page.locator("tr[data-delivery]").first().getByText("succeeded").waitFor();
    expect(await page.locator("tr[data-delivery]").count()).toBe(2);
    await keep(page, "endpoint");

    await page.getByRole("img", { name: /^Last 24 hours: 2 deliveries, 1 succeeded, 1 failed/ }).waitFor();
    await page.getByLabel("Status").selectOption("DISCARDED");
    await waitFor("the filtered log", async () => (await page.locator("tr[data-delivery]").count()) === 1);
    expect(await page.locator("tr[data-delivery]").first().textContent()).toContain("discarded");
    await page.getByLabel("Status").selectOption("");
    await waitFor("the whole log", async () => (await page.locator("tr[data-delivery]").count()) === 2);

    await page.getByRole("button", { name: "Send test" }).click();
    await page.getByText(/^The test was delivered: HTTP 200 in \d+ ms\.$/).waitFor();
    await page.getByRole("button", { name: "Rotate secret" }).click();
    await page.getByTestId("secret").waitFor();
    const rotated = await page.getByTestId("secret").textContent();
    expect(rotated).not.toBe(hook.secret);
    expect(rotated).toMatch(/^whsec_/);

    // Edit: another destination type, whose setting the API checks field by field.
    await page.getByRole("button", { name: "Edit" }).click();
    const editor = page.getByRole("form", { name: "Edit endpoint" });
    await editor.getByLabel("Type", { exact: true }).selectOption("PAGERDUTY");
    await editor.getByLabel("Integration (routing) key").fill("too-short");
    await editor.getByLabel("Retries", { exact: true }).fill("2");
    await editor.getByRole("button", { name: "Save changes" }).click();
    await editor.locator("#edit-destinationSettings-routingKey-error").waitFor();
    await keep(page, "endpoint-editor");
    await editor.getByLabel("Integration (routing) key").fill("0123456789abcdef0123456789abcdef");
    await editor.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Saved.").waitFor();
    const saved = await t.gql(
      `query($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { type url failureHandling { retryStrategy { attempts } } } } }`,
      { id: hook.id },
    );
    expect(saved.data).toEqual({
      webhook: {
        type: "PAGERDUTY",
        url: receiver.url,
        failureHandling: { retryStrategy: { attempts: 2 } },
      },
    });

    await page.getByRole("button", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete blue live" }).click();
    await page.getByRole("heading", { name: "Endpoints" }).waitFor();
    await page.getByRole("link", { name: "blue orders" }).waitFor();
    expect(await page.getByRole("link", { name: "blue live" }).count()).toBe(0);
    receiver.respond(() => ({ status: 200, body: "ok" }));
  });

  it("creates a broker endpoint with its settings, and tests it against the real broker", async () => {
    const stream = `portal-${Date.now().toString(36)}`;
    const page = await open(await sessionUrl("red"));
    await page.getByRole("button", { name: "New endpoint" }).click();
    const form = page.getByRole("form", { name: "New endpoint" });
    await form.getByLabel("Name").fill("red stream");
    await form.getByLabel("Type", { exact: true }).selectOption("REDIS_STREAM");
    await form.getByLabel("URL", { exact: true }).fill("redis://127.0.0.1:6379/0");
    await form.getByLabel(/^Stream key/).fill(stream);
    await form.getByLabel(/^Keep about this many entries/).fill("100");
    await form.getByRole("button", { name: "Create endpoint" }).click();
    await page.getByTestId("secret").waitFor();
    await page.getByRole("link", { name: "red stream" }).click();
    await page.getByRole("button", { name: "Send test" }).click();
    await page.getByText(/^The test was delivered: the broker confirmed it in \d+ ms\.$/).waitFor();
    const redis = new Redis({ host: "127.0.0.1", port: 6379 });
    try {
      expect(await redis.xlen(stream)).toBe(1);
    } finally {
      await redis.del(stream);
      redis.disconnect();
    }
    const created = await t.gql(
      `{ webhooks(first: 10, filter: { name: "red stream" }) { nodes { ... on OutgoingWebhook { type url destinationSettings { streamKeyTemplate maxLength } } } } }`,
    );
    expect(created.data).toEqual({
      webhooks: {
        nodes: [
          {
            type: "REDIS_STREAM",
            url: "redis://127.0.0.1:6379/0",
            destinationSettings: { streamKeyTemplate: stream, maxLength: 100 },
          },
        ],
      },
    });
  });

  it("shows a session its events, each with its payload and its deliveries, and no operator's page", async () => {
    const hook = await createWebhook(t, {
      name: "blue invoices",
      url: receiver.url,
      eventTypes: ["invoice.*"],
      projectId: "blue",
    });
    const published = await publish(t, {
      type: "invoice.paid",
      projectId: "blue",
      payload: { invoice: { id: "in_42", lines: [{ amount: 1200 }] }, paid: true },
    });
    const page = await open(await sessionUrl("blue"), 360);
    await page.getByRole("link", { name: "Endpoints" }).waitFor();
    expect(await page.getByRole("link", { name: "API keys" }).count()).toBe(0);
    await keep(page, "endpoints-narrow");
    await page.getByRole("link", { name: "Events" }).click();
    await page.getByRole("link", { name: "invoice.paid" }).click();
    await page.getByRole("group", { name: "Payload" }).getByText('"in_42"').waitFor();
    await page.getByRole("link", { name: "blue invoices" }).waitFor();
    expect(page.url()).toContain(encodeURIComponent(published.event.id));
    await keep(page, "event");
    await page.getByRole("link", { name: "blue invoices" }).click();
    await page.getByRole("heading", { name: "blue invoices" }).waitFor();
    expect(page.url()).toContain(encodeURIComponent(hook.id));
  });

  it("lists the event types with their schemas and examples, and lets a session pick an endpoint's from them", async () => {
    const createType = (input: Record<string, unknown>) =>
      t.gql(`mutation($input: CreateEventTypeInput!) { createEventType(input: $input) { __typename } }`, { input });
    await createType({
      name: "shipment.sent",
      description: "A shipment left the warehouse.",
      group: "shipment",
      schema: { type: "object", properties: { trackingCode: { type: "string" } }, required: ["trackingCode"] },
      examples: [{ trackingCode: "TRK-1234" }],
    });
    await createType({ name: "shipment.lost", description: "A shipment was lost.", group: "shipment", schema: {} });
    await createType({ name: "refund.issued", schema: { type: "object" } });

    const page = await open(await sessionUrl("green"));
    await page.getByRole("link", { name: "Event types" }).click();
    const sent = page.getByRole("article", { name: /shipment\.sent/ });
    await sent.getByText("A shipment left the warehouse.").waitFor();
    await page.getByRole("heading", { name: "shipment", exact: true }).waitFor();
    await page.getByRole("heading", { name: "Other", exact: true }).waitFor();
    await sent.getByText("Schema").click();
    await sent.getByRole("group", { name: "shipment.sent schema" }).getByText('"trackingCode"').first().waitFor();
    await sent.getByText("Example").click();
    await sent.getByRole("group", { name: "shipment.sent example 1" }).getByText('"TRK-1234"').waitFor();
    await keep(page, "catalogue");

    await page.getByRole("link", { name: "Endpoints" }).click();
    await page.getByRole("button", { name: "New endpoint" }).click();
    await page.getByLabel("Name").fill("green shipments");
    await page.getByLabel("URL").fill(receiver.url);
    const eventTypes = page.getByLabel("Event types", { exact: true });
    await page.getByRole("checkbox", { name: /shipment\.sent/ }).check();
    expect(await eventTypes.inputValue()).toBe("shipment.sent");
    await page.getByRole("checkbox", { name: /shipment\.lost/ }).check();
    await page.getByRole("checkbox", { name: /shipment\.sent/ }).uncheck();
    await page.getByRole("checkbox", { name: /refund\.issued/ }).check();
    expect(await eventTypes.inputValue()).toBe("shipment.lost, refund.issued");
    await keep(page, "endpoint-form-catalogue");
    await page.getByRole("button", { name: "Create endpoint" }).click();
    await page.getByTestId("secret").waitFor();
    const stored = await t.gql<{ webhooks: { nodes: { eventTypes: string[] }[] } }>(
      `{ webhooks(filter: { name: "green shipments" }) { nodes { ... on OutgoingWebhook { eventTypes } } } }`,
    );
    expect(stored.data?.webhooks.nodes).toEqual([{ eventTypes: ["shipment.lost", "refund.issued"] }]);
  });

  it("shows an operator's pasted key the incoming webhooks, alerts as they open, and API keys to create and revoke", async () => {
    const created = await t.gql(
      `mutation { createIncomingWebhook(input: { name: "alertmanager", plugin: { pluginId: "prometheus-alertmanager" } }) { ... on CreateIncomingWebhookPayload { webhook { webhookUrl } } } }`,
    );
    const webhookUrl = (created.data as { createIncomingWebhook: { webhook: { webhookUrl: string } } })
      .createIncomingWebhook.webhook.webhookUrl;
    const page = await open(`${t.url}/portal/`);
    await page.getByLabel("API key").fill(t.adminKey);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Incoming" }).click();
    await page.getByRole("cell", { name: "alertmanager", exact: true }).waitFor();
    await page.getByRole("button", { name: "Copy URL" }).waitFor();
    await keep(page, "incoming");

    await page.getByRole("link", { name: "Alerts" }).click();
    await page.getByText("No alerts.", { exact: false }).waitFor();
    await waitFor("the alerts' live stream", async () => (await openStreams()) >= 1);
    const fixture = readFileSync(new URL("./fixtures/incoming/alertmanager-firing.json", import.meta.url));
    const posted = await fetch(webhookUrl.replace(/^https?:\/\/[^/]+/, t.url), {
      method: "POST",
      body: fixture,
      headers: { "content-type": "application/json" },
    });
    expect(posted.status).toBe(202);
    await page.locator("tbody tr").first().getByText("triggered").waitFor();
    await keep(page, "alerts");

    await page.getByRole("link", { name: "API keys" }).click();
    await page.getByLabel("Name").fill("dashboard");
    await page.getByRole("button", { name: "Create key" }).click();
    await page.getByTestId("secret").waitFor();
    expect(await page.getByTestId("secret").textContent()).toMatch(/^whk_/);
    await page
      .getByRole("row", { name: /dashboard/ })
      .getByRole("button", { name: "Revoke…" })
      .click();
    await page.getByRole("button", { name: "Revoke dashboard" }).click();
    await page
      .getByRole("row", { name: /dashboard/ })
      .getByText("revoked")
      .waitFor();
    await keep(page, "api-keys");
  });

  it("works from the keyboard alone, and in the dark theme the system asks for", async () => {
    const page = await open(await sessionUrl("blue"), 1280, "dark");
    await page.getByRole("heading", { name: "Endpoints" }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe("rgb(13, 17, 23)");
    // Tab through the page until "New endpoint" has the focus, then open the form with Enter.
    for (let step = 0; step < 20; step += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.textContent === "New endpoint")) break;
    }
    await page.keyboard.press("Enter");
    await page.getByRole("form", { name: "New endpoint" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("new-name");
    await keep(page, "endpoints-dark");
  });

  it("tells an expired session so, and shows no data", async () => {
    const expiresAt = new Date(Date.now() + 1500);
    const res = await t.gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }`,
      { input: { name: "short", scopes: ["WEBHOOKS_VIEW"], projectId: "blue", expiresAt: expiresAt.toISOString() } },
    );
    const key = (res.data as { createApiKey: { key: string } }).createApiKey.key;
    await waitFor("the key to expire", () => Date.now() > expiresAt.getTime() + 100);
    const page = await open(`${t.url}/portal/#session=${encodeURIComponent(key)}`, 360);
    await page.getByRole("heading", { name: "Your session has ended" }).waitFor();
    expect(await page.getByRole("alert").textContent()).toBe("This API key has expired.");
    expect(await page.locator("table").count()).toBe(0);
    await keep(page, "expired-session");
  });

  it("serves the page with a Content-Security-Policy, framing as configured, and hashed assets cached for a year", async () => {
    const page = await fetch(`${t.url}/portal/`, { headers: { "accept-encoding": "br" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-encoding")).toBe("br");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'self'");
    const html = await page.text();
    const script = /src="(\/portal\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${t.url}${script}`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await fetch(`${t.url}/portal`, { redirect: "manual" })).headers.get("location")).toBe("/portal/");
    expect((await fetch(`${t.url}/portal/assets/missing.js`)).status).toBe(404);
  });
});

async function openStreams(): Promise<number> {
  const metric = await t.service.metrics.registry.getSingleMetric("hookrelay_live_subscriptions")?.get();
  return metric?.values[0]?.value ?? 0;
}
