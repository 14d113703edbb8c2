// Each plugin against payloads written from the formats the upstream projects document.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PLUGINS, latestVersion } from "../src/incoming/plugins/index.js";
import { isSnsSubscribeUrl } from "../src/incoming/plugins/aws-sns.js";
import { PayloadError, readPath, type ParseContext } from "../src/incoming/plugins/plugin.js";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/incoming/${name}.json`, import.meta.url), "utf8"));

function parser(pluginId: string, version?: string) {
  const plugin = PLUGINS.find((candidate) => candidate.id === pluginId)!;
  const chosen = version ? plugin.versions.find((candidate) => candidate.version === version)! : latestVersion(plugin);
  const confirmed: string[] = [];
  const context: ParseContext = { confirmSubscription: async (url) => void confirmed.push(url) };
  return {
    confirmed,
    parse: (body: unknown, options: Record<string, unknown> = {}) => chosen.parse(options, {}, body, {}, context),
  };
}

describe("prometheus-alertmanager", () => {
  it("gives one event per alert: key, severity, title, resource and details from labels and annotations", async () => {
    const events = await parser("prometheus-alertmanager").parse(fixture("alertmanager-firing"));
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({
      eventKey: "a1b2c3d4e5f60718",
      eventType: "ALERT",
      severity: "CRITICAL",
      title: "CPU above 95% on web-1",
      description: "web-1 has been above 95% CPU for 10 minutes.",
      rule: "HighCPU",
      resource: { name: "web-1:9100", type: "instance" },
      provider: "prometheus",
      occurredAt: new Date("2026-11-23T08:00:00.000Z"),
      additionalInfo: {
        labels: { alertname: "HighCPU", severity: "critical" },
        generatorURL: "http://prometheus.example.com:9090/graph?g0.expr=cpu",
        endsAt: "0001-01-01T00:00:00Z",
      },
    });
    // No summary: the alert name is the title. "warning" maps; an unknown severity is INFO.
    expect(events[1]).toMatchObject({
      title: "HighCPU",
      severity: "WARNING",
      description: "web-2 has been above 80% CPU for 10 minutes.",
    });
    expect(events[2]).toMatchObject({ severity: "INFO", resource: { name: "db-0", type: "pod" }, description: null });
  });

  it("reads status resolved as RECOVERY with the same key", async () => {
    const [event] = await parser("prometheus-alertmanager").parse(fixture("alertmanager-resolved"));
    expect(event).toMatchObject({ eventKey: "a1b2c3d4e5f60718", eventType: "RECOVERY" });
  });

  it("version 1.1.0 takes the resource from the labels the options name", async () => {
    const [event] = await parser("prometheus-alertmanager", "1.1.0").parse(fixture("alertmanager-firing"), {
      resourceLabels: ["job"],
    });
    expect(event!.resource).toEqual({ name: "node", type: "job" });
    // 1.0.0 does not know the option.
    await expect(
      parser("prometheus-alertmanager", "1.0.0").parse(fixture("alertmanager-firing"), { resourceLabels: ["job"] }),
    ).rejects.toThrow(/resourceLabels/);
  });

  it("refuses a body that is not an Alertmanager payload", async () => {
    await expect(parser("prometheus-alertmanager").parse({ hello: "world" })).rejects.toThrow(PayloadError);
    await expect(parser("prometheus-alertmanager").parse({ alerts: [{ labels: {} }] })).rejects.toThrow(
      /summary|alertname/,
    );
  });
});

describe("grafana", () => {
  it("reads unified alerting: firing and resolved alerts, common labels merged", async () => {
    const events = await parser("grafana").parse(fixture("grafana-unified"));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      eventKey: "c6eadffa33fcdf37",
      eventType: "ALERT",
      severity: "ERROR", // no severity label: the default
      title: "This alert was triggered for zone us-1",
      description: "The system has high memory usage",
      rule: "High memory usage",
      resource: { name: "api-7", type: "instance" },
      provider: "grafana",
      account: "1",
      occurredAt: new Date("2026-11-23T07:51:03.157Z"),
    });
    expect(events[0]!.additionalInfo).toMatchObject({
      labels: { team: "blue", zone: "us-1" },
      values: { B: 44.23943737541908, C: 1 },
    });
    expect(events[1]).toMatchObject({ eventKey: "bc97ff14869b13e3", eventType: "RECOVERY", severity: "WARNING" });
  });

  it("reads legacy dashboard alerts, ok as RECOVERY with the same key", async () => {
    const legacy = fixture("grafana-legacy") as Record<string, unknown>;
    const [alerting] = await parser("grafana").parse(legacy);
    expect(alerting).toMatchObject({
      eventType: "ALERT",
      title: "[Alerting] Panel Title alert",
      description: "Notification Message",
      rule: "Panel Title alert",
      imageUrl: "https://grafana.com/static/assets/img/blog/mixed_styles.png",
      additionalInfo: { state: "alerting", dashboardId: 1, panelId: 2, ruleId: 1 },
    });
    const [ok] = await parser("grafana").parse({ ...legacy, state: "ok", title: "[OK] Panel Title alert" });
    expect(ok).toMatchObject({ eventType: "RECOVERY", eventKey: alerting!.eventKey });
    const [noData] = await parser("grafana").parse({ ...legacy, state: "no_data" });
    expect(noData!.severity).toBe("NOT_AVAILABLE");
  });

  it("unwraps a payload nested in another with messageRoot (Grafana through SNS)", async () => {
    const events = await parser("grafana").parse(fixture("grafana-in-sns"), { messageRoot: "Message" });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ title: "[Alerting] Panel Title alert", rule: "Panel Title alert" });
    await expect(parser("grafana").parse(fixture("grafana-in-sns"))).rejects.toThrow(PayloadError);
    await expect(parser("grafana").parse(fixture("grafana-in-sns"), { messageRoot: "Nothing.here" })).rejects.toThrow(
      /messageRoot/,
    );
  });
});

describe("aws-sns", () => {
  it("confirms a subscription by its SubscribeURL and produces no event", async () => {
    const sns = parser("aws-sns");
    const body = fixture("sns-subscription-confirmation") as Record<string, string>;
    expect(await sns.parse(body)).toEqual([]);
    expect(sns.confirmed).toEqual([body.SubscribeURL]);
  });

  it("refuses to confirm through a URL that is not an sns.<region>.amazonaws.com host", async () => {
    const sns = parser("aws-sns");
    const body = fixture("sns-subscription-confirmation") as Record<string, string>;
    for (const url of [
      "https://127.0.0.1/confirm",
      "https://sns.us-west-2.amazonaws.com.evil.example/",
      "http://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription",
      "https://evil.example/sns.us-west-2.amazonaws.com",
    ]) {
      await expect(sns.parse({ ...body, SubscribeURL: url })).rejects.toThrow(/refusing to confirm/);
    }
    expect(sns.confirmed).toEqual([]);
    expect(isSnsSubscribeUrl("https://sns.cn-north-1.amazonaws.com.cn/?Action=ConfirmSubscription")).toBe(true);
    expect(isSnsSubscribeUrl("https://sns.us-east-1.amazonaws.com:8443/")).toBe(false);
  });

  it("turns a CloudWatch alarm into one event per dimension", async () => {
    const events = await parser("aws-sns").parse(fixture("sns-cloudwatch-alarm"));
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.resource)).toEqual([
      { name: "i-0a1b2c3d4e5f60001", type: "InstanceId", namespace: "AWS/EC2", region: "US West (Oregon)" },
      { name: "web-asg", type: "AutoScalingGroupName", namespace: "AWS/EC2", region: "US West (Oregon)" },
    ]);
    expect(events[0]).toMatchObject({
      eventType: "ALERT",
      severity: "ERROR",
      title: "web-cpu-high",
      description: expect.stringMatching(/^Threshold Crossed/),
      provider: "aws",
      account: "123456789012",
      occurredAt: new Date("2026-11-23T10:00:12.345Z"),
    });
    expect(new Set(events.map((event) => event.eventKey)).size).toBe(2);
  });

  it("reads NewStateValue OK as RECOVERY with the alarm's keys", async () => {
    const alarm = await parser("aws-sns").parse(fixture("sns-cloudwatch-alarm"));
    const ok = await parser("aws-sns").parse(fixture("sns-cloudwatch-ok"));
    expect(ok.map((event) => event.eventType)).toEqual(["RECOVERY", "RECOVERY"]);
    expect(ok.map((event) => event.eventKey)).toEqual(alarm.map((event) => event.eventKey));
  });

  it("turns an AWS Health event into one event per affected resource", async () => {
    const events = await parser("aws-sns").parse(fixture("sns-aws-health"));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      eventType: "ALERT",
      severity: "ERROR",
      title: "EC2 AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED",
      description: "A description of the event will be provided here",
      resource: { name: "i-abcd1111", type: "EC2" },
      account: "123456789012",
      occurredAt: new Date("2026-11-23T06:27:57Z"),
    });
  });

  it("refuses what is not an SNS message", async () => {
    await expect(parser("aws-sns").parse({ alerts: [] })).rejects.toThrow(PayloadError);
  });
});

describe("generic-json", () => {
  it("reads a flat body with the default paths", async () => {
    const [event] = await parser("generic-json").parse({
      title: "Backup failed",
      description: "nightly job exited 1",
      severity: "major",
      eventKey: "backup-nightly",
    });
    expect(event).toMatchObject({
      title: "Backup failed",
      description: "nightly job exited 1",
      severity: "ERROR",
      eventKey: "backup-nightly",
      eventType: "ALERT",
    });
    const [recovered] = await parser("generic-json").parse({
      title: "Backup failed",
      eventType: "resolved",
      eventKey: "backup-nightly",
    });
    expect(recovered).toMatchObject({ eventType: "RECOVERY", severity: "INFO" });
  });

  it("follows dotted and JSON paths, one event per item of eventsPath", async () => {
    const options = {
      eventsPath: "$.data.items",
      paths: { title: "$.summary", eventKey: "id", severity: "level.name", resource: "target", occurredAt: "at" },
    };
    const events = await parser("generic-json").parse(
      {
        data: {
          items: [
            {
              id: "x1",
              summary: "Queue backlog",
              level: { name: "critical" },
              target: { name: "queue-a" },
              at: 1_795_000_000,
            },
            { id: "x2", summary: "Lag", level: { name: "warn" }, target: "queue-b" },
          ],
        },
      },
      options,
    );
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      eventKey: "x1",
      title: "Queue backlog",
      severity: "CRITICAL",
      resource: { name: "queue-a" },
      occurredAt: new Date(1_795_000_000_000),
    });
    expect(events[1]).toMatchObject({ eventKey: "x2", severity: "WARNING", resource: { name: "queue-b" } });
    expect(readPath({ a: [{ b: 1 }] }, "$.a[0].b")).toBe(1);
    expect(readPath({ a: [{ b: 1 }] }, "a.0.b")).toBe(1);
  });

  it("without an eventKey, repeats of one title share a key", async () => {
    const [first] = await parser("generic-json").parse({ title: "Same thing" });
    const [second] = await parser("generic-json").parse({ title: "Same thing", description: "again" });
    expect(first!.eventKey).toBe(second!.eventKey);
  });

  it("refuses a body without a title, and malformed paths in the options", async () => {
    await expect(parser("generic-json").parse({ message: "no title" })).rejects.toThrow(/no title at "title"/);
    await expect(parser("generic-json").parse({ title: "x" }, { paths: { title: "a..b" } })).rejects.toThrow(/path/);
  });
});

describe("the plugin list", () => {
  it("gives every plugin semver versions and an options schema", async () => {
    expect(PLUGINS.map((plugin) => plugin.id)).toEqual([
      "prometheus-alertmanager",
      "grafana",
      "aws-sns",
      "generic-json",
    ]);
    for (const plugin of PLUGINS) {
      for (const version of plugin.versions) expect(version.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(await latestVersion(plugin).init({}, { type: "NONE" })).toEqual(expect.any(Object));
    }
  });
});
