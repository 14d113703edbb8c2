import { useState } from "react";
import { EndpointForm } from "./EndpointForm.js";
import { type HookrelayClient, EndpointListDocument, type EndpointRowFieldsFragment } from "@hookrelay/client";
import { useLoaded } from "./api.js";
import { Badge, Notice, ShownOnce, Sparkline, When, statusOf } from "./components.js";
import { endpointHref } from "./route.js";

type Endpoint = EndpointRowFieldsFragment;

export function EndpointsPage({ client }: { client: HookrelayClient }) {
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<"" | "enabled" | "suspended" | "disabled">("");
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);

  const {
    value: endpoints,
    problem,
    set: setEndpoints,
  } = useLoaded(async (): Promise<Endpoint[]> => {
    const data = await client.request(EndpointListDocument, {
      filter: {
        kind: "OUTGOING",
        ...(search.trim() ? { search: search.trim() } : {}),
        ...(status === "enabled" ? { active: true } : {}),
        ...(status === "suspended" ? { enabled: true, suspended: true } : {}),
        ...(status === "disabled" ? { enabled: false } : {}),
      },
      orderBy: { field: "CREATED_AT", direction: "DESC" },
      first: 100,
    });
    return (data.webhooks?.nodes ?? []).flatMap((node) => (node.__typename === "OutgoingWebhook" ? [node] : []));
  }, [client, search, status]);

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
        <EndpointForm
          client={client}
          endpoint={null}
          onCancel={() => setCreating(false)}
          onSaved={(endpoint, secret) => {
            setCreating(false);
            setCreated({ name: endpoint.name, secret: secret ?? "" });
            setEndpoints((current) => [{ ...endpoint, recentDeliveries: null }, ...(current ?? [])]);
          }}
        />
      )}
      <div className="filters" role="search" aria-label="Filter endpoints">
        <label>
          <span>Search</span>
          <input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Name or URL"
          />
        </label>
        <label>
          <span>Status</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as typeof status)}>
            <option value="">any</option>
            <option value="enabled">enabled</option>
            <option value="suspended">suspended</option>
            <option value="disabled">disabled</option>
          </select>
        </label>
      </div>
      {problem && <Notice kind="error">{problem}</Notice>}
      {!endpoints && !problem && <p aria-busy="true">Loading endpoints…</p>}
      {endpoints?.length === 0 && (
        <p className="empty">
          {search || status ? "No endpoint matches." : "No endpoints yet. Add one to start receiving webhooks."}
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
