import { useCallback, useEffect, useState } from "react";
import type { HookrelayClient } from "../../client/client.js";
import {
  DeliveriesDocument,
  DeliveryUpdatedDocument,
  DisableWebhookDocument,
  EnableWebhookDocument,
  OutgoingWebhookDocument,
  RedeliverDeliveryDocument,
  RotateWebhookSecretDocument,
  type DeliveryFieldsFragment,
  type OutgoingWebhookFieldsFragment,
} from "../../client/generated/graphql.js";
import { query, subscribe } from "./api.js";
import { Badge, Notice, ShownOnce, When, statusOf } from "./components.js";

type Endpoint = OutgoingWebhookFieldsFragment;
type Delivery = DeliveryFieldsFragment;

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

function DeliveryLog({ client, apiKey, webhookId }: { client: HookrelayClient; apiKey: string; webhookId: string }) {
  const [deliveries, setDeliveries] = useState<Delivery[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [liveProblem, setLiveProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const upsert = useCallback((delivery: Delivery) => {
    setDeliveries((current) => {
      const rows = current ?? [];
      const at = rows.findIndex((row) => row.id === delivery.id);
      if (at < 0) return [delivery, ...rows].slice(0, 200);
      const next = rows.slice();
      next[at] = delivery;
      return next;
    });
  }, []);

  useEffect(() => {
    let current = true;
    // Subscribed before the first page is read, so no change falls between the two.
    const stop = subscribe(
      apiKey,
      DeliveryUpdatedDocument,
      { filter: { webhookId } },
      (data) => {
        if (data.deliveryUpdated.delivery) upsert(data.deliveryUpdated.delivery);
      },
      setLiveProblem,
    );
    query(client, DeliveriesDocument, { filter: { webhookId }, first: 50 }).then(
      (data) => {
        if (!current) return;
        const page = data.deliveries?.nodes ?? [];
        // Rows that arrived live while the page was read are newer than the page's.
        setDeliveries((live) => [...(live ?? []), ...page.filter((row) => !live?.some((seen) => seen.id === row.id))]);
      },
      (error: Error) => current && setProblem(error.message),
    );
    return () => {
      current = false;
      stop();
    };
  }, [client, apiKey, webhookId, upsert]);

  const opened = deliveries?.find((delivery) => delivery.id === open) ?? null;

  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">Deliveries</h2>
      {liveProblem && <Notice kind="info">{liveProblem}</Notice>}
      {problem && <Notice kind="error">{problem}</Notice>}
      {!deliveries && !problem && <p aria-busy="true">Loading deliveries…</p>}
      {deliveries?.length === 0 && <p className="empty">No deliveries yet. They appear here as they are sent.</p>}
      {deliveries && deliveries.length > 0 && (
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
            {deliveries.map((delivery) => (
              <tr key={delivery.id} data-delivery={delivery.id}>
                <td>{delivery.eventType}</td>
                <td>
                  <Badge value={delivery.status} />
                </td>
                <td>{delivery.attemptCount}</td>
                <td>
                  <When at={delivery.lastAttemptAt} empty="not yet" />
                </td>
                <td>
                  <button type="button" className="quiet" onClick={() => setOpen(delivery.id)}>
                    Attempts
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {opened && (
        <AttemptDrawer client={client} delivery={opened} onClose={() => setOpen(null)} onRedelivered={upsert} />
      )}
    </section>
  );
}

function AttemptDrawer({
  client,
  delivery,
  onClose,
  onRedelivered,
}: {
  client: HookrelayClient;
  delivery: Delivery;
  onClose: () => void;
  onRedelivered: (delivery: Delivery) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const redeliver = async () => {
    try {
      const answer = (await query(client, RedeliverDeliveryDocument, { input: { id: delivery.id } })).redeliverDelivery;
      if (answer.__typename === "RedeliverDeliveryPayload") {
        onRedelivered(answer.delivery);
        onClose();
      } else setProblem(answer.message);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  return (
    <aside className="drawer" role="dialog" aria-modal="false" aria-labelledby="drawer-title">
      <div className="heading">
        <h2 id="drawer-title">Attempts of {delivery.eventType}</h2>
        <button type="button" className="quiet" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      {(delivery.attempts ?? []).length === 0 && <p className="empty">No attempt yet.</p>}
      {(delivery.attempts ?? []).map((attempt) => (
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
