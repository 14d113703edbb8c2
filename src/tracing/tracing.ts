// OpenTelemetry traces, exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set. Unset, no
// SDK module is loaded and every instrumented path calls straight through (`tracing` is null).
// Spans: each HTTP request (continuing an incoming `traceparent`), each GraphQL operation, each
// database statement, and each delivery attempt (a client span). Each service has a tracer of its own
// (tests run several services in one process); only the async context manager is process-wide.
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from "@opentelemetry/api";
import type { Logger } from "../common/logger.js";
import { messageOf } from "../common/errors.js";

export interface Tracing {
  tracer: Tracer;
  /** The context an incoming request's `traceparent` header continues (the root context without one). */
  extract(headers: Record<string, string | string[] | undefined>): Context;
  /** Sends the spans still buffered; called on stop. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  endpoint: string | undefined;
  serviceName: string;
  version: string;
  role: string;
}

let contextManagerSet = false;

/** The service's tracing, or null when no endpoint is configured. */
export async function startTracing(options: TracingOptions, log: Logger): Promise<Tracing | null> {
  if (!options.endpoint) return null;
  const [
    { AsyncLocalStorageContextManager },
    { W3CTraceContextPropagator },
    { resourceFromAttributes },
    { BatchSpanProcessor, TracerProvider },
    { OTLPTraceExporter },
  ] = await Promise.all([
    import("@opentelemetry/context-async-hooks"),
    import("@opentelemetry/core"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace"),
    import("@opentelemetry/exporter-trace-otlp-http"),
  ]);
  if (!contextManagerSet) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    contextManagerSet = true;
  }
  const exporter = new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, "")}/v1/traces` });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      "service.name": options.serviceName,
      "service.version": options.version,
      "hookrelay.role": options.role,
    }),
    spanProcessors: [new BatchSpanProcessor({ exporter, scheduledDelayMillis: 1000 })],
  });
  const propagator = new W3CTraceContextPropagator();
  log.info({ endpoint: options.endpoint }, "exporting traces");
  return {
    tracer: provider.getTracer("hookrelay", options.version),
    extract: (headers) =>
      propagator.extract(ROOT_CONTEXT, headers, {
        keys: (carrier) => Object.keys(carrier),
        get: (carrier, key) => carrier[key],
      }),
    shutdown: () => provider.shutdown(),
  };
}

/**
 * Runs `work` inside a span (child of the active one) when tracing is on; a failure marks the span
 * and is rethrown. With tracing off it is `work()`.
 */
export function inSpan<T>(
  tracing: Tracing | null,
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes },
  work: (span: Span | null) => Promise<T>,
): Promise<T> {
  if (!tracing) return work(null);
  return tracing.tracer.startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: messageOf(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The trace id to put on log lines, when a span is active. */
export function activeTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span.spanContext().traceId : undefined;
}

export { SpanKind, SpanStatusCode, context, trace };
