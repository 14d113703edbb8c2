// The incoming-webhook plugins this service ships.
import { z } from "zod";
import { builder } from "../builder.js";
import { PLUGINS, latestVersion } from "../incoming/plugins/index.js";
import type { Plugin, PluginVersion } from "../incoming/plugins/plugin.js";

const optionsJsonSchema = (version: PluginVersion) => z.toJSONSchema(version.optionsSchema, { io: "input" }) as Record<string, unknown>;

const PluginVersionRef = builder.objectRef<PluginVersion>("PluginVersion").implement({
  description: "One version of a plugin; a webhook runs one version at a time.",
  fields: (t) => ({
    version: t.exposeString("version", { description: "Semantic version." }),
    capability: t.field({ type: "JSONObject", description: "What the version can do (SpaceONE's plugin capability).", resolve: (version) => version.capability }),
    optionsSchema: t.field({ type: "JSONObject", description: "JSON Schema of the options this version accepts.", resolve: optionsJsonSchema }),
  }),
});

const PluginRef = builder.objectRef<Plugin>("Plugin").implement({
  description: "Reads what one kind of monitoring system sends into normalized events.",
  fields: (t) => ({
    id: t.exposeString("id", { description: 'Stable id, e.g. "prometheus-alertmanager".' }),
    name: t.exposeString("name", { description: "Display name." }),
    description: t.exposeString("description", { description: "What it reads, in a sentence." }),
    versions: t.field({ type: [PluginVersionRef], description: "Oldest first.", resolve: (plugin) => plugin.versions }),
    latestVersion: t.string({ description: "The newest version (what AUTO runs).", resolve: (plugin) => latestVersion(plugin).version }),
    capability: t.field({ type: "JSONObject", description: "Of the latest version.", resolve: (plugin) => latestVersion(plugin).capability }),
    optionsSchema: t.field({ type: "JSONObject", description: "JSON Schema of the latest version's options.", resolve: (plugin) => optionsJsonSchema(latestVersion(plugin)) }),
  }),
});

builder.queryField("plugins", (t) =>
  t.field({
    nullable: true,
    type: [PluginRef],
    description: "The plugins incoming webhooks can use.",
    authScopes: { authenticated: true },
    resolve: () => [...PLUGINS],
  }),
);
