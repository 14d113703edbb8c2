import { memo, useCallback, useEffect, useState } from "react";
import type { HookrelayClient } from "../../client/client.js";
import {
  DeliveryDocument,
  DeliveryLogDocument,
  DeliveryLogUpdatedDocument,
  DisableWebhookDocument,
  EnableWebhookDocument,
  OutgoingWebhookDocument,
  RedeliverDeliveryDocument,
  RotateWebhookSecretDocument,
  type DeliveryFieldsFragment,
  type DeliveryRowFieldsFragment,
  type OutgoingWebhookFieldsFragment,
} from "../../client/generated/graphql.js";
import { query, subscribe } from "./api.js";
import { Badge, Notice, ShownOnce, When, statusOf } from "./components.js";

type Endpoint = OutgoingWebhookFieldsFragment;
type Delivery = DeliveryFieldsFragment;
type Row = DeliveryRowFieldsFragment;

export function EndpointPage({ client, apiKey, id }: { client: HookrelayClient; apiKey: string; id: string }) {
  const [endpoint, setEndpoint] = useState<Endpoint | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [actionProblem, setActionProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    query(client, OutgoingWebhookDocument, { id }).then(
      (data) => {
        if (!current) return;
        if (data.webhook?.__typename === "OutgoingWebhook") setEndpoint(data.webhook);
        else setProblem("This endpoint does not exist.");
      },
      (error: Error) => current && setProblem(error.message),
    );
    return () => {
      current = false;
    };
  }, [client, id]);

  const act = async (
    action: () => Promise<{ __typename: string; message?: string; webhook?: unknown; secret?: string }>,
  ) => {
    try {
      const answer = await action();
      if (answer.message) return setActionProblem(answer.message);
      if (answer.webhook) setEndpoint(answer.webhook as Endpoint);
      if (answer.secret) setSecret(answer.secret);
      setActionProblem(null);
    } catch (error) {
      setActionProblem((error as Error).message);
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
        <dt>Event types</dt>
        <dd>{endpoint.eventTypes.join(", ")}</dd>
        <dt>Signing secret</dt>
        <dd>
          <code>{endpoint.secretHint}</code>
        </dd>
        <dt>Last success</dt>
        <dd>
          <When at={endpoint.lastSuccessAt} />
        </dd>
      </dl>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            void act(async () =>
              endpoint.enabled
                ? (await query(client, DisableWebhookDocument, { input: { id } })).disableWebhook
                : (await query(client, EnableWebhookDocument, { input: { id } })).enableWebhook,
            )
          }
        >
          {endpoint.enabled ? "Disable" : "Enable"}
        </button>
        <button
          type="button"
          onClick={() =>
            void act(
              async () => (await query(client, RotateWebhookSecretDocument, { input: { id } })).rotateWebhookSecret,
            )
          }
        >
          Rotate secret
        </button>
      </div>
      {secret && <ShownOnce label="The new signing secret." secret={secret} />}
      {actionProblem && <Notice kind="error">{actionProblem}</Notice>}
      <DeliveryLog client={client} apiKey={apiKey} webhookId={id} />
    </section>
  );
}

// Rows kept in the log: the newest, as a live log shows.
const MAX_ROWS = 200;

function DeliveryLog({ client, apiKey, webhookId }: { client: HookrelayClient; apiKey: string; webhookId: string }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [liveProblem, setLiveProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
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
      upsert(changed);
    };
    // Subscribed before the first page is read, so no change falls between the two.
    const stop = subscribe(
      apiKey,
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
    query(client, DeliveryLogDocument, { filter: { webhookId }, first: 50 }).then(
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
  }, [client, apiKey, webhookId, upsert]);

  const opened = rows?.find((row) => row.id === open) ?? null;
  const close = useCallback(() => setOpen(null), []);

  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">Deliveries</h2>
      {liveProblem && <Notice kind="info">{liveProblem}</Notice>}
      {problem && <Notice kind="error">{problem}</Notice>}
      {!rows && !problem && <p aria-busy="true">Loading deliveries…</p>}
      {rows?.length === 0 && <p className="empty">No deliveries yet. They appear here as they are sent.</p>}
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
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Read again whenever the row shows a new attempt or status.
  useEffect(() => {
    let current = true;
    query(client, DeliveryDocument, { id: row.id }).then(
      (data) => current && (data.delivery ? setDelivery(data.delivery) : setProblem("This delivery no longer exists.")),
      (error: Error) => current && setProblem(error.message),
    );
    return () => {
      current = false;
    };
  }, [client, row.id, row.status, row.attemptCount]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  const redeliver = async () => {
    try {
      const answer = (await query(client, RedeliverDeliveryDocument, { input: { id: row.id } })).redeliverDelivery;
      if (answer.__typename === "RedeliverDeliveryPayload") {
        onRedelivered(answer.delivery);
        onClose();
      } else setProblem(answer.message);
    } catch (error) {
      setProblem((error as Error).message);
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
