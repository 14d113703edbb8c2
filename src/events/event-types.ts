// The event type catalogue: every query on event_types and event_type_versions. A type has a name (the
// type events are published under), a description, a group, and versions: each a JSON Schema with
// examples that match it. A new schema is a new version, compared with the one before (BACKWARD or
// BREAKING, with what breaks); older versions stay readable.
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { EventType, EventTypeVersion, Prisma, PrismaClient } from "../generated/prisma/client.js";
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from "../common/errors.js";
import { boundedJson, jsonObjectSchema, parseInput } from "../common/validation.js";
import { isUniqueViolation } from "../db/errors.js";
import { jsonInput } from "../db/json-input.js";
import { eventTypeSchema, payloadSchema } from "./events.js";
import { breakingChanges, compileSchema, violationsOf, type JsonSchema } from "./event-type-schemas.js";

/** At most this many examples per version. */
export const MAX_EXAMPLES = 10;
/** A schema's size as JSON. */
export const MAX_SCHEMA_BYTES = 64 * 1024;

export const schemaField = boundedJson(
  jsonObjectSchema.superRefine((schema, context) => {
    const size = Buffer.byteLength(JSON.stringify(schema));
    if (size > MAX_SCHEMA_BYTES)
      context.addIssue({
        code: "custom",
        message: `must be at most ${MAX_SCHEMA_BYTES} bytes as JSON; this one is ${size}`,
      });
  }),
);
const examplesField = z.array(payloadSchema).max(MAX_EXAMPLES, `must hold at most ${MAX_EXAMPLES} examples`);
export const descriptionField = z.string().max(1024, "must be at most 1,024 characters");
export const groupField = z.string().min(1, "must not be empty").max(64, "must be at most 64 characters");

/** Where changes to a tenant's catalogue or its eventValidation are notified (payload: the tenant's id). */
export const CATALOGUE_CHANNEL = "hookrelay_catalogue";

/** The statement telling every process that `tenantId`'s catalogue changed, to run in the change's transaction. */
export const notifyCatalogueChanged = (prisma: Pick<PrismaClient, "$executeRaw">, tenantId: string) =>
  prisma.$executeRaw`SELECT pg_notify(${CATALOGUE_CHANNEL}, ${tenantId})`;

/** What publishing does with a payload that breaks its type's schema (the tenant's, or a type's own). */
export const EVENT_VALIDATION_MODES = ["OFF", "WARN", "REJECT"] as const;
export type EventValidationMode = (typeof EVENT_VALIDATION_MODES)[number];

const validationField = z.enum(EVENT_VALIDATION_MODES);

const createInput = z.object({
  name: eventTypeSchema,
  description: descriptionField.nullish(),
  group: groupField.nullish(),
  schema: schemaField,
  examples: examplesField.nullish(),
  validation: validationField.nullish(),
});
export type CreateEventTypeInput = z.input<typeof createInput>;

const updateInput = z.object({
  name: eventTypeSchema,
  description: descriptionField.nullish(),
  group: groupField.nullish(),
  schema: schemaField.nullish(),
  examples: examplesField.nullish(),
  validation: validationField.nullish(),
});
export type UpdateEventTypeInput = z.input<typeof updateInput>;

/** A version's schema and examples, parsed from their JSON columns. */
const versionContent = z.object({ schema: jsonObjectSchema, examples: z.array(jsonObjectSchema) });

export const schemaOf = (version: Pick<EventTypeVersion, "schema">): JsonSchema =>
  versionContent.shape.schema.parse(version.schema);
export const examplesOf = (version: Pick<EventTypeVersion, "examples">): JsonSchema[] =>
  versionContent.shape.examples.parse(version.examples);

/**
 * The problems of `schema`, and of `examples` against it, at the JSON pointer of each: under
 * `schemaPath`, and under `examplePath(index)` of each example.
 */
export function schemaAndExampleIssues(
  schema: JsonSchema,
  examples: JsonSchema[],
  schemaPath: string[],
  examplePath: (index: number) => string[],
): FieldIssue[] {
  const compiled = compileSchema(schema, schemaPath);
  if ("issues" in compiled) return compiled.issues;
  return examples.flatMap((example, index) => violationsOf(compiled.validate, example, examplePath(index)));
}

function checkSchemaAndExamples(schema: JsonSchema, examples: JsonSchema[]): void {
  const issues = schemaAndExampleIssues(schema, examples, ["input", "schema"], (index) => [
    "input",
    "examples",
    String(index),
  ]);
  if (issues.length > 0) throw new ValidationError(issues);
}

const notFound = (name: string) => new NotFoundError(`Event type "${name}"`);

/** A type's content as written: checked already. */
export interface EventTypeContent {
  name: string;
  description?: string | null;
  group?: string | null;
  schema: JsonSchema;
  examples: JsonSchema[];
  validation?: EventValidationMode | null;
}

const writeNewType = (tx: Prisma.TransactionClient, tenantId: string, content: EventTypeContent) =>
  tx.eventType.create({
    data: {
      tenantId,
      name: content.name,
      description: content.description ?? "",
      group: content.group,
      validation: content.validation,
      versions: {
        create: { version: 1, schema: jsonInput(content.schema), examples: content.examples.map(jsonInput) },
      },
    },
  });

type TypeWithLatest = EventType & { versions: EventTypeVersion[] };

/** A type's latest version, read with it. */
const withLatestVersion = { versions: { orderBy: { version: "desc" }, take: 1 } } as const;

/** The type named `name` with its latest version, or null. */
const findWithLatest = (db: Prisma.TransactionClient, tenantId: string, name: string) =>
  db.eventType.findUnique({ where: { tenantId_name: { tenantId, name } }, include: withLatestVersion });

/**
 * Writes a change to a type: a schema unlike the latest version's makes a new version (compared with
 * it); otherwise the examples replace the latest version's. Fields left undefined are unchanged.
 */
async function writeTypeChange(
  tx: Prisma.TransactionClient,
  found: TypeWithLatest,
  change: Omit<EventTypeContent, "name">,
): Promise<{ eventType: EventType; version: EventTypeVersion; newVersion: boolean }> {
  const [latest] = found.versions;
  // Every type is created with its first version, and versions are only added.
  if (!latest) throw new Error(`Event type "${found.name}" has no version.`);
  const previousSchema = schemaOf(latest);
  const newVersion = !isDeepStrictEqual(change.schema, previousSchema);
  const changes = newVersion ? breakingChanges(previousSchema, change.schema) : [];
  const eventType = await tx.eventType.update({
    where: { id: found.id },
    data: {
      ...(change.description != null ? { description: change.description } : {}),
      ...(change.group !== undefined ? { group: change.group } : {}),
      ...(change.validation !== undefined ? { validation: change.validation } : {}),
      // Touched by any change, so updatedAt says when the type last changed.
      updatedAt: new Date(),
    },
  });
  const version = newVersion
    ? await tx.eventTypeVersion.create({
        data: {
          eventTypeId: found.id,
          version: latest.version + 1,
          schema: jsonInput(change.schema),
          examples: change.examples.map(jsonInput),
          compatibility: changes.length > 0 ? "BREAKING" : "BACKWARD",
          breakingChanges: changes,
        },
      })
    : await tx.eventTypeVersion.update({
        where: { id: latest.id },
        data: { examples: change.examples.map(jsonInput) },
      });
  return { eventType, version, newVersion };
}

export async function createEventType(
  prisma: PrismaClient,
  tenantId: string,
  input: CreateEventTypeInput,
): Promise<EventType> {
  const { examples, ...content } = parseInput(createInput, input);
  checkSchemaAndExamples(content.schema, examples ?? []);
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await writeNewType(tx, tenantId, { ...content, examples: examples ?? [] });
      await notifyCatalogueChanged(tx, tenantId);
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`An event type named "${content.name}" exists.`);
    throw error;
  }
}

/**
 * Changes a type: a schema unlike the latest makes a new version (compared with it), examples alone
 * replace the latest version's. Examples left out are kept, and must match a new schema too.
 */
export async function updateEventType(
  prisma: PrismaClient,
  tenantId: string,
  input: UpdateEventTypeInput,
): Promise<{ eventType: EventType; version: EventTypeVersion; newVersion: boolean }> {
  const { name, schema, examples, ...fields } = parseInput(updateInput, input);
  const found = await findWithLatest(prisma, tenantId, name);
  const latest = found?.versions[0];
  if (!found || !latest) throw notFound(name);
  const nextSchema = schema ?? schemaOf(latest);
  const nextExamples = examples ?? examplesOf(latest);
  checkSchemaAndExamples(nextSchema, nextExamples);
  try {
    return await prisma.$transaction(async (tx) => {
      const updated = await writeTypeChange(tx, found, { ...fields, schema: nextSchema, examples: nextExamples });
      await notifyCatalogueChanged(tx, tenantId);
      return updated;
    });
  } catch (error) {
    throw concurrentChange(error);
  }
}

/** Two writes that made the same version (or type) at once: the later one is refused, to be tried again. */
const concurrentChange = (error: unknown) =>
  isUniqueViolation(error)
    ? new ConflictError("The event type was changed at the same time; nothing was written. Try again.")
    : error;

/** At most this many types in one importEventTypes. */
export const MAX_IMPORTED_TYPES = 500;

/**
 * Writes `types` (checked already) to the catalogue in one transaction: new names are created, the
 * others changed (a new version where the schema differs), those already as given left alone.
 */
export async function importEventTypes(
  prisma: PrismaClient,
  tenantId: string,
  types: EventTypeContent[],
): Promise<{ created: string[]; updated: string[]; unchanged: string[] }> {
  return prisma
    .$transaction(async (tx) => {
      const outcome = { created: [] as string[], updated: [] as string[], unchanged: [] as string[] };
      const existing = new Map(
        (
          await tx.eventType.findMany({
            where: { tenantId, name: { in: types.map((type) => type.name) } },
            include: withLatestVersion,
          })
        ).map((found) => [found.name, found]),
      );
      for (const content of types) {
        const found = existing.get(content.name);
        const latest = found?.versions[0];
        if (!found || !latest) {
          await writeNewType(tx, tenantId, content);
          outcome.created.push(content.name);
        } else if (
          isDeepStrictEqual(schemaOf(latest), content.schema) &&
          isDeepStrictEqual(examplesOf(latest), content.examples) &&
          (content.description ?? "") === found.description &&
          (content.group ?? null) === found.group
        ) {
          outcome.unchanged.push(content.name);
        } else {
          await writeTypeChange(tx, found, { ...content, group: content.group ?? null });
          outcome.updated.push(content.name);
        }
      }
      await notifyCatalogueChanged(tx, tenantId);
      return outcome;
    })
    .catch((error: unknown) => {
      throw concurrentChange(error);
    });
}

const deprecateInput = z.object({
  name: eventTypeSchema,
  deprecated: z.boolean().nullish(),
  reason: z.string().min(1, "must not be empty").max(1024, "must be at most 1,024 characters").nullish(),
});

/** Marks a type deprecated (with a reason), or not any more (`deprecated: false`). */
export async function deprecateEventType(
  prisma: PrismaClient,
  tenantId: string,
  input: z.input<typeof deprecateInput>,
): Promise<EventType> {
  const { name, deprecated, reason } = parseInput(deprecateInput, input);
  const eventType = await findEventType(prisma, tenantId, name);
  if (!eventType) throw notFound(name);
  const on = deprecated ?? true;
  return prisma.eventType.update({
    where: { id: eventType.id },
    data: on
      ? { deprecatedAt: eventType.deprecatedAt ?? new Date(), deprecationReason: reason ?? null }
      : { deprecatedAt: null, deprecationReason: null },
  });
}

const deleteInput = z.object({ name: eventTypeSchema, force: z.boolean().nullish() });

/**
 * Deletes a type and its versions. Refused (ConflictError) while webhooks subscribe to it by its exact
 * name, unless `force`: they keep receiving events of that type, which are no longer described.
 */
export async function deleteEventType(
  prisma: PrismaClient,
  tenantId: string,
  input: z.input<typeof deleteInput>,
): Promise<{ deletedName: string }> {
  const { name, force } = parseInput(deleteInput, input);
  const subscribers = await prisma.webhook.count({ where: { tenantId, eventTypes: { has: name } } });
  if (subscribers > 0 && !force)
    throw new ConflictError(
      `${subscribers} webhook(s) subscribe to "${name}" by name; delete with force to delete it anyway.`,
    );
  const [{ count }] = await prisma.$transaction([
    prisma.eventType.deleteMany({ where: { tenantId, name } }),
    notifyCatalogueChanged(prisma, tenantId),
  ]);
  if (count === 0) throw notFound(name);
  return { deletedName: name };
}

/**
 * Example `index` of the latest version of the type named `name`; with no index, its first example,
 * or null when the catalogue has no such type or it has no examples. An index that names no example is
 * a ValidationError at `path`.
 */
export async function exampleOf(
  prisma: PrismaClient,
  tenantId: string,
  name: string,
  index: number | null,
  path: string[],
): Promise<JsonSchema | null> {
  const found = await findWithLatest(prisma, tenantId, name);
  const latest = found?.versions[0];
  const examples = latest ? examplesOf(latest) : [];
  if (index === null) return examples[0] ?? null;
  const example = examples[index];
  if (example === undefined)
    throw ValidationError.of(
      path,
      found
        ? `"${name}" has ${examples.length} example(s) in the catalogue; ${index} names none (counting from 0)`
        : `"${name}" is not in the event type catalogue`,
    );
  return example;
}

/** Every type of the tenant's catalogue with its latest version, by name. */
export const listCatalogue = (prisma: PrismaClient, tenantId: string): Promise<TypeWithLatest[]> =>
  prisma.eventType.findMany({
    where: { tenantId },
    include: withLatestVersion,
    orderBy: { name: "asc" },
  });

/** The type named `name`, or null. */
export const findEventType = (prisma: PrismaClient, tenantId: string, name: string) =>
  prisma.eventType.findUnique({ where: { tenantId_name: { tenantId, name } } });

const filterInput = z.object({
  group: groupField.nullish(),
  deprecated: z.boolean().nullish(),
  search: z.string().max(200, "must be at most 200 characters").nullish(),
});
export type EventTypeFilter = z.input<typeof filterInput>;

/** Which of the tenant's types `filter` selects. */
export function eventTypeWhere(
  tenantId: string,
  filter: EventTypeFilter | null | undefined,
): Prisma.EventTypeWhereInput {
  const { group, deprecated, search } = parseInput(filterInput, filter ?? {}, ["filter"]);
  return {
    tenantId,
    ...(group != null ? { group } : {}),
    ...(deprecated != null ? { deprecatedAt: deprecated ? { not: null } : null } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" } },
            { description: { contains: search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** A page of the catalogue, by name: `page` is what the connection asks for (take, skip, cursor, select). */
export const listEventTypes = <Page extends Omit<Prisma.EventTypeFindManyArgs, "where" | "orderBy">>(
  prisma: PrismaClient,
  where: Prisma.EventTypeWhereInput,
  page: Page,
) => prisma.eventType.findMany({ ...page, where, orderBy: [{ name: "asc" }, { id: "asc" }] });

export const countEventTypes = (prisma: PrismaClient, where: Prisma.EventTypeWhereInput) =>
  prisma.eventType.count({ where });
