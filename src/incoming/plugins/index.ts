// The plugins this service ships, and version selection (for them and registered ones alike).
import type { Webhook } from "../../generated/prisma/client.js";
import { ValidationError } from "../../common/errors.js";
import { awsSns } from "./aws-sns.js";
import { genericJson } from "./generic-json.js";
import { grafana } from "./grafana.js";
import type { Plugin, PluginVersion } from "./plugin.js";
import { prometheusAlertmanager } from "./prometheus-alertmanager.js";

export const PLUGINS: readonly Plugin[] = [prometheusAlertmanager, grafana, awsSns, genericJson];

/**
 * A plugin as a metric label: built-in ones by id, every registered one as "registered". Tenants name
 * registered plugins, and /metrics is unauthenticated: their ids would be unbounded label values, and
 * another tenant's to read.
 */
export function pluginMetricLabel(pluginId: string): string {
  return PLUGINS.some((plugin) => plugin.id === pluginId) ? `builtin:${pluginId}` : "registered";
}

export function latestVersion(plugin: Plugin): PluginVersion {
  return plugin.versions[plugin.versions.length - 1] as PluginVersion; // a plugin has at least one version
}

export function findPluginVersion(
  plugin: Plugin,
  version: string,
  path = ["input", "plugin", "version"],
): PluginVersion {
  const found = plugin.versions.find((candidate) => candidate.version === version);
  if (!found)
    throw ValidationError.of(
      path,
      `is not a version of ${plugin.id} (${plugin.versions.map((candidate) => candidate.version).join(", ")})`,
    );
  return found;
}

/**
 * The version a webhook runs: the one stored (falling back to the latest if a release dropped it).
 * AUTO webhooks are moved to a new latest version as it comes (moveAutoWebhooksToLatest, which runs
 * the plugin's init for it), so the stored version is what they run, and what plugin.version says.
 */
export function runningVersion(plugin: Plugin, webhook: Pick<Webhook, "pluginVersion">): PluginVersion {
  return plugin.versions.find((candidate) => candidate.version === webhook.pluginVersion) ?? latestVersion(plugin);
}
