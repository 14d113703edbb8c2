// Creating and changing incoming webhooks: a secret URL per webhook and the plugin that reads what
// arrives there.
import { projectToWrite, refuseOtherProject, type Owner } from "../auth/owner.js";
import { z } from "zod";
import {
  type IncomingAuthenticationType,
  type PluginUpgradeMode,
  type PrismaClient,
  type Webhook,
} from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { ValidationError, messageOf } from "../common/errors.js";
import { boundedJson, parseInput, nameSchema, jsonObjectSchema, projectIdSchema } from "../common/validation.js";
import { enabledColumns, rethrowDuplicateName, tagsSchema, type WithUncheckedTags } from "../webhooks/webhooks.js";
import { findPluginVersion, latestVersion, runningVersion } from "./plugins/index.js";
import type { PluginDirectory } from "./plugins/registered-plugins.js";
import { PluginOptionsError, type Plugin, type PluginVersion } from "./plugins/plugin.js";
import { newAccessKeyColumns } from "../webhooks/access-keys.js";
import { jsonObjectColumn } from "../db/sql.js";
import { jsonInput } from "../db/json-input.js";
import { findIncomingWebhook, incomingWebhookOf } from "./incoming-webhook-row.js";
import { authenticationColumns, secretDataOf, type AuthenticationInput } from "./request-authentication.js";

const upgradeModeSchema = z.enum(["AUTO", "MANUAL", "NONE"]);

const pluginInput = z.object({
  pluginId: z.string().min(1, "must not be empty"),
  version: z.string().nullish(),
  options: jsonObjectSchema.nullish(),
  upgradeMode: upgradeModeSchema.nullish(),
});

// Checked field by field for its type by authenticationColumns.
const authenticationInput = z.custom<AuthenticationInput>(
  (value) => typeof value === "object" && value !== null && "type" in value,
  "must be an object with a type",
);

const createIncomingWebhookInput = z.object({
  name: nameSchema,
  plugin: pluginInput,
  authentication: authenticationInput.nullish(),
  enabled: z.boolean().nullish(),
  projectId: projectIdSchema.nullish(),
  tags: tagsSchema.nullish(),
});

const updateIncomingWebhookInput = z.object({
  name: nameSchema.nullish(),
  authentication: authenticationInput.nullish(),
  projectId: projectIdSchema.nullish(),
  tags: tagsSchema.nullish(),
});

const updateWebhookPluginInput = z.object({
  version: z.string().nullish(),
  options: jsonObjectSchema.nullish(),
  upgradeMode: upgradeModeSchema.nullish(),
});

export type CreateIncomingWebhookInput = WithUncheckedTags<z.input<typeof createIncomingWebhookInput>>;
export type UpdateIncomingWebhookInput = WithUncheckedTags<z.input<typeof updateIncomingWebhookInput>>;
export type UpdateWebhookPluginInput = z.input<typeof updateWebhookPluginInput>;

interface PluginAuthentication {
  authenticationType: IncomingAuthenticationType;
  authenticationSettings: unknown;
  authenticationSecretCiphertext: string | null;
}

/** Refuses an authentication type the version's senders cannot use (the plugin's secret_data schema). */
function checkAuthentication(
  plugin: Plugin,
  version: PluginVersion,
  type: IncomingAuthenticationType,
  path: string[],
): void {
  if (!version.authentication.includes(type)) {
    throw ValidationError.of(
      path,
      `is ${type}, which the ${plugin.id} plugin (${version.version}) does not support: it supports ${version.authentication.join(", ")}`,
    );
  }
}

/** Runs a plugin's init or verify, its refusal becoming a validation error at `path`. */
async function askPlugin<T>(run: () => Promise<T>, path: string[]): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PluginOptionsError) throw ValidationError.of(path, error.message);
    throw error;
  }
}

/**
 * Checks the options against the version's schema and the authentication against what it supports,
 * then runs `verify` and `init` (over HTTP for a registered plugin); returns what to store.
 */
async function configurePlugin(
  plugin: Plugin,
  version: PluginVersion,
  options: Record<string, unknown>,
  authentication: PluginAuthentication,
  secretBox: SecretBox,
  paths: { options: string[]; authentication: string[] },
) {
  const parsed = jsonObjectColumn.parse(parseInput(boundedJson(version.optionsSchema), options, paths.options));
  checkAuthentication(plugin, version, authentication.authenticationType, paths.authentication);
  const secretData = secretDataOf(authentication, secretBox);
  const metadata = await askPlugin(async () => {
    await version.verify(parsed, secretData);
    return version.init(parsed, secretData);
  }, paths.options);
  return {
    pluginVersion: version.version,
    pluginOptions: jsonInput(parsed),
    pluginMetadata: jsonInput(metadata),
  };
}

function chooseVersion(
  plugin: Plugin,
  mode: PluginUpgradeMode,
  requested: string | null | undefined,
  path: string[],
): PluginVersion {
  if (mode === "MANUAL" && !requested) throw ValidationError.of(path, "is required when upgradeMode is MANUAL");
  if (mode === "AUTO" && requested && requested !== latestVersion(plugin).version) {
    throw ValidationError.of(
      path,
      `must be the latest (${latestVersion(plugin).version}) or left out when upgradeMode is AUTO`,
    );
  }
  return requested ? findPluginVersion(plugin, requested, path) : latestVersion(plugin);
}

export async function createIncomingWebhook(
  prisma: PrismaClient,
  secretBox: SecretBox,
  plugins: PluginDirectory,
  owner: Owner,
  input: CreateIncomingWebhookInput,
): Promise<Webhook> {
  const parsed = parseInput(createIncomingWebhookInput, input);
  const projectId = projectToWrite(owner, parsed.projectId, ["input", "projectId"]);
  const plugin = await plugins.find(owner.tenantId, parsed.plugin.pluginId);
  const upgradeMode = parsed.plugin.upgradeMode ?? "AUTO";
  const version = chooseVersion(plugin, upgradeMode, parsed.plugin.version, ["input", "plugin", "version"]);
  const authentication = authenticationColumns(parsed.authentication ?? { type: "NONE" }, secretBox, [
    "input",
    "authentication",
  ]);
  const configured = await configurePlugin(plugin, version, parsed.plugin.options ?? {}, authentication, secretBox, {
    options: ["input", "plugin", "options"],
    authentication: ["input", "authentication", "type"],
  });
  return rethrowDuplicateName(
    prisma.webhook.create({
      data: {
        tenantId: owner.tenantId,
        kind: "INCOMING",
        name: parsed.name,
        ...enabledColumns(parsed.enabled ?? true),
        projectId,
        tags: parsed.tags ?? {},
        eventTypes: [],
        ...newAccessKeyColumns(secretBox),
        pluginId: plugin.id,
        pluginUpgradeMode: upgradeMode,
        capability: jsonInput(version.capability),
        ...configured,
        ...authentication,
      },
    }),
    parsed.name,
  );
}

/**
 * Applies a partial update; a given `authentication` replaces the stored one whole (its secret too),
 * once the plugin supports its type and its verify accepts it.
 */
export async function updateIncomingWebhook(
  prisma: PrismaClient,
  secretBox: SecretBox,
  plugins: PluginDirectory,
  owner: Owner,
  webhookId: string,
  input: UpdateIncomingWebhookInput,
): Promise<Webhook> {
  const parsed = parseInput(updateIncomingWebhookInput, input);
  const current = await findIncomingWebhook(prisma, owner, webhookId);
  refuseOtherProject(owner, parsed.projectId, ["input", "projectId"]);
  const { tenantId } = owner;
  const name = parsed.name ?? current.name;
  const authentication = parsed.authentication
    ? authenticationColumns(parsed.authentication, secretBox, ["input", "authentication"])
    : null;
  if (authentication) {
    const plugin = await plugins.find(tenantId, current.pluginId, ["input", "id"]);
    const version = runningVersion(plugin, current);
    checkAuthentication(plugin, version, authentication.authenticationType, ["input", "authentication", "type"]);
    await askPlugin(
      () => version.verify(current.pluginOptions, secretDataOf(authentication, secretBox)),
      ["input", "authentication"],
    );
  }
  return rethrowDuplicateName(
    prisma.webhook.update({
      where: { id: current.id },
      data: { name, projectId: parsed.projectId ?? undefined, tags: parsed.tags ?? undefined, ...authentication },
    }),
    name,
  );
}

/**
 * Changes the plugin's version, options or upgrade mode and runs `init` again. AUTO moves to the
 * latest version; MANUAL needs a version; NONE keeps the version (none may be given).
 */
export async function updateWebhookPlugin(
  prisma: PrismaClient,
  secretBox: SecretBox,
  plugins: PluginDirectory,
  owner: Owner,
  webhookId: string,
  input: UpdateWebhookPluginInput,
): Promise<Webhook> {
  const parsed = parseInput(updateWebhookPluginInput, input);
  const current = await findIncomingWebhook(prisma, owner, webhookId);
  const plugin = await plugins.find(owner.tenantId, current.pluginId, ["input", "id"]);
  const upgradeMode = parsed.upgradeMode ?? current.pluginUpgradeMode;
  let version: PluginVersion;
  if (upgradeMode === "NONE") {
    if (parsed.version && parsed.version !== current.pluginVersion)
      throw ValidationError.of(
        ["input", "version"],
        "cannot change while upgradeMode is NONE; set upgradeMode MANUAL or AUTO",
      );
    version = runningVersion(plugin, current);
  } else {
    version = chooseVersion(
      plugin,
      upgradeMode,
      parsed.version ?? (upgradeMode === "MANUAL" && !parsed.upgradeMode ? current.pluginVersion : null),
      ["input", "version"],
    );
  }
  const options = parsed.options ?? current.pluginOptions;
  return prisma.webhook.update({
    where: { id: current.id },
    data: {
      pluginUpgradeMode: upgradeMode,
      ...(await configurePlugin(plugin, version, options, current, secretBox, {
        options: ["input", "options"],
        authentication: ["input", "version"],
      })),
    },
  });
}

/** Whether the webhook's plugin accepts its current options and authentication. */
export async function verifyWebhookPlugin(
  prisma: PrismaClient,
  secretBox: SecretBox,
  plugins: PluginDirectory,
  owner: Owner,
  webhookId: string,
): Promise<{ ok: boolean; message: string }> {
  const webhook = await findIncomingWebhook(prisma, owner, webhookId);
  const plugin = await plugins.find(owner.tenantId, webhook.pluginId, ["input", "id"]);
  const version = runningVersion(plugin, webhook);
  try {
    checkAuthentication(plugin, version, webhook.authenticationType, ["authentication", "type"]);
    await version.verify(
      parseInput(version.optionsSchema, webhook.pluginOptions, ["options"]),
      secretDataOf(webhook, secretBox),
    );
    return { ok: true, message: `${plugin.id} ${version.version} accepts the options.` };
  } catch (error) {
    return { ok: false, message: `${plugin.id} ${version.version} rejects the options: ${messageOf(error)}` };
  }
}

/**
 * Moves the AUTO webhooks running `plugin` (of `tenantId`; of every tenant for a built-in plugin) to
 * its latest version, running its `init` again, so that what they run and `plugin.version` agree.
 * A webhook whose plugin refuses stays on its version (it runs it while the plugin offers it) and is
 * returned with the reason.
 */
export async function moveAutoWebhooksToLatest(
  prisma: PrismaClient,
  secretBox: SecretBox,
  plugin: Plugin,
  tenantId?: string,
): Promise<{ webhookId: string; reason: string }[]> {
  const latest = latestVersion(plugin);
  const behind = await prisma.webhook.findMany({
    where: {
      ...(tenantId ? { tenantId } : {}),
      kind: "INCOMING",
      pluginId: plugin.id,
      pluginUpgradeMode: "AUTO",
      pluginVersion: { not: latest.version },
    },
  });
  const refused: { webhookId: string; reason: string }[] = [];
  for (const row of behind) {
    const webhook = incomingWebhookOf(row);
    try {
      const configured = await configurePlugin(plugin, latest, webhook.pluginOptions, webhook, secretBox, {
        options: ["plugin", "options"],
        authentication: ["authentication", "type"],
      });
      await prisma.webhook.update({ where: { id: webhook.id }, data: configured });
    } catch (error) {
      refused.push({ webhookId: webhook.id, reason: messageOf(error) });
    }
  }
  return refused;
}

/** A new access key: the old URL stops working at once. */
export async function regenerateAccessKey(
  prisma: PrismaClient,
  secretBox: SecretBox,
  owner: Owner,
  webhookId: string,
): Promise<Webhook> {
  const current = await findIncomingWebhook(prisma, owner, webhookId);
  return prisma.webhook.update({ where: { id: current.id }, data: newAccessKeyColumns(secretBox) });
}
