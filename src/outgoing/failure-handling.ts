// What counts as a failed delivery, how it is retried, and what happens when retries run out.
import { z } from "zod";
import { isOneOf } from "../common/validation.js";

export const RETRY_STRATEGY_TYPES = ["EXPONENTIAL", "LINEAR", "NONE"] as const;
export const FAILURE_TRIGGER_TYPES = [
  "HTTP_4XX",
  "HTTP_5XX",
  "TIMEOUT",
  "NETWORK_ERROR",
  "CONNECTION",
  "REFUSED",
] as const;

/** Failures that retrying cannot mend. */
const NEVER_RETRIED = ["BLOCKED_DESTINATION", "TRANSFORM_ERROR"] as const;

export type RetryStrategyType = (typeof RETRY_STRATEGY_TYPES)[number];
export type FailureTriggerType = (typeof FAILURE_TRIGGER_TYPES)[number];

/** A webhook's failure handling, as applyFailureHandlingPatch writes it whole to failure_handling. */
const failureHandlingSchema = z.object({
  retryStrategy: z.object({ type: z.enum(RETRY_STRATEGY_TYPES), intervalSeconds: z.number(), attempts: z.number() }),
  triggers: z.object({ types: z.array(z.enum(FAILURE_TRIGGER_TYPES)), statusCodes: z.array(z.number()) }),
  divert: z.boolean(),
  suspend: z.boolean(),
  suspendAfterConsecutiveFailures: z.number(),
  timeoutSeconds: z.number(),
});

export type FailureHandling = z.output<typeof failureHandlingSchema>;

/**
 * Exponential retries from 60 s, 8 of them: about 1m, 2m, 4m, 8m, 16m, 32m, 64m and 128m after each
 * failure (each ±20% jitter), so a delivery is retried for roughly 4 h 15 min before it is diverted.
 */
export const DEFAULT_FAILURE_HANDLING: FailureHandling = {
  retryStrategy: { type: "EXPONENTIAL", intervalSeconds: 60, attempts: 8 },
  triggers: { types: [...FAILURE_TRIGGER_TYPES], statusCodes: [] },
  divert: true,
  suspend: true,
  suspendAfterConsecutiveFailures: 5,
  timeoutSeconds: 15,
};

const unique = <T>(values: T[]) => [...new Set(values)];

/** The numeric settings, with their limits (the API's descriptions quote them). */
export const failureHandlingNumbers = {
  intervalSeconds: z.number().int().min(1, "must be at least 1").max(86_400, "must be at most 86400 (one day)"),
  attempts: z.number().int().min(0, "must not be negative").max(20, "must be at most 20"),
  suspendAfterConsecutiveFailures: z.number().int().min(1, "must be at least 1").max(1000, "must be at most 1000"),
  timeoutSeconds: z.number().int().min(1, "must be 1-30").max(30, "must be 1-30"),
};

/** A partial failure handling, as given in create and update inputs; unset fields keep their value. */
export const failureHandlingPatch = z
  .object({
    retryStrategy: z
      .object({
        type: z.enum(RETRY_STRATEGY_TYPES).nullish(),
        intervalSeconds: failureHandlingNumbers.intervalSeconds.nullish(),
        attempts: failureHandlingNumbers.attempts.nullish(),
      })
      .nullish(),
    triggers: z
      .object({
        types: z
          .array(z.enum([...FAILURE_TRIGGER_TYPES, ...NEVER_RETRIED]))
          .refine(
            (types) => !types.includes("BLOCKED_DESTINATION"),
            "must not include BLOCKED_DESTINATION: a blocked destination is never retried",
          )
          .refine(
            (types) => !types.includes("TRANSFORM_ERROR"),
            "must not include TRANSFORM_ERROR: an expression fails the same way again; fix it and redeliver",
          )
          .transform((types) =>
            unique(types.filter((type): type is FailureTriggerType => !isOneOf(NEVER_RETRIED, type))),
          )
          .nullish(),
        statusCodes: z
          .array(
            z
              .number()
              .int()
              .min(100, "must be an HTTP status code (100-599)")
              .max(599, "must be an HTTP status code (100-599)"),
          )
          .max(100)
          .transform(unique)
          .nullish(),
      })
      .nullish(),
    divert: z.boolean().nullish(),
    suspend: z.boolean().nullish(),
    suspendAfterConsecutiveFailures: failureHandlingNumbers.suspendAfterConsecutiveFailures.nullish(),
    timeoutSeconds: failureHandlingNumbers.timeoutSeconds.nullish(),
  })
  .nullish();

export type FailureHandlingPatch = z.output<typeof failureHandlingPatch>;

export function applyFailureHandlingPatch(base: FailureHandling, patch: FailureHandlingPatch): FailureHandling {
  if (!patch) return base;
  return {
    retryStrategy: {
      type: patch.retryStrategy?.type ?? base.retryStrategy.type,
      intervalSeconds: patch.retryStrategy?.intervalSeconds ?? base.retryStrategy.intervalSeconds,
      attempts: patch.retryStrategy?.attempts ?? base.retryStrategy.attempts,
    },
    triggers: {
      types: patch.triggers?.types ?? base.triggers.types,
      statusCodes: patch.triggers?.statusCodes ?? base.triggers.statusCodes,
    },
    divert: patch.divert ?? base.divert,
    suspend: patch.suspend ?? base.suspend,
    suspendAfterConsecutiveFailures: patch.suspendAfterConsecutiveFailures ?? base.suspendAfterConsecutiveFailures,
    timeoutSeconds: patch.timeoutSeconds ?? base.timeoutSeconds,
  };
}

/** The failure_handling column, read: null means the defaults. */
export const storedFailureHandling = failureHandlingSchema
  .nullable()
  .transform((stored) => stored ?? DEFAULT_FAILURE_HANDLING);
