import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { HookrelayClient } from "../../client/client.js";
import {
  CreateOutgoingWebhookDocument,
  EndpointListDocument,
  type EndpointRowFieldsFragment,
  type OutgoingWebhookFieldsFragment,
} from "../../client/generated/graphql.js";
import { fieldErrors, query, type MutationError } from "./api.js";
import { Badge, Notice, ShownOnce, Sparkline, When, statusOf } from "./components.js";
import { endpointHref } from "./route.js";

type Endpoint = EndpointRowFieldsFragment;

export function EndpointsPage({ client }: { client: HookrelayClient }) {
  const [endpoints, setEndpoints] = useState<Endpoint[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);

  const load = useCallback(async () => {
    try {
      const data = await query(client, EndpointListDocument, {
        filter: { kind: "OUTGOING", ...(search.trim() ? { search: search.trim() } : {}) },
        orderBy: { field: "CREATED_AT", direction: "DESC" },
        first: 100,
      });
      const nodes = data.webhooks?.nodes ?? [];
      setEndpoints(nodes.flatMap((node) => (node.__typename === "OutgoingWebhook" ? [node] : [])));
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, [client, search]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="endpoints-title">
      <div className="heading">
        <h1 id="endpoints-title">Endpoints</h1>
        <button type="button" onClick={() => setCreating(!creating)} aria-expanded={creating}>
          {creating ? "Cancel" : "New endpoint"}
        </button>
      </div>
      {created && <ShownOnce label={`Signing secret of ${created.name}.`} secret={created.secret} />}
      {creating && (
        <CreateEndpoint
          client={client}
          onCreated={(endpoint, secret) => {
            setCreating(false);
            setCreated({ name: endpoint.name, secret });
            setEndpoints((current) => [{ ...endpoint, recentDeliveries: null }, ...(current ?? [])]);
          }}
        />
      )}
      <label className="search">
        <span>Search</span>
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder="Name or URL"
        />
      </label>
      {problem && <Notice kind="error">{problem}</Notice>}
      {!endpoints && !problem && <p aria-busy="true">Loading endpoints…</p>}
      {endpoints?.length === 0 && (
        <p className="empty">
          {search ? "No endpoint matches." : "No endpoints yet. Add one to start receiving webhooks."}
        </p>
      )}
      {endpoints && endpoints.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col" className="hide-narrow">
                URL
              </th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Last success</th>
              <th scope="col">24 hours</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id}>
                <td>
                  <a href={endpointHref(endpoint.id)}>{endpoint.name}</a>
                </td>
                <td className="url hide-narrow">{endpoint.url}</td>
                <td>{endpoint.type.toLowerCase().replace(/_/g, " ")}</td>
                <td>
                  <Badge value={statusOf(endpoint)} />
                </td>
                <td>
                  <When at={endpoint.lastSuccessAt} />
                </td>
                <td>
                  <Sparkline recent={endpoint.recentDeliveries} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CreateEndpoint({
  client,
  onCreated,
}: {
  client: HookrelayClient;
  onCreated: (endpoint: OutgoingWebhookFieldsFragment, secret: string) => void;
}) {
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [eventTypes, setEventTypes] = useState("*");
  const [error, setError] = useState<MutationError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const data = await query(client, CreateOutgoingWebhookDocument, {
        input: {
          name,
          url,
          eventTypes: eventTypes
            .split(/[\s,]+/)
            .map((type) => type.trim())
            .filter(Boolean),
        },
      });
      const answer = data.createOutgoingWebhook;
      if (answer.__typename === "CreateOutgoingWebhookPayload") onCreated(answer.webhook, answer.secret);
      else setError(answer);
      setProblem(null);
    } catch (thrown) {
      setProblem((thrown as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string, label: string, value: string, set: (value: string) => void, hint?: string) => (
    <div className="field">
      <label htmlFor={`new-${id}`}>{label}</label>
      <input
        id={`new-${id}`}
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-invalid={errors[id] ? true : undefined}
        aria-describedby={errors[id] ? `new-${id}-error` : hint ? `new-${id}-hint` : undefined}
      />
      {hint && !errors[id] && (
        <small id={`new-${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {errors[id] && (
        <small id={`new-${id}-error`} className="field-error">
          {errors[id]}
        </small>
      )}
    </div>
  );

  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} aria-label="New endpoint">
      {field("name", "Name", name, setName)}
      {field("url", "URL", url, setUrl, "Where the webhooks are POSTed (https).")}
      {field(
        "eventTypes",
        "Event types",
        eventTypes,
        setEventTypes,
        "Comma-separated; * for all, invoice.* for a group.",
      )}
      {error && !error.issues?.length && <Notice kind="error">{error.message}</Notice>}
      {problem && <Notice kind="error">{problem}</Notice>}
      <button type="submit" disabled={busy}>
        Create endpoint
      </button>
    </form>
  );
}
