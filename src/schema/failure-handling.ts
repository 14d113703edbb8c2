import { builder } from "./builder.js";
import { FailureTriggerEnum } from "./enums.js";
import { RETRY_STRATEGY_TYPES, failureHandlingNumbers, type FailureHandling } from "../outgoing/failure-handling.js";
import { valueRange } from "./limits.js";

export const RetryStrategyTypeEnum = builder.enumType("RetryStrategyType", {
  description: "How the wait between retries grows (each wait varies by ±20%).",
  values: {
    EXPONENTIAL: { description: "Each wait doubles: interval, 2x interval, 4x interval, ..." },
    LINEAR: { description: "Each wait grows by the interval: interval, 2x interval, 3x interval, ..." },
    NONE: { description: "No retries: the first failure is final." },
  } satisfies Record<(typeof RETRY_STRATEGY_TYPES)[number], unknown>,
});

const RetryStrategyRef = builder.objectRef<FailureHandling["retryStrategy"]>("RetryStrategy").implement({
  description: "When failed attempts are retried.",
  fields: (t) => ({
    type: t.expose("type", { type: RetryStrategyTypeEnum, description: "How the waits grow." }),
    intervalSeconds: t.int({
      nullable: true,
      description:
        "Null with type NONE, which waits for nothing (the stored interval applies again if the type changes).",
      resolve: (strategy) => (strategy.type === "NONE" ? null : strategy.intervalSeconds),
    }),
    attempts: t.int({
      description: "Retries after the first attempt: 0 with type NONE.",
      resolve: (strategy) => (strategy.type === "NONE" ? 0 : strategy.attempts),
    }),
  }),
});

const FailureTriggersRef = builder.objectRef<FailureHandling["triggers"]>("FailureTriggers").implement({
  description: "Which failures are retried. A failure not listed here ends the delivery at once.",
  fields: (t) => ({
    types: t.expose("types", {
      type: [FailureTriggerEnum],
      description: "The kinds of failure that are retried; others end the delivery at once.",
    }),
    statusCodes: t.exposeIntList("statusCodes", {
      description: "Status codes retried even when their class is not in types.",
    }),
  }),
});

export const FailureHandlingRef = builder.objectRef<FailureHandling>("FailureHandling").implement({
  description:
    "Default: exponential retries from 60 s, 8 retries (about 1m, 2m, 4m, 8m, 16m, 32m, 64m, 128m, each with ±20% jitter), on every trigger; exhausted deliveries are diverted; 5 exhausted deliveries in a row suspend the webhook; 15 s timeout.",
  fields: (t) => ({
    retryStrategy: t.field({
      type: RetryStrategyRef,
      description: "When to retry.",
      resolve: (handling) => handling.retryStrategy,
    }),
    triggers: t.field({
      type: FailureTriggersRef,
      description: "Which failures are retried.",
      resolve: (handling) => handling.triggers,
    }),
    divert: t.exposeBoolean("divert", {
      description: "Keep deliveries that exhausted their retries as diverted, for resending.",
    }),
    suspend: t.exposeBoolean("suspend", {
      description: "Suspend the webhook after suspendAfterConsecutiveFailures deliveries in a row failed for good.",
    }),
    suspendAfterConsecutiveFailures: t.exposeInt("suspendAfterConsecutiveFailures", {
      description: "How many deliveries in a row must fail for good to suspend it.",
    }),
    timeoutSeconds: t.exposeInt("timeoutSeconds", {
      description: "How long an attempt may take, in seconds, before it fails with TIMEOUT.",
    }),
  }),
});

const RetryStrategyInput = builder.inputType("RetryStrategyInput", {
  description: "When failed attempts are retried; fields left out keep their value.",
  fields: (t) => ({
    type: t.field({ type: RetryStrategyTypeEnum, description: "How the waits grow." }),
    intervalSeconds: t.int({ description: `${valueRange(failureHandlingNumbers.intervalSeconds)}.` }),
    attempts: t.int({
      description: `Retries after the first attempt, ${valueRange(failureHandlingNumbers.attempts)}.`,
    }),
  }),
});

const FailureTriggersInput = builder.inputType("FailureTriggersInput", {
  description: "Which failures are retried; fields left out keep their value.",
  fields: (t) => ({
    types: t.field({ type: [FailureTriggerEnum], description: "The kinds of failure to retry." }),
    statusCodes: t.intList({
      description: "Status codes (100-599, at most 100) retried even when their class is not in types.",
    }),
  }),
});

export const FailureHandlingInput = builder.inputType("FailureHandlingInput", {
  description: "Fields left out keep their current (or default) value.",
  fields: (t) => ({
    retryStrategy: t.field({ type: RetryStrategyInput, description: "When to retry." }),
    triggers: t.field({ type: FailureTriggersInput, description: "Which failures are retried." }),
    divert: t.boolean({
      description: "Keep deliveries that exhausted their retries as diverted (true) or discard them (false).",
    }),
    suspend: t.boolean({ description: "Suspend the webhook after too many failed deliveries in a row." }),
    suspendAfterConsecutiveFailures: t.int({
      description: `${valueRange(failureHandlingNumbers.suspendAfterConsecutiveFailures)}.`,
    }),
    timeoutSeconds: t.int({ description: `${valueRange(failureHandlingNumbers.timeoutSeconds)}.` }),
  }),
});
