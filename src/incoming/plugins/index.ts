// The plugins this service ships, and version selection (for them and registered ones alike).
import type { Webhook } from "../../generated/prisma/client.js";
import { ValidationError } from "../../common/errors.js";
import { awsSns } from "./aws-sns.js";
import { genericJson } from "./generic-json.js";
import { grafana } from "./grafana.js";
import type { Plugin, PluginVersion } from "./plugin.js";
import { prometheusAlertmanager } from "./prometheus-alertmanager.js";

export const PLUGINS: readonly Plugin[] = [prometheusAlertmanager, grafana, awsSns, genericJson];

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
 * The version a webhook runs: AUTO follows the latest; MANUAL and NONE keep the one stored (falling
 * back to the latest if a release dropped it).
 */
export function runningVersion(
  plugin: Plugin,
  webhook: Pick<Webhook, "pluginVersion" | "pluginUpgradeMode">,
): PluginVersion {
  if (webhook.pluginUpgradeMode === "AUTO") return latestVersion(plugin);
  return plugin.versions.find((candidate) => candidate.version === webhook.pluginVersion) ?? latestVersion(plugin);
}
