// Prometheus Alertmanager's webhook receiver (payload version 4): one event per alerts[] item.
// https://prometheus.io/docs/alerting/latest/configuration/#webhook_config
import { z } from "zod";
import type { IncomingAuthenticationType, Severity } from "../../generated/prisma/client.js";
import {
  PayloadError,
  alertmanagerAlerts,
  alertmanagerEventFields,
  asString,
  commonMetadata,
  commonOptions,
  isRecord,
  keyOf,
  pluginVersion,
  type NormalizedEvent,
  type Plugin,
} from "./plugin.js";

/** Labels that name what an alert is about, most specific first. */
const DEFAULT_RESOURCE_LABELS = ["resource", "instance", "pod", "container", "node", "host", "service", "job"];

const ALERTMANAGER_SEVERITIES = new Map<string, Severity>([
  ["critical", "CRITICAL"],
  ["error", "ERROR"],
  ["warning", "WARNING"],
]);

function parseAlertmanager(body: unknown, resourceLabels: string[]): NormalizedEvent[] {
  if (!isRecord(body) || !Array.isArray(body.alerts))
    throw new PayloadError('expected an Alertmanager webhook payload: an object with an "alerts" array');
  const now = new Date();
  return alertmanagerAlerts(body, body.alerts).map((item, index) => {
    const { labels, annotations } = item;
    const resourceLabel = resourceLabels.find((label) => labels[label]);
    const title = annotations.summary ?? labels.alertname;
    if (!title) throw new PayloadError(`alerts[${index}] has neither annotations.summary nor labels.alertname`);
    const common = alertmanagerEventFields(item, now, () => keyOf(labels));
    return {
      ...common,
      severity: ALERTMANAGER_SEVERITIES.get((labels.severity ?? "").toLowerCase()) ?? "INFO",
      title,
      description: annotations.description ?? null,
      resource: resourceLabel ? { name: labels[resourceLabel], type: resourceLabel } : null,
      provider: "prometheus",
      additionalInfo: {
        ...common.additionalInfo,
        receiver: asString(body.receiver) ?? null,
        externalURL: asString(body.externalURL) ?? null,
      },
    };
  });
}

const capability = {
  monitoringType: "EVENT",
  payload: "Alertmanager webhook_config, version 4",
  eventKey: "fingerprint",
};

// Alertmanager's http_config sends a bearer token (authorization) or basic_auth; it cannot sign bodies.
const ALERTMANAGER_AUTHENTICATION: IncomingAuthenticationType[] = ["NONE", "BEARER_TOKEN", "BASIC"];

export const prometheusAlertmanager: Plugin = {
  id: "prometheus-alertmanager",
  source: "BUILT_IN",
  name: "Prometheus Alertmanager",
  description: "Alerts from Alertmanager's webhook receiver: one event per alert, keyed by its fingerprint.",
  versions: [
    pluginVersion({
      version: "1.0.0",
      optionsSchema: z.object({ ...commonOptions }).strict(),
      capability,
      authentication: ALERTMANAGER_AUTHENTICATION,
      init: (options) => commonMetadata(options),
      parse: (_options, body) => parseAlertmanager(body, DEFAULT_RESOURCE_LABELS),
    }),
    pluginVersion({
      version: "1.1.0",
      optionsSchema: z
        .object({
          ...commonOptions,
          resourceLabels: z
            .array(z.string().min(1).max(128))
            .min(1)
            .max(20)
            .optional()
            .describe(
              `Labels naming the resource, most specific first (default ${DEFAULT_RESOURCE_LABELS.join(", ")}).`,
            ),
        })
        .strict(),
      capability,
      authentication: ALERTMANAGER_AUTHENTICATION,
      init: (options) => commonMetadata(options),
      parse: (options, body) => parseAlertmanager(body, options.resourceLabels ?? DEFAULT_RESOURCE_LABELS),
    }),
  ],
};
