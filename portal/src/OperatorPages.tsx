// Pages for a tenant-wide key (an operator's): incoming webhooks, alerts and API keys. A portal
// session never sees them.
import { useEffect, useState, type FormEvent } from "react";
import {
  type HookrelayClient,
  AlertListDocument,
  AlertRowChangedDocument,
  ApiKeyListDocument,
  CreateApiKeyDocument,
  IncomingWebhookListDocument,
  RevokeApiKeyDocument,
  type AlertRowFieldsFragment,
  type ApiKeyFieldsFragment,
  type IncomingWebhookListQuery,
  type Scope,
} from "@hookrelay/client";
import { issueAt, subscribe, useLoaded, type MutationError } from "./api.js";
import { Badge, Confirmed, Field, Notice, ShownOnce, When } from "./components.js";

type IncomingRow = Extract<
  NonNullable<IncomingWebhookListQuery["webhooks"]>["nodes"][number],
  { __typename: "IncomingWebhook" }
>;

export function IncomingWebhooksPage({ client }: { client: HookrelayClient }) {
  const [copied, setCopied] = useState<string | null>(null);
  const { value: hooks, problem } = useLoaded(
    async (): Promise<IncomingRow[]> =>
      ((await client.request(IncomingWebhookListDocument, { first: 100 })).webhooks?.nodes ?? []).flatMap((node) =>
        node.__typename === "IncomingWebhook" ? [node] : [],
      ),
    [client],
  );

  const copy = (hook: IncomingRow) =>
    hook.webhookUrl &&
    void navigator.clipboard?.writeText(hook.webhookUrl).then(
      () => setCopied(hook.id),
      () => undefined,
    );

  return (
    <section aria-labelledby="incoming-title">
      <h1 id="incoming-title">Incoming webhooks</h1>
      {problem && <Notice kind="error">{problem}</Notice>}
      {!hooks && !problem && <p aria-busy="true">Loading incoming webhooks…</p>}
      {hooks?.length === 0 && <p className="empty">No incoming webhooks yet. Create one through the API.</p>}
      {hooks && hooks.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Plugin</th>
              <th scope="col">Authentication</th>
              <th scope="col">Last received</th>
              <th scope="col">URL</th>
            </tr>
          </thead>
          <tbody>
            {hooks.map((hook) => (
              <tr key={hook.id}>
                <td>{hook.name}</td>
                <td>
                  {hook.plugin.pluginId} <span className="muted">{hook.plugin.version}</span>
                </td>
                <td>{hook.authentication.type.toLowerCase().replace(/_/g, " ")}</td>
                <td>
                  <When at={hook.lastReceivedAt} />
                </td>
                <td>
                  {hook.webhookUrl ? (
                    <button type="button" className="quiet" onClick={() => copy(hook)}>
                      {copied === hook.id ? "Copied" : "Copy URL"}
                    </button>
                  ) : (
                    <span className="muted">needs webhooks:edit</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function AlertsPage({ client }: { client: HookrelayClient }) {
  const [alerts, setAlerts] = useState<AlertRowFieldsFragment[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [liveProblem, setLiveProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const stop = subscribe(
      client,
      AlertRowChangedDocument,
      {},
      (data) => {
        const alert = data.alertChanged.alert;
        if (alert) setAlerts((rows) => [alert, ...(rows ?? []).filter((row) => row.id !== alert.id)].slice(0, 200));
      },
      setLiveProblem,
    );
    client.request(AlertListDocument, { first: 100 }).then(
      (data) =>
        current &&
        setAlerts((live) => [
          ...(live ?? []),
          ...(data.alerts?.nodes ?? []).filter((row) => !live?.some((seen) => seen.id === row.id)),
        ]),
      (error: Error) => current && setProblem(error.message),
    );
    return () => {
      current = false;
      stop();
    };
  }, [client]);

  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">Alerts</h1>
      {liveProblem && <Notice kind="info">{liveProblem}</Notice>}
      {problem && <Notice kind="error">{problem}</Notice>}
      {!alerts && !problem && <p aria-busy="true">Loading alerts…</p>}
      {alerts?.length === 0 && <p className="empty">No alerts. They appear here as monitoring systems report.</p>}
      {alerts && alerts.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Alert</th>
              <th scope="col">State</th>
              <th scope="col">Severity</th>
              <th scope="col">Events</th>
              <th scope="col">Last event</th>
            </tr>
          </thead>
          <tbody>
            {alerts.map((alert) => (
              <tr key={alert.id}>
                <td>{alert.title}</td>
                <td>
                  <Badge value={alert.state} />
                </td>
                <td>{alert.severity.toLowerCase()}</td>
                <td>{alert.eventCount}</td>
                <td>
                  <When at={alert.lastEventAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

// Every scope, in the API's order: a scope added to the schema fails the type check here until listed.
const KEY_SCOPES = Object.keys({
  WEBHOOKS_VIEW: true,
  WEBHOOKS_ADD: true,
  WEBHOOKS_EDIT: true,
  WEBHOOKS_REMOVE: true,
  EVENTS_PUBLISH: true,
  EVENTS_VIEW: true,
  EVENTS_MANAGE: true,
  DELIVERIES_VIEW: true,
  DELIVERIES_RETRY: true,
  TENANT_ADMIN: true,
  PORTAL_SESSIONS: true,
} satisfies Record<Scope, true>) as Scope[];

export function ApiKeysPage({ client }: { client: HookrelayClient }) {
  const loaded = useLoaded(
    async () => (await client.request(ApiKeyListDocument, { first: 100 })).apiKeys?.nodes ?? [],
    [client],
  );
  const { value: keys, set: setKeys } = loaded;
  const [revokeProblem, setRevokeProblem] = useState<string | null>(null);
  const problem = loaded.problem ?? revokeProblem;
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);

  const revoke = async (id: string) => {
    try {
      const answer = (await client.request(RevokeApiKeyDocument, { input: { id } })).revokeApiKey;
      if (answer.__typename === "RevokeApiKeyPayload") {
        const revoked = answer.apiKey;
        setKeys((rows) => (rows ?? []).map((row) => (row.id === revoked.id ? revoked : row)));
      } else setRevokeProblem(answer.message);
    } catch (error) {
      setRevokeProblem((error as Error).message);
    }
  };

  return (
    <section aria-labelledby="keys-title">
      <h1 id="keys-title">API keys</h1>
      {created && <ShownOnce label={`The key ${created.name}.`} secret={created.key} />}
      <CreateKey
        client={client}
        onCreated={(key, apiKey) => {
          setCreated({ name: apiKey.name, key });
          setKeys((rows) => [apiKey, ...(rows ?? [])]);
        }}
      />
      {problem && <Notice kind="error">{problem}</Notice>}
      {!keys && !problem && <p aria-busy="true">Loading keys…</p>}
      {keys && keys.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Prefix</th>
              <th scope="col">Scopes</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id}>
                <td>
                  {key.name}
                  {key.projectId && <span className="muted"> · project {key.projectId}</span>}
                </td>
                <td>
                  <code>{key.prefix}</code>
                </td>
                <td>{key.scopes.map((scope) => scope.toLowerCase().replace("_", ":")).join(", ")}</td>
                <td>
                  <When at={key.lastUsedAt} />
                </td>
                <td>
                  {key.revoked ? (
                    <Badge value="revoked" />
                  ) : (
                    <Confirmed ask="Revoke…" confirm={`Revoke ${key.name}`} onConfirm={() => void revoke(key.id)} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CreateKey({
  client,
  onCreated,
}: {
  client: HookrelayClient;
  onCreated: (key: string, apiKey: ApiKeyFieldsFragment) => void;
}) {
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Scope[]>(["WEBHOOKS_VIEW", "DELIVERIES_VIEW"]);
  const [error, setError] = useState<MutationError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const answer = (await client.request(CreateApiKeyDocument, { input: { name, scopes } })).createApiKey;
      if (answer.__typename === "CreateApiKeyPayload") {
        setError(null);
        setName("");
        onCreated(answer.key, answer.apiKey);
      } else setError(answer);
    } catch (thrown) {
      setError({ __typename: "Error", message: (thrown as Error).message });
    }
  };

  return (
    <form className="card stack" aria-label="New API key" onSubmit={(event) => void submit(event)}>
      <Field id="key-name" label="Name" error={issueAt(error, "name")}>
        {(describedBy, invalid) => (
          <input
            id="key-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={invalid}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <fieldset>
        <legend>Scopes</legend>
        {KEY_SCOPES.map((scope) => (
          <label key={scope} className="check">
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(event) =>
                setScopes(event.target.checked ? [...scopes, scope] : scopes.filter((held) => held !== scope))
              }
            />
            {scope.toLowerCase().replace("_", ":")}
          </label>
        ))}
        {issueAt(error, "scopes") && <small className="field-error">{issueAt(error, "scopes")}</small>}
      </fieldset>
      {error && !error.issues?.length && <Notice kind="error">{error.message}</Notice>}
      <button type="submit">Create key</button>
    </form>
  );
}
