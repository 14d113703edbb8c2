import { lazy, memo, Suspense, useCallback, useEffect, useState, type FormEvent } from "react";
import {
  type HookrelayClient,
  DeliveryDocument,
  DeliveryLogDocument,
  DeliveryLogUpdatedDocument,
  DeleteWebhookDocument,
  DisableWebhookDocument,
  RecoverDeliveriesDocument,
  ResendDivertedDeliveriesDocument,
  TestWebhookDocument,
  UnsuspendWebhookDocument,
  EnableWebhookDocument,
  OutgoingWebhookDocument,
  RedeliverDeliveryDocument,
  RotateWebhookSecretDocument,
  type DeliveryFieldsFragment,
  type DeliveryRowFieldsFragment,
  type OutgoingWebhookFieldsFragment,
} from "@hookrelay/client";
import { issueAt, subscribe, useLoaded, type MutationError } from "./api.js";
import { EndpointForm } from "./EndpointForm.js";
// The chart library is loaded with the first endpoint page opened, not with the portal.
const DeliveryChart = lazy(() => import("./DeliveryChart.js").then((module) => ({ default: module.DeliveryChart })));
import { Badge, Confirmed, Field, Notice, ShownOnce, When, statusOf } from "./components.js";

type Endpoint = OutgoingWebhookFieldsFragment;
type Delivery = DeliveryFieldsFragment;
type Row = DeliveryRowFieldsFragment;

type Answer = { __typename: string; message?: string; webhook?: unknown; secret?: string };

export function EndpointPage({ client, id }: { client: HookrelayClient; id: string }) {
  const {
    value: endpoint,
    problem,
    set: setEndpoint,
  } = useLoaded(async (): Promise<Endpoint> => {
    const { webhook } = await client.request(OutgoingWebhookDocument, { id });
    if (webhook?.__typename !== "OutgoingWebhook") throw new Error("This endpoint does not exist.");
    return webhook;
  }, [client, id]);
  const [secret, setSecret] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [editing, setEditing] = useState(false);
  const [changes, setChanges] = useState(0);
  const changed = useCallback(() => setChanges((seen) => seen + 1), []);

  /** Runs a mutation: its typed error or failure is shown; `done` says what it did. */
  const act = async <A extends Answer>(action: () => Promise<A>, done?: (answer: A) => string) => {
    try {
      const answer = await action();
      if (answer.message) return setOutcome({ kind: "error", text: answer.message });
      if (answer.webhook) setEndpoint(answer.webhook as Endpoint);
      setSecret(answer.secret ?? null);
      setOutcome(done ? { kind: "info", text: done(answer) } : null);
    } catch (error) {
      setOutcome({ kind: "error", text: (error as Error).message });
    }
  };

  if (problem)
    return (
      <section>
        <a href="#/">← Endpoints</a>
        <Notice kind="error">{problem}</Notice>
      </section>
    );
  if (!endpoint) return <p aria-busy="true">Loading endpoint…</p>;
  const status = statusOf(endpoint);
  const input = { input: { id } };

  return (
    <section aria-labelledby="endpoint-title">
      <a href="#/">← Endpoints</a>
      <div className="heading">
        <h1 id="endpoint-title">{endpoint.name}</h1>
        <Badge value={status} />
      </div>
      <dl className="facts">
        <dt>URL</dt>
        <dd className="url">{endpoint.url}</dd>
        <dt>Type</dt>
        <dd>{endpoint.type.toLowerCase().replace(/_/g, " ")}</dd>
        <dt>Event types</dt>
        <dd>{endpoint.eventTypes.join(", ")}</dd>
        <dt>Signing secret</dt>
        <dd>
          <code>…{endpoint.secretHint}</code>
        </dd>
        <dt>Last success</dt>
        <dd>
          <When at={endpoint.lastSuccessAt} />
        </dd>
        {endpoint.suspended && (
          <>
            <dt>Suspended</dt>
            <dd>
              <When at={endpoint.suspendedAt} />
              {endpoint.suspendReason && ` · ${endpoint.suspendReason}`}
            </dd>
          </>
        )}
      </dl>
      {editing && (
        <EndpointForm
          client={client}
          endpoint={endpoint}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEndpoint(saved);
            setEditing(false);
            setOutcome({ kind: "info", text: "Saved." });
          }}
        />
      )}
      <div className="actions">
        <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {editing ? "Close the editor" : "Edit"}
        </button>
        <button
          type="button"
          onClick={() =>
            void act(async () =>
              endpoint.enabled
                ? (await client.request(DisableWebhookDocument, input)).disableWebhook
                : (await client.request(EnableWebhookDocument, input)).enableWebhook,
            )
          }
        >
          {endpoint.enabled ? "Disable" : "Enable"}
        </button>
        <button
          type="button"
          onClick={() =>
            void act(
              async () => (await client.request(TestWebhookDocument, input)).testWebhook,
              (answer) =>
                "attempt" in answer && answer.attempt
                  ? answer.attempt.succeeded
                    ? answer.attempt.responseStatus === null
                      ? `The test was delivered: the broker confirmed it in ${answer.attempt.durationMs} ms.`
                      : `The test was delivered: HTTP ${answer.attempt.responseStatus} in ${answer.attempt.durationMs} ms.`
                    : `The test failed: ${answer.attempt.failureMessage ?? "no answer"}.`
                  : "The test was sent.",
            )
          }
        >
          Send test
        </button>
        <button
          type="button"
          onClick={() =>
            void act(async () => (await client.request(RotateWebhookSecretDocument, input)).rotateWebhookSecret)
          }
        >
          Rotate secret
        </button>
        {endpoint.suspended && (
          <button
            type="button"
            onClick={() =>
              void act(
                async () =>
                  (await client.request(UnsuspendWebhookDocument, { input: { id, resendDiverted: true } }))
                    .unsuspendWebhook,
                (answer) =>
                  `Unsuspended; ${"resentCount" in answer ? String(answer.resentCount) : 0} diverted deliveries sent again.`,
              )
            }
          >
            Unsuspend and resend diverted
          </button>
        )}
        <button
          type="button"
          className="quiet"
          onClick={() =>
            void act(
              async () =>
                (await client.request(ResendDivertedDeliveriesDocument, { input: { webhookId: id } }))
                  .resendDivertedDeliveries,
              (answer) => `${"resentCount" in answer ? String(answer.resentCount) : 0} diverted deliveries sent again.`,
            )
          }
        >
          Resend diverted
        </button>
        <Confirmed
          ask="Delete…"
          confirm={`Delete ${endpoint.name}`}
          onConfirm={() =>
            void act(async () => {
              const answer = (await client.request(DeleteWebhookDocument, input)).deleteWebhook;
              if (answer.__typename === "DeleteWebhookPayload") window.location.hash = "#/";
              return answer;
            })
          }
        />
      </div>
      {secret && <ShownOnce label="The new signing secret." secret={secret} />}
      {outcome && <Notice kind={outcome.kind}>{outcome.text}</Notice>}
      <Suspense fallback={<p aria-busy="true">Loading the chart…</p>}>
        <DeliveryChart client={client} webhookId={id} changes={changes} />
      </Suspense>
      <Recover client={client} webhookId={id} />
      <DeliveryLog client={client} webhookId={id} onChange={changed} />
    </section>
  );
}

/** Svix's "recover": queues again the failed deliveries of a time range. */
function Recover({ client, webhookId }: { client: HookrelayClient; webhookId: string }) {
  const [since, setSince] = useState("");
  const [until, setUntil] = useState("");
  const [error, setError] = useState<MutationError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!since)
      return setError({
        __typename: "ValidationError",
        message: "",
        issues: [{ path: ["input", "since"], message: "is required" }],
      });
    try {
      const answer = (
        await client.request(RecoverDeliveriesDocument, {
          input: {
            webhookId,
            since: new Date(since).toISOString(),
            until: until ? new Date(until).toISOString() : null,
          },
        })
      ).recoverDeliveries;
      if (answer.__typename === "RecoverDeliveriesPayload") {
        setError(null);
        setDone(`${answer.recoveredCount} failed deliveries queued again.`);
      } else setError(answer);
    } catch (thrown) {
      setError({ __typename: "Error", message: (thrown as Error).message });
    }
  };
  return (
    <details className="card">
      <summary>Recover failed deliveries of a time range</summary>
      <form className="inline" aria-label="Recover deliveries" onSubmit={(event) => void submit(event)}>
        <Field id="recover-since" label="Since" error={issueAt(error, "since")}>
          {(describedBy, invalid) => (
            <input
              id="recover-since"
              type="datetime-local"
              value={since}
              onChange={(event) => setSince(event.target.value)}
              aria-invalid={invalid}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id="recover-until" label="Until (now if empty)">
          {() => (
            <input
              id="recover-until"
              type="datetime-local"
              value={until}
              onChange={(event) => setUntil(event.target.value)}
            />
          )}
        </Field>
        <button type="submit">Recover</button>
      </form>
      {error && !error.issues?.length && <Notice kind="error">{error.message}</Notice>}
      {done && <Notice kind="info">{done}</Notice>}
    </details>
  );
}

const STATUSES = ["PENDING", "SUCCEEDED", "FAILED", "DIVERTED", "DISCARDED"] as const;
const PERIODS = { hour: 3600_000, day: 86_400_000, week: 7 * 86_400_000 } as const;

interface LogFilter {
  status: (typeof STATUSES)[number] | "";
  eventType: string;
  period: keyof typeof PERIODS | "";
}

/** Whether a row belongs in the log as filtered (live rows are checked as they arrive). */
function matches(row: Row, filter: LogFilter): boolean {
  if (filter.status && row.status !== filter.status) return false;
  if (filter.eventType && row.eventType !== filter.eventType) return false;
  return !filter.period || Date.parse(row.createdAt) >= Date.now() - PERIODS[filter.period];
}

// Rows kept in the log: the newest, as a live log shows.
const MAX_ROWS = 200;

function DeliveryLog({
  client,
  webhookId,
  onChange,
}: {
  client: HookrelayClient;
  webhookId: string;
  /** Called after each batch of live changes is shown. */
  onChange: () => void;
}) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [liveProblem, setLiveProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [filter, setFilter] = useState<LogFilter>({ status: "", eventType: "", period: "" });
  const upsert = useCallback((changed: Row[]) => setRows((current) => merged(current ?? [], changed)), []);

  useEffect(() => {
    let current = true;
    // Changes arriving within one frame are shown in one render: a busy endpoint's log keeps every
    // frame short however fast its deliveries change.
    let pending = new Map<string, Row>();
    let frame = 0;
    const flush = () => {
      frame = 0;
      const changed = [...pending.values()];
      pending = new Map();
      onChange();
      // A row already shown follows its delivery; a new one shows when the filter lets it in.
      setRows((current) => {
        const shown = current ?? [];
        return merged(
          shown,
          changed.filter((row) => matches(row, filter) || shown.some((known) => known.id === row.id)),
        );
      });
    };
    // Subscribed before the first page is read, so no change falls between the two.
    const stop = subscribe(
      client,
      DeliveryLogUpdatedDocument,
      { filter: { webhookId } },
      (data) => {
        const row = data.deliveryUpdated.delivery;
        if (!row) return;
        pending.set(row.id, row);
        frame ||= requestAnimationFrame(flush);
      },
      setLiveProblem,
    );
    setRows(null);
    const since = filter.period ? new Date(Date.now() - PERIODS[filter.period]).toISOString() : null;
    const selected = {
      webhookId,
      status: filter.status || null,
      eventType: filter.eventType.trim() || null,
      createdAfter: since,
    };
    client.request(DeliveryLogDocument, { filter: selected, first: 50 }).then(
      (data) => {
        if (!current) return;
        // Rows that arrived live while the page was read are as new as the page's, or newer.
        const page = data.deliveries?.nodes ?? [];
        setRows((live) => [...(live ?? []), ...page.filter((row) => !live?.some((seen) => seen.id === row.id))]);
      },
      (error: Error) => current && setProblem(error.message),
    );
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      stop();
    };
  }, [client, webhookId, filter, onChange]);

  const opened = rows?.find((row) => row.id === open) ?? null;
  const close = useCallback(() => setOpen(null), []);

  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">Deliveries</h2>
      <div className="filters" role="search" aria-label="Filter deliveries">
        <label>
          <span>Status</span>
          <select
            value={filter.status}
            onChange={(event) => setFilter({ ...filter, status: event.target.value as LogFilter["status"] })}
          >
            <option value="">any</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {status.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Event type</span>
          <input
            value={filter.eventType}
            onChange={(event) => setFilter({ ...filter, eventType: event.target.value })}
            placeholder="invoice.paid"
          />
        </label>
        <label>
          <span>Created</span>
          <select
            value={filter.period}
            onChange={(event) => setFilter({ ...filter, period: event.target.value as LogFilter["period"] })}
          >
            <option value="">any time</option>
            <option value="hour">in the last hour</option>
            <option value="day">in the last 24 hours</option>
            <option value="week">in the last 7 days</option>
          </select>
        </label>
      </div>
      {liveProblem && <Notice kind="info">{liveProblem}</Notice>}
      {problem && <Notice kind="error">{problem}</Notice>}
      {!rows && !problem && <p aria-busy="true">Loading deliveries…</p>}
      {rows?.length === 0 && (
        <p className="empty">
          {filter.status || filter.eventType || filter.period
            ? "No delivery matches."
            : "No deliveries yet. They appear here as they are sent."}
        </p>
      )}
      {rows && rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last attempt</th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <DeliveryRow key={row.id} row={row} onOpen={setOpen} />
            ))}
          </tbody>
        </table>
      )}
      {opened && (
        <AttemptDrawer client={client} row={opened} onClose={close} onRedelivered={(delivery) => upsert([delivery])} />
      )}
    </section>
  );
}

/** `rows` with `changed` applied: a known delivery in place, a new one on top; the newest MAX_ROWS. */
function merged(rows: Row[], changed: Row[]): Row[] {
  const next = rows.slice();
  const fresh: Row[] = [];
  for (const row of changed) {
    const at = next.findIndex((known) => known.id === row.id);
    if (at >= 0) next[at] = row;
    else fresh.unshift(row);
  }
  return [...fresh, ...next].slice(0, MAX_ROWS);
}

// A row renders again only when its delivery changed.
const DeliveryRow = memo(function DeliveryRow({ row, onOpen }: { row: Row; onOpen: (id: string) => void }) {
  return (
    <tr data-delivery={row.id}>
      <td>{row.eventType}</td>
      <td>
        <Badge value={row.status} />
      </td>
      <td>{row.attemptCount}</td>
      <td>
        <When at={row.lastAttemptAt} empty="not yet" />
      </td>
      <td>
        <button type="button" className="quiet" onClick={() => onOpen(row.id)}>
          Attempts
        </button>
      </td>
    </tr>
  );
});

function AttemptDrawer({
  client,
  row,
  onClose,
  onRedelivered,
}: {
  client: HookrelayClient;
  row: Row;
  onClose: () => void;
  onRedelivered: (delivery: Row) => void;
}) {
  // Read again whenever the row shows a new attempt or status.
  const loaded = useLoaded(async (): Promise<Delivery> => {
    const { delivery } = await client.request(DeliveryDocument, { id: row.id });
    if (!delivery) throw new Error("This delivery no longer exists.");
    return delivery;
  }, [client, row.id, row.status, row.attemptCount]);
  const delivery = loaded.value;
  const [redeliveryProblem, setRedeliveryProblem] = useState<string | null>(null);
  const problem = loaded.problem ?? redeliveryProblem;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  const redeliver = async () => {
    try {
      const answer = (await client.request(RedeliverDeliveryDocument, { input: { id: row.id } })).redeliverDelivery;
      if (answer.__typename === "RedeliverDeliveryPayload") {
        onRedelivered(answer.delivery);
        onClose();
      } else setRedeliveryProblem(answer.message);
    } catch (error) {
      setRedeliveryProblem((error as Error).message);
    }
  };
  const attempts = delivery?.attempts ?? [];

  return (
    <aside className="drawer" role="dialog" aria-modal="false" aria-labelledby="drawer-title">
      <div className="heading">
        <h2 id="drawer-title">Attempts of {row.eventType}</h2>
        <button type="button" className="quiet" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      {!delivery && !problem && <p aria-busy="true">Loading attempts…</p>}
      {delivery && attempts.length === 0 && <p className="empty">No attempt yet.</p>}
      {attempts.map((attempt) => (
        <article key={attempt.attemptNumber} className="attempt">
          <h3>
            Attempt {attempt.attemptNumber}: {attempt.succeeded ? "succeeded" : "failed"}
            {attempt.responseStatus !== null && ` (HTTP ${attempt.responseStatus})`}
          </h3>
          <p>
            <When at={attempt.startedAt} /> · {attempt.durationMs} ms
            {attempt.failureTrigger && ` · ${attempt.failureTrigger.toLowerCase().replace(/_/g, " ")}`}
          </p>
          {attempt.failureMessage && <p className="field-error">{attempt.failureMessage}</p>}
          <h4>Request headers</h4>
          <pre>{attempt.requestHeaders.map((header) => `${header.name}: ${header.value}`).join("\n")}</pre>
          <h4>Response headers</h4>
          <pre>
            {(attempt.responseHeaders ?? []).map((header) => `${header.name}: ${header.value}`).join("\n") || "—"}
          </pre>
          <h4>Response body</h4>
          <pre>{attempt.responseBody || "—"}</pre>
        </article>
      ))}
      {problem && <Notice kind="error">{problem}</Notice>}
      <button type="button" onClick={() => void redeliver()}>
        Redeliver
      </button>
    </aside>
  );
}
