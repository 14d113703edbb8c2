// Incoming-webhook plugins: the ones this service ships and the ones a tenant registers (services
// speaking the plugin protocol, external-plugin.ts).
import { z } from "zod";
import { builder } from "./builder.js";
import { IncomingAuthenticationTypeEnum } from "./enums.js";
import { latestVersion } from "../incoming/plugins/index.js";
import type { Plugin, PluginVersion } from "../incoming/plugins/plugin.js";
import { DEFAULT_PLUGIN_TIMEOUT_SECONDS, MAX_PLUGIN_TIMEOUT_SECONDS } from "../incoming/plugins/registered-plugins.js";
import { nameSchema } from "../common/validation.js";
import { lengthRange } from "./limits.js";

// A JSON Schema document is an object; zod types it as its own JSONSchema interface.
const optionsJsonSchema = (version: PluginVersion) =>
  z.toJSONSchema(version.optionsSchema, { io: "input" }) as Record<string, unknown>;

const PluginVersionRef = builder.objectRef<PluginVersion>("PluginVersion").implement({
  description: "One version of a plugin; a webhook runs one version at a time.",
  fields: (t) => ({
    version: t.exposeString("version", { description: "Semantic version." }),
    capability: t.field({
      type: "JSONObject",
      description: "What the version can do (SpaceONE's plugin capability).",
      resolve: (version) => version.capability,
    }),
    optionsSchema: t.field({
      type: "JSONObject",
      description:
        "JSON Schema of the options this version accepts (for a registered plugin: any object, which its verify checks).",
      resolve: optionsJsonSchema,
    }),
    authentication: t.field({
      type: [IncomingAuthenticationTypeEnum],
      description: "The request authentication types its senders can use (the plugin's secret_data schema).",
      resolve: (version) => [...version.authentication],
    }),
  }),
});

const PluginSourceEnum = builder.enumType("PluginSource", {
  description: "Where a plugin comes from.",
  values: {
    BUILT_IN: { description: "Ships with the service." },
    REGISTERED: { description: "A service of the tenant's own, registered with registerPlugin and called over HTTP." },
  } as const satisfies Record<Plugin["source"], { description: string }>,
});

interface ListedPlugin {
  plugin: Plugin;
  url: string | null;
  secretHint: string | null;
}

const PluginRef = builder.objectRef<ListedPlugin>("Plugin").implement({
  description: "Reads what one kind of monitoring system sends into normalized events.",
  fields: (t) => ({
    id: t.string({ description: 'Stable id, e.g. "prometheus-alertmanager".', resolve: ({ plugin }) => plugin.id }),
    name: t.string({ description: "Display name.", resolve: ({ plugin }) => plugin.name }),
    description: t.string({
      description: "What it reads, in a sentence.",
      resolve: ({ plugin }) => plugin.description,
    }),
    source: t.field({
      type: PluginSourceEnum,
      description: "Built in, or registered by the tenant.",
      resolve: ({ plugin }) => plugin.source,
    }),
    url: t.string({
      nullable: true,
      description: "A registered plugin's base URL; null for built-in ones.",
      resolve: ({ url }) => url,
    }),
    secretHint: t.string({
      nullable: true,
      description: "The last 4 characters of a registered plugin's signing secret.",
      resolve: ({ secretHint }) => secretHint,
    }),
    versions: t.field({
      type: [PluginVersionRef],
      description: "Oldest first.",
      resolve: ({ plugin }) => plugin.versions,
    }),
    latestVersion: t.string({
      description: "The newest version (what AUTO runs).",
      resolve: ({ plugin }) => latestVersion(plugin).version,
    }),
    capability: t.field({
      type: "JSONObject",
      description: "Of the latest version.",
      resolve: ({ plugin }) => latestVersion(plugin).capability,
    }),
    optionsSchema: t.field({
      type: "JSONObject",
      description: "JSON Schema of the latest version's options.",
      resolve: ({ plugin }) => optionsJsonSchema(latestVersion(plugin)),
    }),
  }),
});

builder.queryField("plugins", (t) =>
  t.field({
    nullable: true,
    type: [PluginRef],
    description: "The plugins incoming webhooks can use: the built-in ones, then the tenant's registered ones.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => context.plugins.list(context.tenantId),
  }),
);

const pluginSettingFields = {
  name: `Display name, ${lengthRange(nameSchema)}.`,
  description: "What it reads, in a sentence (up to 1,024 characters).",
  url: "Base URL: the service POSTs to {url}/init, {url}/verify and {url}/parse. The same destination rules as deliveries apply.",
  versions: "Its versions, oldest first, as semantic versions; the last is what AUTO runs.",
  authentication: "The request authentication types its senders can use. Default: all.",
  secret: "Standard Webhooks secret (whsec_ + base64 of 24-64 bytes) the service signs its calls with; write-only.",
  timeoutSeconds: `How long a call may take (1-${MAX_PLUGIN_TIMEOUT_SECONDS} s, default ${DEFAULT_PLUGIN_TIMEOUT_SECONDS}); a slower parse makes the request an ERROR event.`,
} as const;

const RegisterPluginInput = builder.inputType("RegisterPluginInput", {
  description: "A plugin served by a service of the tenant's own (see docs/incoming.md: the plugin protocol).",
  fields: (t) => ({
    pluginId: t.string({
      required: true,
      description: "What webhooks name it by: 2-64 lowercase letters, digits and -, not a built-in plugin's id.",
    }),
    name: t.string({ required: true, description: pluginSettingFields.name }),
    description: t.string({ description: pluginSettingFields.description }),
    url: t.string({ required: true, description: pluginSettingFields.url }),
    versions: t.stringList({ required: true, description: pluginSettingFields.versions }),
    authentication: t.field({
      type: [IncomingAuthenticationTypeEnum],
      description: pluginSettingFields.authentication,
    }),
    secret: t.string({ required: true, description: pluginSettingFields.secret }),
    timeoutSeconds: t.int({ description: pluginSettingFields.timeoutSeconds }),
  }),
});

const UpdateRegisteredPluginInput = builder.inputType("UpdateRegisteredPluginInput", {
  description: "Fields left out are unchanged.",
  fields: (t) => ({
    pluginId: t.string({ required: true, description: "The registered plugin." }),
    name: t.string({ description: pluginSettingFields.name }),
    description: t.string({ description: pluginSettingFields.description }),
    url: t.string({ description: pluginSettingFields.url }),
    versions: t.stringList({
      description: `${pluginSettingFields.versions} Versions that webhooks with upgradeMode MANUAL or NONE run must stay.`,
    }),
    authentication: t.field({
      type: [IncomingAuthenticationTypeEnum],
      description: pluginSettingFields.authentication,
    }),
    secret: t.string({ description: pluginSettingFields.secret }),
    timeoutSeconds: t.int({ description: pluginSettingFields.timeoutSeconds }),
  }),
});

const pluginPayload = (name: string) =>
  builder.objectRef<ListedPlugin>(name).implement({
    description: "The plugin as it is after the change.",
    fields: (t) => ({
      plugin: t.field({ type: PluginRef, description: "The registered plugin.", resolve: (payload) => payload }),
    }),
  });

builder.mutationField("registerPlugin", (t) =>
  t.field({
    type: pluginPayload("RegisterPluginPayload"),
    description: "Registers a plugin served by a service of the tenant's own. Needs tenant:admin.",
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: RegisterPluginInput, required: true, description: "The plugin." }) },
    resolve: async (_root, { input }, context) => {
      const row = await context.stores.incoming.registerPlugin(context.secretBox, context.tenantId, input);
      return {
        plugin: await context.plugins.find(row.tenantId, row.pluginId),
        url: row.url,
        secretHint: row.secretHint,
      };
    },
  }),
);

builder.mutationField("updateRegisteredPlugin", (t) =>
  t.field({
    type: pluginPayload("UpdateRegisteredPluginPayload"),
    description:
      "Changes a registered plugin: its URL, versions (AUTO webhooks move to a new latest at once, its init run again), secret, ... Needs tenant:admin.",
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: UpdateRegisteredPluginInput, required: true, description: "What to change." }) },
    resolve: async (_root, { input }, context) => {
      const { pluginId, ...changes } = input;
      const row = await context.stores.incoming.updateRegisteredPlugin(
        context.secretBox,
        context.tenantId,
        pluginId,
        changes,
      );
      const plugin = await context.plugins.find(row.tenantId, row.pluginId);
      const refused = await context.stores.incoming.moveAutoWebhooksToLatest(context.secretBox, plugin, row.tenantId);
      if (refused.length > 0) context.log.warn({ pluginId, refused }, "AUTO webhooks left on their version");
      return {
        plugin,
        url: row.url,
        secretHint: row.secretHint,
      };
    },
  }),
);

builder.mutationField("unregisterPlugin", (t) =>
  t.field({
    type: builder.objectRef<{ pluginId: string }>("UnregisterPluginPayload").implement({
      description: "What unregisterPlugin removed.",
      fields: (f) => ({ pluginId: f.exposeString("pluginId", { description: "The plugin's id." }) }),
    }),
    description: "Removes a registered plugin that no incoming webhook runs. Needs tenant:admin.",
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: {
      input: t.arg({
        type: builder.inputType("UnregisterPluginInput", {
          description: "Names a registered plugin.",
          fields: (f) => ({ pluginId: f.string({ required: true, description: "The plugin's id." }) }),
        }),
        required: true,
        description: "The plugin to remove.",
      }),
    },
    resolve: async (_root, { input }, context) => {
      await context.stores.incoming.unregisterPlugin(context.tenantId, input.pluginId);
      return { pluginId: input.pluginId };
    },
  }),
);
