// A tenant's registered plugins (registerPlugin), and the directory that finds a plugin by id among the
// built-in ones and the tenant's own.
import { z } from "zod";
import { IncomingAuthenticationType, type PrismaClient } from "../../generated/prisma/client.js";
import type { SecretBox } from "../../crypto/secret-box.js";
import { ConflictError, NotFoundError, ValidationError } from "../../common/errors.js";
import { isUniqueViolation } from "../../db/errors.js";
import { httpUrlSchema, parseInput, nameSchema } from "../../common/validation.js";
import { secretHint, signingSecretSchema } from "../../signing/signing-secrets.js";
import { ALL_AUTHENTICATION_TYPES, type Plugin } from "./plugin.js";
import { externalPlugin, type PluginCaller } from "./external-plugin.js";
import { PLUGINS } from "./index.js";

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;
const MAX_VERSIONS = 50;
export const DEFAULT_PLUGIN_TIMEOUT_SECONDS = 10;
export const MAX_PLUGIN_TIMEOUT_SECONDS = 30;

/** -1, 0 or 1 as semantic versions order (pre-releases are compared as text after the numbers). */
function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split("-")[0]!.split(".").map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index += 1)
    if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

const versionsSchema = z
  .array(z.string().regex(SEMVER, "must be a semantic version (1.2.3)"))
  .min(1, "must name at least one version")
  .max(MAX_VERSIONS, `must hold at most ${MAX_VERSIONS} versions`)
  .refine(
    (versions) => versions.every((version, index) => index === 0 || compareVersions(versions[index - 1]!, version) < 0),
    "must be in ascending order, each once",
  );

// A plugin's URL is its base: the calls add their own paths, so it carries no query or fragment.
const urlSchema = httpUrlSchema.refine((value) => {
  try {
    const url = new URL(value);
    return !url.search && !url.hash;
  } catch {
    return true; // not a URL: said once, by httpUrlSchema
  }
}, "must not have a query or fragment");

const pluginFields = {
  name: nameSchema,
  description: z.string().max(1024, "must be at most 1024 characters").nullish(),
  url: urlSchema,
  versions: versionsSchema,
  authentication: z.array(z.enum(IncomingAuthenticationType)).min(1, "must name at least one type").nullish(),
  secret: signingSecretSchema,
  timeoutSeconds: z
    .number()
    .int()
    .min(1, "must be at least 1")
    .max(MAX_PLUGIN_TIMEOUT_SECONDS, `must be at most ${MAX_PLUGIN_TIMEOUT_SECONDS}`)
    .nullish(),
};

const registerInput = z.object({
  pluginId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "must be 2-64 lowercase letters, digits and -, starting with a letter or digit")
    .refine((id) => !PLUGINS.some((plugin) => plugin.id === id), "is a built-in plugin's id"),
  ...pluginFields,
});

const updateInput = z.object({
  name: pluginFields.name.nullish(),
  description: pluginFields.description,
  url: urlSchema.nullish(),
  versions: versionsSchema.nullish(),
  authentication: pluginFields.authentication,
  secret: signingSecretSchema.nullish(),
  timeoutSeconds: pluginFields.timeoutSeconds,
});

export type RegisterPluginInput = z.input<typeof registerInput>;
export type UpdateRegisteredPluginInput = z.input<typeof updateInput>;

export async function registerPlugin(
  prisma: PrismaClient,
  secretBox: SecretBox,
  tenantId: string,
  input: RegisterPluginInput,
) {
  const parsed = parseInput(registerInput, input);
  try {
    return await prisma.registeredPlugin.create({
      data: {
        tenantId,
        pluginId: parsed.pluginId,
        name: parsed.name,
        description: parsed.description ?? "",
        url: parsed.url,
        versions: parsed.versions,
        authenticationTypes: parsed.authentication
          ? [...new Set(parsed.authentication)]
          : [...ALL_AUTHENTICATION_TYPES],
        secretCiphertext: secretBox.encrypt(parsed.secret),
        secretHint: secretHint(parsed.secret),
        timeoutMs: (parsed.timeoutSeconds ?? DEFAULT_PLUGIN_TIMEOUT_SECONDS) * 1000,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`A plugin with id "${parsed.pluginId}" is already registered.`);
    throw error;
  }
}

async function findRegistered(prisma: PrismaClient, tenantId: string, pluginId: string) {
  const row = await prisma.registeredPlugin.findUnique({ where: { tenantId_pluginId: { tenantId, pluginId } } });
  if (!row) throw new NotFoundError("Registered plugin");
  return row;
}

/**
 * Changes a registered plugin. New versions are what AUTO webhooks move to on their next updateWebhookPlugin;
 * a version a MANUAL or NONE webhook runs may not be dropped while it runs it.
 */
export async function updateRegisteredPlugin(
  prisma: PrismaClient,
  secretBox: SecretBox,
  tenantId: string,
  pluginId: string,
  input: UpdateRegisteredPluginInput,
) {
  const parsed = parseInput(updateInput, input);
  const current = await findRegistered(prisma, tenantId, pluginId);
  if (parsed.versions) {
    const pinned = await prisma.webhook.findMany({
      where: { tenantId, pluginId, pluginUpgradeMode: { not: "AUTO" } },
      select: { pluginVersion: true },
      distinct: ["pluginVersion"],
    });
    const dropped = pinned
      .map((webhook) => webhook.pluginVersion)
      .filter((version): version is string => version !== null && !parsed.versions?.includes(version));
    if (dropped.length > 0)
      throw ValidationError.of(
        ["input", "versions"],
        `must keep ${dropped.join(", ")}: webhooks with upgradeMode MANUAL or NONE run them`,
      );
  }
  return prisma.registeredPlugin.update({
    where: { id: current.id },
    data: {
      name: parsed.name ?? undefined,
      description: parsed.description ?? undefined,
      url: parsed.url ?? undefined,
      versions: parsed.versions ?? undefined,
      authenticationTypes: parsed.authentication ? [...new Set(parsed.authentication)] : undefined,
      ...(parsed.secret
        ? { secretCiphertext: secretBox.encrypt(parsed.secret), secretHint: secretHint(parsed.secret) }
        : {}),
      timeoutMs: parsed.timeoutSeconds ? parsed.timeoutSeconds * 1000 : undefined,
    },
  });
}

/** Removes a registered plugin no webhook runs. */
export async function unregisterPlugin(prisma: PrismaClient, tenantId: string, pluginId: string): Promise<void> {
  const current = await findRegistered(prisma, tenantId, pluginId);
  const users = await prisma.webhook.count({ where: { tenantId, pluginId } });
  if (users > 0)
    throw new ConflictError(
      `${users} incoming webhook(s) run the ${pluginId} plugin: delete them or move them to another plugin first.`,
    );
  await prisma.registeredPlugin.delete({ where: { id: current.id } });
}

/** Finds plugins by id: the built-in ones, then the tenant's registered ones. */
export class PluginDirectory {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly caller: PluginCaller,
  ) {}

  async find(tenantId: string, pluginId: string, path = ["input", "plugin", "pluginId"]): Promise<Plugin> {
    const builtIn = PLUGINS.find((plugin) => plugin.id === pluginId);
    if (builtIn) return builtIn;
    const row = await this.prisma.registeredPlugin.findUnique({ where: { tenantId_pluginId: { tenantId, pluginId } } });
    if (!row)
      throw ValidationError.of(
        path,
        `is not a known plugin (built in: ${PLUGINS.map((plugin) => plugin.id).join(", ")}; registered ones: see the plugins query)`,
      );
    return externalPlugin(row, this.caller);
  }

  /** Built-in plugins first, then the tenant's registered ones by id. */
  async list(tenantId: string): Promise<{ plugin: Plugin; url: string | null; secretHint: string | null }[]> {
    const rows = await this.prisma.registeredPlugin.findMany({ where: { tenantId }, orderBy: { pluginId: "asc" } });
    return [
      ...PLUGINS.map((plugin) => ({ plugin, url: null, secretHint: null })),
      ...rows.map((row) => ({ plugin: externalPlugin(row, this.caller), url: row.url, secretHint: row.secretHint })),
    ];
  }
}
