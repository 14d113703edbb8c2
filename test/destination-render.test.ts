// The renderers alone: text beyond a service's documented limits is cut, never refused, and the cut
// never splits a character.
import { describe, expect, it } from "vitest";
import { renderDestination } from "../src/destinations/render.js";
import { truncate, type RenderInput } from "../src/destinations/event-summary.js";
import type { StoredDestination } from "../src/outgoing/destination-settings.js";

const long = "x".repeat(50_000);
const alert = (type: string): RenderInput => ({
  messageId: "msg_1",
  type,
  occurredAt: new Date("2026-12-02T00:00:00Z"),
  payload: {
    alert: {
      id: "a-1",
      eventKey: long,
      title: `Disk ${long}`,
      description: `Full ${long}`,
      severity: "CRITICAL",
      state: "TRIGGERED",
      eventCount: 1,
      firstEventAt: "2026-12-02T00:00:00Z",
    },
    webhook: { id: "w-1", name: "alertmanager" },
  },
  webhook: { id: "w-2", name: "out" },
});
const destination = (type: StoredDestination["type"], settings: Record<string, unknown> = {}) =>
  ({ type, settings, secretCiphertext: null, secretHint: null }) as StoredDestination;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read each service's body shape
type RenderedBody = Record<string, any>;

const render = async (
  type: StoredDestination["type"],
  input = alert("monitoring.alert.triggered"),
  settings: Record<string, unknown> = {},
) =>
  (await renderDestination(destination(type, settings), input, "https://example.com/hook", "secret"))
    .body as RenderedBody;

describe("limits", () => {
  it("Slack: header 150, section text 3,000, fields 2,000", async () => {
    const body = await render("SLACK");
    expect(body.blocks[0].text.text.length).toBe(150);
    expect(body.blocks[1].text.text.length).toBe(3000);
    expect(body.blocks[1].text.text.endsWith("…")).toBe(true);
    for (const field of body.blocks[2].fields) expect(field.text.length).toBeLessThanOrEqual(2000);
  });

  it("Discord: title 256, description 4,096, field values 1,024, 6,000 in all", async () => {
    const [embed] = (await render("DISCORD")).embeds;
    expect(embed.title.length).toBe(256);
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    for (const field of embed.fields) expect(field.value.length).toBeLessThanOrEqual(1024);
    const total =
      embed.title.length +
      embed.description.length +
      embed.footer.text.length +
      embed.fields.reduce(
        (sum: number, field: { name: string; value: string }) => sum + field.name.length + field.value.length,
        0,
      );
    expect(total).toBeLessThanOrEqual(6000);
  });

  it("PagerDuty summary 1,024; Opsgenie message 130 and description 15,000; Datadog title 100 and text 4,000", async () => {
    expect((await render("PAGERDUTY")).payload.summary.length).toBe(1024);
    const opsgenie = await render("OPSGENIE");
    expect(opsgenie.message.length).toBe(130);
    expect(opsgenie.description.length).toBe(15_000);
    const datadog = await render("DATADOG", undefined, { site: "datadoghq.com" });
    expect(datadog.title.length).toBe(100);
    expect(datadog.text.length).toBe(4000);
    expect(datadog.aggregation_key.length).toBeLessThanOrEqual(100);
  });

  it("never splits a surrogate pair", () => {
    expect(truncate(`ab${"😀".repeat(3)}`, 4)).toBe("ab…");
    expect(truncate("short", 10)).toBe("short");
  });
});
