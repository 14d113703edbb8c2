// Checking published payloads against the catalogue. Each process keeps, per tenant, its mode and the
// latest schema version of each type, dropped when a change is notified (CATALOGUE_CHANNEL, sent in
// the change's transaction), and one compiled validator per schema version, shared by every tenant and
// call: versions never change their schema, so a validator never goes stale.
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client.js";
import { ValidationError, type FieldIssue } from "../common/errors.js";
import { compileSchema, violationsOf } from "./event-type-schemas.js";
import { EVENT_VALIDATION_MODES, schemaOf, type EventValidationMode } from "./event-types.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { BUILT_IN_EVENT_TYPES, patternsMatching } from "../webhooks/event-types.js";

/** Re-read a tenant's catalogue after this even without a notification (one lost with a connection). */
export const CATALOGUE_CACHE_MS = 60_000;

interface TenantCatalogue {
  mode: EventValidationMode;
  rejectUnknown: boolean;
  /** By type name: the latest version's id, and the type's own mode. */
  types: Map<string, { versionId: string; mode: EventValidationMode | null }>;
}

const catalogueRow = z.object({
  eventValidation: z.enum(EVENT_VALIDATION_MODES),
  rejectUnknownEventTypes: z.boolean(),
  eventTypes: z.array(
    z.object({
      name: z.string(),
      validation: z.enum(EVENT_VALIDATION_MODES).nullable(),
      versions: z.array(z.object({ id: z.string() })),
    }),
  ),
});

const MAX_CACHED_TENANTS = 10_000;
const MAX_CACHED_VALIDATORS = 5_000;

/** Sets `key` in a cache that starts over when full: what is in use is soon read again. */
function remember<Value>(cache: Map<string, Value>, key: string, value: Value, max: number): void {
  if (cache.size >= max) cache.clear();
  cache.set(key, value);
}

/** An event to check: its type and payload, and where it is in the call (["input"], ["input", "events", "3"]). */
export interface EventToCheck {
  type: string;
  payload: unknown;
  path: string[];
}

export class EventCatalogue {
  // Promises, so that concurrent publishes share one read and one compilation.
  private readonly tenants = new Map<string, { reading: Promise<TenantCatalogue>; since: number }>();
  private readonly validators = new Map<string, Promise<ValidateFunction>>();

  constructor(
    private readonly prisma: PrismaClient,
    /** Told of each event whose payload broke its schema, and what was done with it (for metrics). */
    private readonly onViolation: (mode: "WARN" | "REJECT") => void = () => undefined,
  ) {}

  /** Forgets `tenantId`'s catalogue (on its notification): the next publish reads it again. */
  changed(tenantId: string): void {
    this.tenants.delete(tenantId);
  }

  /**
   * Checks each event's payload against its type's latest schema. REJECT (and an unknown type when the
   * tenant refuses those) throws one ValidationError naming every problem at its path into the call;
   * WARN answers the violations of each event (null where there are none); OFF checks nothing.
   */
  async check(tenantId: string, events: EventToCheck[]): Promise<(FieldIssue[] | null)[]> {
    const catalogue = await this.catalogueOf(tenantId);
    const modeOf = (known: { mode: EventValidationMode | null }) => known.mode ?? catalogue.mode;
    // Each schema version's validator awaited once per call, then every event checked in one pass.
    const versionIds = new Set<string>();
    for (const { type } of events) {
      const known = catalogue.types.get(type);
      if (known && modeOf(known) !== "OFF") versionIds.add(known.versionId);
    }
    const validators = new Map(
      await Promise.all([...versionIds].map(async (id) => [id, await this.validatorOf(id)] as const)),
    );
    const rejected: FieldIssue[] = [];
    // Each event's outcome in call order, so the issues come in the order of the events.
    const warned = events.map(({ type, payload, path }): FieldIssue[] | null => {
      const known = catalogue.types.get(type);
      if (!known) {
        if (catalogue.rejectUnknown)
          rejected.push({ path: [...path, "type"], message: `"${type}" is not in the event type catalogue` });
        return null;
      }
      const mode = modeOf(known);
      const validate = validators.get(known.versionId);
      // Valid payloads, the common case, cost the validator's call and nothing more.
      if (mode === "OFF" || !validate || validate(payload)) return null;
      const issues = violationsOf(validate, payload, [...path, "payload"]);
      this.onViolation(mode);
      if (mode === "REJECT") rejected.push(...issues);
      return issues;
    });
    if (rejected.length > 0) throw new ValidationError(rejected);
    return warned;
  }

  /**
   * The subscription patterns (a webhook's eventTypes) that match no type of the tenant's catalogue
   * and none the service publishes itself. None while the catalogue is empty: the tenant keeps none.
   */
  async unknownPatterns(tenantId: string, patterns: readonly string[]): Promise<string[]> {
    const { types } = await this.catalogueOf(tenantId);
    if (types.size === 0) return [];
    const matched = new Set([...types.keys(), ...BUILT_IN_EVENT_TYPES].flatMap(patternsMatching));
    return patterns.filter((pattern) => !matched.has(pattern));
  }

  private catalogueOf(tenantId: string): Promise<TenantCatalogue> {
    const cached = this.tenants.get(tenantId);
    if (cached && Date.now() - cached.since < CATALOGUE_CACHE_MS) return cached.reading;
    const reading = this.readCatalogue(tenantId);
    remember(this.tenants, tenantId, { reading, since: Date.now() }, MAX_CACHED_TENANTS);
    // A failed read is not kept: the next publish tries again.
    reading.catch(() => {
      if (this.tenants.get(tenantId)?.reading === reading) this.tenants.delete(tenantId);
    });
    return reading;
  }

  private async readCatalogue(tenantId: string): Promise<TenantCatalogue> {
    const row = catalogueRow.parse(
      await this.prisma.tenant.findUniqueOrThrow({
        where: { id: tenantId },
        select: {
          eventValidation: true,
          rejectUnknownEventTypes: true,
          eventTypes: {
            select: {
              name: true,
              validation: true,
              versions: { select: { id: true }, orderBy: { version: "desc" }, take: 1 },
            },
          },
        },
      }),
    );
    const catalogue: TenantCatalogue = {
      mode: row.eventValidation,
      rejectUnknown: row.rejectUnknownEventTypes,
      types: new Map(
        row.eventTypes.flatMap(({ name, validation, versions: [latest] }) =>
          latest ? [[name, { versionId: latest.id, mode: validation }] as const] : [],
        ),
      ),
    };
    return catalogue;
  }

  private validatorOf(versionId: string): Promise<ValidateFunction> {
    const cached = this.validators.get(versionId);
    if (cached) return cached;
    const compiling = this.compile(versionId);
    remember(this.validators, versionId, compiling, MAX_CACHED_VALIDATORS);
    compiling.catch(() => {
      if (this.validators.get(versionId) === compiling) this.validators.delete(versionId);
    });
    return compiling;
  }

  private async compile(versionId: string): Promise<ValidateFunction> {
    const version = await this.prisma.eventTypeVersion.findUniqueOrThrow({
      where: { id: versionId },
      select: { schema: true },
    });
    const compiled = compileSchema(schemaOf(version), []);
    if ("validate" in compiled) return compiled.validate;
    // Saved schemas compiled when saved; one that no longer does (a newer ajv) checks nothing.
    const acceptsAll = compileSchema({}, []);
    if (!("validate" in acceptsAll)) throw new Error("the empty schema does not compile");
    return acceptsAll.validate;
  }
}
