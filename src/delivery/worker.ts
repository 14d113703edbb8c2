// The delivery worker: claims due deliveries, attempts each with bounded concurrency, records the
// outcome. Woken at once when deliveries are queued (NOTIFY, or wake() in process), otherwise polls.
import { setMaxListeners } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { RunSql } from "../db/sql.js";
import type { SecretBox } from "../crypto/secret-box.js";
import type { Logger } from "../common/logger.js";
import {
  claimDueDeliveries,
  QueueWindow,
  DeliveryTargets,
  divertClaimed,
  recordAttempts,
  releaseClaims,
  type AttemptRecord,
  type ClaimedDelivery,
  type Claims,
  type RecordedAttempt,
} from "./delivery-queue.js";
import type { AttemptOutcome } from "./http-sender.js";
import { nextStep, type NextStep } from "./retry-schedule.js";
import { attemptDelivery, type DeliverySenders } from "./attempt.js";
import { DISABLED_DIVERT_REASON, SUSPENDED_DIVERT_REASON } from "../events/events.js";
import { BatchWriter } from "../db/batch-writer.js";
import type { ServiceMetrics } from "../metrics/metrics.js";
import { SpanKind, SpanStatusCode, activeTraceId, inSpan, type Tracing } from "../tracing/tracing.js";
import type { Span } from "@opentelemetry/api";

export interface DeliveryWorkerOptions {
  /** Deliveries attempted at the same time. */
  concurrency: number;
  /** How often to look for due deliveries when nothing wakes the worker (retries coming due). */
  pollIntervalMs: number;
  /** Lease beyond the webhook's timeout, covering the time to record the outcome. */
  leaseSeconds: number;
  /**
   * Keep the gap after every claim that found something, however little (see BATCHING_FROM): on
   * PGlite, where claims share the API's one connection and a claim per event holds publishes up.
   */
  gapAfterEveryClaim?: boolean;
  /**
   * Called when a claim came back full (more is due than this worker took), at most once per
   * HELP_GAP_MS: where publishes wake one worker only, the others are asked to help.
   */
  onBacklog?: () => void;
}

const MAX_WRITE_BATCH = 200;
/**
 * While busy, attempts are written at most this often and claims made at most this often: each
 * statement costs PostgreSQL about as much to plan as to run, so a few larger ones beat many small
 * ones. Idle, the first attempt is written and the first claim made at once.
 */
const WRITE_GAP_MS = 20;
const CLAIM_GAP_MS = 10;
/**
 * A claim that found fewer deliveries than this says the queue is short: the next claim is made as
 * soon as something is due, without the gap, since waiting would only add latency (at one delivery
 * per event, 200 events/s, the gap was most of the publish-to-receipt time).
 */
const BATCHING_FROM = 8;
/** A helper keeps claiming while its own claims come back full: one call for help per this long is enough. */
const HELP_GAP_MS = 100;
/**
 * A rate-limited webhook held back is looked at again when its next token is due, but not sooner
 * than this: each claim plans its statement afresh (a few ms on PostgreSQL), so a claim per token
 * would cost that per delivery.
 */
const MIN_TOKEN_WAIT_MS = 100;

/** An attempt's span attributes: the receiver's URL without its query (it may hold a token). */
function attemptAttributes(claim: ClaimedDelivery, attempt: number) {
  const url = claim.target.url && URL.canParse(claim.target.url) ? new URL(claim.target.url) : null;
  return {
    "http.request.method": "POST",
    ...(url ? { "url.full": `${url.origin}${url.pathname}`, "server.address": url.hostname } : {}),
    "hookrelay.webhook.id": claim.webhookId,
    "hookrelay.delivery.id": claim.id,
    "hookrelay.delivery.attempt": attempt,
    "hookrelay.event.type": claim.message.type,
  };
}

function recordOutcome(span: Span, outcome: AttemptOutcome): void {
  if (outcome.responseStatus !== null) span.setAttribute("http.response.status_code", outcome.responseStatus);
  if (!outcome.succeeded) {
    span.setAttribute("hookrelay.failure.trigger", outcome.failureTrigger ?? "none");
    span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.failureMessage ?? undefined });
  }
}

export class DeliveryWorker {
  /** Deliveries being attempted: each holds one of the `concurrency` slots. */
  private readonly inFlight = new Map<string, { claim: ClaimedDelivery; done: Promise<void> }>();
  /**
   * Writes still running: finished attempts being recorded, claims being given back. They hold no
   * slot, so the next attempt need not wait for the write; stop() waits for them.
   */
  private readonly writes = new Set<Promise<void>>();
  /**
   * Claimed ahead, waiting for a slot: a slot that frees starts the next at once instead of waiting
   * for a claim statement.
   */
  private readonly claimed: { claim: ClaimedDelivery; claimedAt: number }[] = [];
  private readonly abort = new AbortController();
  /** Webhooks' targets as claims last read them (each read again when its row changes). */
  private readonly targets = new DeliveryTargets();
  private readonly window = new QueueWindow();
  private stopping = false;
  private woken = false;
  /**
   * The last claim may have left due deliveries behind (it was limited by room, or skipped while the
   * write backlog was long): a freed slot or a finished write then looks again. Otherwise only a
   * notification or the poll does, so a busy worker does not send a claim per finished attempt.
   */
  private mayHaveMore = false;
  private wakeWaiter: (() => void) | null = null;
  /**
   * Some webhook has a rate or concurrency limit: every claim looks for their deliveries too. While
   * none has, that is asked only once per poll interval.
   */
  private limitsInUse = true;
  private lastLimitedClaim = 0;
  /** Wakes the worker when a rate-limited webhook held back has its next token. */
  private tokenTimer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | null = null;
  /** Finished attempts, written in batches; each resolves true once written, false when the claim had lost its lease. */
  private readonly writer: BatchWriter<AttemptRecord, boolean>;

  constructor(
    private readonly sql: RunSql,
    private readonly secretBox: SecretBox,
    private readonly senders: DeliverySenders,
    private readonly log: Logger,
    private readonly options: DeliveryWorkerOptions,
    private readonly metrics: ServiceMetrics,
    private readonly tracing: Tracing | null = null,
    /** Told what each batch of attempts did (the service publishes operational events from it). */
    private readonly onRecorded: ((recorded: RecordedAttempt[]) => Promise<void>) | null = null,
  ) {
    // Each attempt in flight listens on the shutdown signal (attemptSignal): more than Node's default
    // 10 listeners is expected, not a leak.
    setMaxListeners(options.concurrency, this.abort.signal);
    this.writer = new BatchWriter(
      async (records) => {
        const recorded = await recordAttempts(sql, records);
        const written = new Set(recorded.map((row) => row.deliveryId));
        // Operational events go out after the attempts are written, in a statement of their own (see onRecorded).
        if (this.onRecorded)
          await this.onRecorded(recorded).catch((error: unknown) =>
            this.log.error({ err: error }, "could not publish operational events"),
          );
        // A FIFO webhook's next delivery became claimable, or a concurrency-limited webhook's slot freed: claim now, not at the next poll.
        if (records.some((record) => record.claim.ordered || record.claim.slotLimited)) this.wake();
        return records.map((record) => written.has(record.claim.id));
      },
      { concurrency: 1, maxBatch: MAX_WRITE_BATCH, gapMs: WRITE_GAP_MS },
    );
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Slots attempting a delivery now, of `concurrency`. */
  get slotsInUse(): number {
    return this.inFlight.size;
  }

  /** Deliveries of any age were queued again: the next claims look at all of them (QueueWindow). */
  requeued(): void {
    this.window.requeued();
  }

  /** Deliveries were queued: look for due ones now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeWaiter?.();
  }

  /**
   * Stops claiming, lets in-flight attempts finish for up to `timeoutMs`, then aborts the rest and
   * gives their deliveries back (due again at once, for this or another worker).
   */
  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true;
    clearTimeout(this.tokenTimer);
    this.wake();
    await this.loop;
    await releaseClaims(
      this.sql,
      this.claimed.splice(0).map((entry) => entry.claim),
    );
    const inFlight = () => [...this.inFlight.values()].map((entry) => entry.done);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      Promise.all(inFlight()).then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      this.log.warn(
        { deliveries: this.inFlight.size },
        "shutdown: abandoning in-flight deliveries; they will be retried",
      );
      this.abort.abort();
      await Promise.all(inFlight());
    }
    await Promise.all([...this.writes]);
  }

  private async run(): Promise<void> {
    // Up to twice the slots are held (attempting plus claimed ahead); claims are made once the
    // claimed-ahead half runs low, so one claim statement serves many deliveries.
    const { concurrency } = this.options;
    // Claims wait while the writes fall behind, so attempts cannot outrun their recording.
    const maxBacklog = Math.max(4 * concurrency, MAX_WRITE_BATCH);
    let lastClaimFound = 0;
    let lastBacklogSignal = 0;
    while (!this.stopping) {
      // Deliveries keep coming in numbers: let them gather for a moment, so one claim takes many.
      const gap = lastClaimFound + CLAIM_GAP_MS - Date.now();
      if (gap > 0) await sleep(gap);
      // Limited webhooks only into free slots: what their limits allow now is started now.
      const free = concurrency - this.inFlight.size - this.claimed.length;
      const limitedRoom =
        free > 0 && (this.limitsInUse || Date.now() - this.lastLimitedClaim >= this.options.pollIntervalMs) ? free : 0;
      const room =
        this.claimed.length <= concurrency / 2 ? 2 * concurrency - this.inFlight.size - this.claimed.length : 0;
      let claimed = 0;
      if (!this.stopping && this.writer.backlog < maxBacklog && (room > 0 || limitedRoom > 0)) {
        try {
          const claimStarted = Date.now();
          const claims = await claimDueDeliveries(
            this.sql,
            { room, limitedRoom, leaseSeconds: this.options.leaseSeconds },
            this.targets,
            this.window,
          );
          claimed = claims.unlimited.length;
          const found = claimed + claims.limited.length;
          if (found >= (this.options.gapAfterEveryClaim ? 1 : BATCHING_FROM)) lastClaimFound = claimStarted;
          this.mayHaveMore = claimed === room || (limitedRoom > 0 && claims.limited.length === limitedRoom);
          if (this.mayHaveMore && claimStarted - lastBacklogSignal >= HELP_GAP_MS) {
            lastBacklogSignal = claimStarted;
            this.options.onBacklog?.();
          }
          if (limitedRoom > 0) this.noteLimits(claims);
          this.queueClaims(claims.limited, "ahead");
          this.queueClaims(claims.unlimited, "behind");
        } catch (error) {
          this.log.error({ err: error }, "claiming deliveries failed");
        }
      } else this.mayHaveMore = true;
      // A full batch means more may be due: claim again as soon as there is room.
      if (claimed > 0 && claimed === room) continue;
      await this.waitForWork();
    }
  }

  /** What a claim that asked about limited webhooks said: whether to keep asking, and when a token comes due. */
  private noteLimits({ limitsInUse, wakeAfterMs }: Claims): void {
    this.lastLimitedClaim = Date.now();
    this.limitsInUse = limitsInUse === true;
    if (wakeAfterMs === null) return;
    clearTimeout(this.tokenTimer);
    // Not sooner than MIN_TOKEN_WAIT_MS: a claim per token would be a statement per delivery.
    this.tokenTimer = setTimeout(() => this.wake(), Math.max(wakeAfterMs, MIN_TOKEN_WAIT_MS)).unref();
  }

  /** Queues claims to start as slots free: a limited webhook's ahead of the rest (its bucket paid for now). */
  private queueClaims(claims: ClaimedDelivery[], where: "ahead" | "behind"): void {
    const claimedAt = Date.now();
    const entries = claims.map((claim) => ({ claim, claimedAt }));
    if (where === "ahead") this.claimed.unshift(...entries);
    else this.claimed.push(...entries);
    const reclaimed = claims.filter((claim) => claim.leaseExpired).length;
    if (reclaimed > 0) this.metrics.leasesExpired.inc(reclaimed);
    this.startClaimed();
  }

  /** Starts claimed deliveries while slots are free. One that waited half its lease is given back instead. */
  private startClaimed(): void {
    const stale: ClaimedDelivery[] = [];
    while (!this.stopping && this.inFlight.size < this.options.concurrency && this.claimed.length > 0) {
      const { claim, claimedAt } = this.claimed.shift()!;
      if (Date.now() - claimedAt > (this.options.leaseSeconds * 1000) / 2) stale.push(claim);
      else this.track(claim);
    }
    if (stale.length > 0)
      this.trackWrite(
        releaseClaims(this.sql, stale).catch((error: unknown) =>
          this.log.error({ err: error }, "giving back claims failed; their leases will run out"),
        ),
      );
  }

  private trackWrite(write: Promise<void>): void {
    const tracked = write.finally(() => {
      this.writes.delete(tracked);
      if (this.mayHaveMore) this.wake(); // claims may have waited for the backlog
    });
    this.writes.add(tracked);
  }

  private waitForWork(): Promise<void> {
    if (this.woken || this.stopping) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeWaiter = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollIntervalMs);
      this.wakeWaiter = done;
    });
  }

  private track(claim: ClaimedDelivery): void {
    const done = this.process(claim)
      .catch((error: unknown) =>
        this.log.error(
          { err: error, deliveryId: claim.id },
          "delivery failed unexpectedly; it will be retried when its lease ends",
        ),
      )
      .finally(() => {
        this.inFlight.delete(claim.id);
        this.startClaimed();
        if (this.mayHaveMore) this.wake(); // a slot is free
      });
    this.inFlight.set(claim.id, { claim, done });
  }

  /** The attempt's log line and metrics. */
  private observe(claim: ClaimedDelivery, attempt: number, outcome: AttemptOutcome): void {
    const result = outcome.succeeded ? "succeeded" : "failed";
    this.metrics.deliveryAttempts.inc({ outcome: result, trigger: outcome.failureTrigger ?? "none" });
    this.metrics.attemptDuration.observe({ outcome: result }, outcome.durationMs / 1000);
    if (outcome.succeeded)
      this.metrics.deliveryLatency.observe(
        (outcome.startedAt.getTime() + outcome.durationMs - claim.createdAt.getTime()) / 1000,
      );
    this.log.info(
      {
        webhookId: claim.webhookId,
        deliveryId: claim.id,
        attempt,
        status: outcome.responseStatus,
        durationMs: outcome.durationMs,
        succeeded: outcome.succeeded,
        trigger: outcome.failureTrigger,
        traceId: activeTraceId(),
      },
      "delivery attempt",
    );
  }

  private async process(claim: ClaimedDelivery): Promise<void> {
    if (!claim.isTest && (!claim.webhookEnabled || claim.webhookSuspended)) {
      const reason = claim.webhookEnabled ? SUSPENDED_DIVERT_REASON : DISABLED_DIVERT_REASON;
      return divertClaimed(this.sql, claim, reason);
    }
    const handling = claim.failureHandling;
    const attempt = claim.queuedAttemptCount + 1;
    const { request, outcome } = await inSpan(
      this.tracing,
      "webhook delivery",
      { kind: SpanKind.CLIENT, attributes: attemptAttributes(claim, attempt) },
      async (span) => {
        const sent = await attemptDelivery(this.senders, this.secretBox, claim.target, claim.message, handling, {
          deliveryId: claim.id,
          signal: this.abort.signal,
        });
        if (span) recordOutcome(span, sent.outcome);
        if (!this.abort.signal.aborted) this.observe(claim, attempt, sent.outcome);
        return sent;
      },
    );
    if (this.abort.signal.aborted) return releaseClaims(this.sql, [claim]);
    const step: NextStep = nextStep(handling, outcome, attempt);
    // The slot is given back now; the lease covers the write (an attempt lost with its process is retried).
    this.trackWrite(
      this.writer
        .add({ claim, request, outcome, step, handling })
        .then((recorded) => {
          if (!recorded)
            this.log.warn(
              { deliveryId: claim.id },
              "lease lost before the attempt was recorded; another worker owns the delivery now",
            );
        })
        .catch((error: unknown) =>
          this.log.error(
            { err: error, deliveryId: claim.id },
            "recording an attempt failed; the delivery will be retried when its lease ends",
          ),
        ),
    );
  }
}
