// Grafana alert notifications: unified alerting (Grafana 8+) and legacy dashboard alerts.
// https://grafana.com/docs/grafana/latest/alerting/configure-notifications/manage-contact-points/integrations/webhook-notifier/
import { z } from "zod";
import type { IncomingAuthenticationType, Severity } from "../../generated/prisma/client.js";
import {
  PayloadError,
  PluginOptionsError,
  alertmanagerAlerts,
  alertmanagerEventFields,
  asString,
  commonMetadata,
  commonOptions,
  isRecord,
  keyOf,
  pathOption,
  pluginVersion,
  readPath,
  severityOf,
  stringRecord,
  type NormalizedEvent,
  type Plugin,
} from "./plugin.js";
import { parseJson } from "../../common/validation.js";

const SEVERITIES = ["CRITICAL", "ERROR", "WARNING", "INFO", "NOT_AVAILABLE", "NONE"] as const;

const optionsSchema = z
  .object({
    ...commonOptions,
    messageRoot: pathOption
      .optional()
      .describe(
        'Where the Grafana payload sits inside the body (e.g. "Message" when it arrives through SNS); a string there is parsed as JSON.',
      ),
    defaultSeverity: z
      .enum(SEVERITIES)
      .optional()
      .describe("Severity of a firing alert without a severity label (default ERROR)."),
  })
  .strict();

type GrafanaOptions = z.infer<typeof optionsSchema>;

/** The payload, unwrapped from `messageRoot` when the options name one. */
function unwrap(body: unknown, messageRoot: string | undefined): unknown {
  if (!messageRoot) return body;
  const nested = readPath(body, messageRoot);
  if (nested === undefined) throw new PayloadError(`nothing at messageRoot "${messageRoot}"`);
  if (typeof nested !== "string") return nested;
  try {
    return parseJson(nested);
  } catch {
    throw new PayloadError(`the value at messageRoot "${messageRoot}" is not JSON`);
  }
}

function unifiedEvents(
  payload: Record<string, unknown>,
  alerts: unknown[],
  defaultSeverity: Severity,
): NormalizedEvent[] {
  const now = new Date();
  return alertmanagerAlerts(payload, alerts, stringRecord(payload.commonLabels)).map((item, index) => {
    const { alert, labels, annotations } = item;
    const title = annotations.summary ?? labels.alertname ?? asString(payload.title);
    if (!title) throw new PayloadError(`alerts[${index}] has no summary, alertname or title`);
    const common = alertmanagerEventFields(item, now, () => keyOf(asString(payload.orgId), labels));
    return {
      ...common,
      severity: severityOf(labels.severity, defaultSeverity),
      title,
      description: annotations.description ?? asString(alert.valueString) ?? null,
      resource: labels.instance ? { name: labels.instance, type: "instance" } : null,
      provider: "grafana",
      account: asString(payload.orgId) ?? null,
      imageUrl: asString(alert.imageURL) ?? null,
      additionalInfo: {
        ...common.additionalInfo,
        dashboardURL: asString(alert.dashboardURL) ?? null,
        panelURL: asString(alert.panelURL) ?? null,
        silenceURL: asString(alert.silenceURL) ?? null,
        values: isRecord(alert.values) ? alert.values : null,
        groupKey: asString(payload.groupKey) ?? null,
      },
    };
  });
}

function legacyEvent(payload: Record<string, unknown>, defaultSeverity: Severity): NormalizedEvent {
  const state = asString(payload.state);
  const ruleName = asString(payload.ruleName);
  const title = asString(payload.title) ?? ruleName;
  if (!title) throw new PayloadError("legacy Grafana alert without title or ruleName");
  const tags = stringRecord(payload.tags);
  const recovered = state === "ok";
  return {
    eventKey: keyOf(
      "grafana-legacy",
      asString(payload.orgId),
      asString(payload.dashboardId),
      asString(payload.panelId),
      asString(payload.ruleId),
    ),
    eventType: recovered ? "RECOVERY" : "ALERT",
    severity: state === "no_data" ? "NOT_AVAILABLE" : recovered ? "INFO" : severityOf(tags.severity, defaultSeverity),
    title,
    description: asString(payload.message) ?? null,
    rule: ruleName ?? null,
    provider: "grafana",
    account: asString(payload.orgId) ?? null,
    imageUrl: asString(payload.imageUrl) ?? null,
    occurredAt: new Date(),
    additionalInfo: {
      state,
      ruleUrl: asString(payload.ruleUrl) ?? null,
      dashboardId: payload.dashboardId ?? null,
      panelId: payload.panelId ?? null,
      ruleId: payload.ruleId ?? null,
      evalMatches: Array.isArray(payload.evalMatches) ? payload.evalMatches : [],
      tags,
    },
  };
}

function parseGrafana(options: GrafanaOptions, body: unknown): NormalizedEvent[] {
  const payload = unwrap(body, options.messageRoot);
  const defaultSeverity = options.defaultSeverity ?? "ERROR";
  if (isRecord(payload) && Array.isArray(payload.alerts))
    return unifiedEvents(payload, payload.alerts, defaultSeverity);
  if (isRecord(payload) && (payload.ruleId !== undefined || payload.ruleName !== undefined))
    return [legacyEvent(payload, defaultSeverity)];
  throw new PayloadError(
    'expected a Grafana alert: unified ("alerts" array) or legacy ("ruleId", "ruleName", "state")',
  );
}

// Grafana's webhook contact point: basic auth, an Authorization header, or an HMAC signature.
const GRAFANA_AUTHENTICATION: IncomingAuthenticationType[] = ["NONE", "BEARER_TOKEN", "BASIC", "HMAC_SHA256"];

export const grafana: Plugin = {
  id: "grafana",
  source: "BUILT_IN",
  name: "Grafana",
  description:
    "Grafana alert notifications, unified alerting and legacy dashboard alerts; optionally nested in another payload.",
  versions: [
    pluginVersion({
      version: "1.0.0",
      optionsSchema,
      capability: {
        monitoringType: "EVENT",
        payload: "Grafana webhook contact point (unified and legacy)",
        eventKey: "fingerprint",
      },
      authentication: GRAFANA_AUTHENTICATION,
      init: (options) => commonMetadata(options),
      verify: (options) => {
        if (options.messageRoot === "$")
          throw new PluginOptionsError('messageRoot "$" is the body itself: leave messageRoot out');
      },
      parse: parseGrafana,
    }),
  ],
};
