// Creating and editing an endpoint: every destination type with its settings, event types, headers,
// ordering, rate limit and failure handling; event types can be picked from the catalogue. The API checks everything; its field errors are shown
// under the fields they name.
import { useState, type FormEvent, type ReactNode } from "react";
import {
  type HookrelayClient,
  CreateOutgoingWebhookDocument,
  UpdateOutgoingWebhookDocument,
  type OutgoingWebhookFieldsFragment,
  type RetryStrategyType,
  type WebhookDestinationType,
} from "@hookrelay/client";
import { byGroup, loadCatalogue } from "./CataloguePage.js";
import { issueAt, useLoaded, type MutationError } from "./api.js";
import { Field, Notice } from "./components.js";

type Endpoint = OutgoingWebhookFieldsFragment;

const TYPES: { type: WebhookDestinationType; label: string }[] = [
  { type: "STANDARD", label: "Standard Webhooks (signed JSON)" },
  { type: "SLACK", label: "Slack" },
  { type: "DISCORD", label: "Discord" },
  { type: "MICROSOFT_TEAMS", label: "Microsoft Teams" },
  { type: "GOOGLE_CHAT", label: "Google Chat" },
  { type: "FEISHU", label: "Feishu" },
  { type: "PAGERDUTY", label: "PagerDuty" },
  { type: "OPSGENIE", label: "Opsgenie" },
  { type: "DATADOG", label: "Datadog" },
  { type: "SPLUNK", label: "Splunk" },
  { type: "CUSTOM", label: "A body of your own (JSONata)" },
  { type: "RABBITMQ", label: "RabbitMQ exchange" },
  { type: "NATS_JETSTREAM", label: "NATS JetStream" },
  { type: "REDIS_STREAM", label: "Redis stream" },
  { type: "MQTT", label: "MQTT topic" },
];

type Setting =
  | "apiKey"
  | "site"
  | "region"
  | "routingKey"
  | "token"
  | "index"
  | "source"
  | "sourceType"
  | "signingSecret"
  | "expression"
  | "contentType"
  | "password"
  | "exchange"
  | "routingKeyTemplate"
  | "persistent"
  | "subjectTemplate"
  | "streamKeyTemplate"
  | "maxLength"
  | "topicTemplate"
  | "clientId";

interface SettingField {
  name: Setting;
  label: string;
  secret?: boolean;
  multiline?: boolean;
  /** Sent as a number or a boolean (the form holds text). */
  kind?: "number" | "boolean";
}

const BROKER_PASSWORD: SettingField = {
  name: "password",
  label: "Password of the URL's user (optional)",
  secret: true,
};

/** Each type's settings, and which of them are secrets (write-only: blank keeps the stored one). */
const SETTINGS: Partial<Record<WebhookDestinationType, SettingField[]>> = {
  CUSTOM: [
    { name: "expression", label: "JSONata expression over { event, webhook }", multiline: true },
    { name: "contentType", label: "Content type (default application/json)" },
  ],
  DATADOG: [
    { name: "apiKey", label: "API key", secret: true },
    { name: "site", label: "Site (default datadoghq.com)" },
  ],
  OPSGENIE: [
    { name: "apiKey", label: "API integration key", secret: true },
    { name: "region", label: "Region: US or EU (default US)" },
  ],
  PAGERDUTY: [{ name: "routingKey", label: "Integration (routing) key", secret: true }],
  SPLUNK: [
    { name: "token", label: "HTTP Event Collector token", secret: true },
    { name: "index", label: "Index (default: the token's)" },
    { name: "source", label: "Source (default hookrelay)" },
    { name: "sourceType", label: "Source type (default _json)" },
  ],
  FEISHU: [{ name: "signingSecret", label: "Signature verification secret (optional)", secret: true }],
  RABBITMQ: [
    { name: "exchange", label: 'Exchange (default "": the default exchange)' },
    { name: "routingKeyTemplate", label: "Routing key ({type} is the event's type; default {type})" },
    { name: "persistent", label: "Persistent messages: true or false (default true)", kind: "boolean" },
    BROKER_PASSWORD,
  ],
  NATS_JETSTREAM: [
    { name: "subjectTemplate", label: "Subject, taken by a stream ({type} is the event's type; default {type})" },
    { ...BROKER_PASSWORD, label: "Password of the URL's user, or the server's token (optional)" },
  ],
  REDIS_STREAM: [
    { name: "streamKeyTemplate", label: "Stream key ({type} is the event's type; default {type})" },
    { name: "maxLength", label: "Keep about this many entries (MAXLEN ~; default: no cap)", kind: "number" },
    BROKER_PASSWORD,
  ],
  MQTT: [
    { name: "topicTemplate", label: "Topic ({type} is the event's type; default {type})" },
    { name: "clientId", label: "Client id prefix (default hookrelay)" },
    BROKER_PASSWORD,
  ],
};

/** A setting's text as the API takes it. */
function settingValue(setting: SettingField, text: string): string | number | boolean {
  if (setting.kind === "number" && /^\d+$/.test(text)) return Number(text);
  if (setting.kind === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text; // anything else goes as typed, and the API names the rule it breaks
}

interface Draft {
  name: string;
  type: WebhookDestinationType;
  url: string;
  eventTypes: string;
  settings: Partial<Record<Setting, string>>;
  headers: string;
  fifo: boolean;
  perSecond: string;
  burst: string;
  attempts: string;
  intervalSeconds: string;
  strategy: RetryStrategyType;
  timeoutSeconds: string;
  divert: boolean;
  suspendAfter: string;
}

function draftOf(endpoint: Endpoint | null): Draft {
  const handling = endpoint?.failureHandling;
  const settings = endpoint?.destinationSettings;
  return {
    name: endpoint?.name ?? "",
    type: endpoint?.type ?? "STANDARD",
    url: endpoint?.url ?? "",
    eventTypes: endpoint?.eventTypes.join(", ") ?? "*",
    // Secrets are never read back: their fields start blank.
    settings: {
      site: settings?.site ?? undefined,
      region: settings?.region ?? undefined,
      index: settings?.index ?? undefined,
      source: settings?.source ?? undefined,
      sourceType: settings?.sourceType ?? undefined,
      expression: settings?.expression ?? undefined,
      contentType: settings?.contentType ?? undefined,
      exchange: settings?.exchange ?? undefined,
      routingKeyTemplate: settings?.routingKeyTemplate ?? undefined,
      persistent:
        settings?.persistent === null || settings?.persistent === undefined ? undefined : String(settings.persistent),
      subjectTemplate: settings?.subjectTemplate ?? undefined,
      streamKeyTemplate: settings?.streamKeyTemplate ?? undefined,
      maxLength:
        settings?.maxLength === null || settings?.maxLength === undefined ? undefined : String(settings.maxLength),
      topicTemplate: settings?.topicTemplate ?? undefined,
      clientId: settings?.clientId ?? undefined,
    },
    headers: (endpoint?.headers ?? []).map((header) => `${header.name}: ${header.values.join(", ")}`).join("\n"),
    fifo: endpoint?.ordering === "FIFO",
    perSecond: endpoint?.rateLimit ? String(endpoint.rateLimit.perSecond) : "",
    burst: endpoint?.rateLimit ? String(endpoint.rateLimit.burst) : "",
    // A new endpoint starts from the service's defaults (FailureHandling in the API reference).
    attempts: String(handling?.retryStrategy.attempts ?? 8),
    intervalSeconds: String(handling?.retryStrategy.intervalSeconds ?? 60),
    strategy: handling?.retryStrategy.type ?? "EXPONENTIAL",
    timeoutSeconds: String(handling?.timeoutSeconds ?? 15),
    divert: handling?.divert ?? true,
    suspendAfter: String(handling && !handling.suspend ? 0 : (handling?.suspendAfterConsecutiveFailures ?? 5)),
  };
}

const HANDLING: (keyof Draft)[] = [
  "attempts",
  "intervalSeconds",
  "strategy",
  "timeoutSeconds",
  "divert",
  "suspendAfter",
];

const list = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** "Name: value, value" per line. */
function headersOf(text: string): { name: string; values: string[] }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(":");
      const name = (at < 0 ? line : line.slice(0, at)).trim();
      const values =
        at < 0
          ? []
          : line
              .slice(at + 1)
              .split(",")
              .map((value) => value.trim());
      return { name, values: values.filter(Boolean) };
    });
}

/** The event types text with `name` added or taken out; picking a type narrows a bare "*" to it. */
function toggled(text: string, name: string, on: boolean): string {
  const items = list(text).filter((item) => item !== name);
  const kept = on && items.length === 1 && items[0] === "*" ? [] : items;
  return (on ? [...kept, name] : kept).join(", ");
}

const number = (text: string): number | null => (text.trim() === "" ? null : Number(text));

export function EndpointForm({
  client,
  endpoint,
  onSaved,
  onCancel,
}: {
  client: HookrelayClient;
  /** The endpoint to edit; null to create one. */
  endpoint: Endpoint | null;
  onSaved: (endpoint: Endpoint, secret: string | null) => void;
  onCancel: () => void;
}) {
  // What the form started from: only what the user changed is sent, so untouched sections keep
  // following the service's defaults.
  const [initial] = useState(() => draftOf(endpoint));
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<MutationError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <Key extends keyof Draft>(key: Key, value: Draft[Key]) => setDraft({ ...draft, [key]: value });
  // A key without events:view sees no catalogue, and types its event types instead.
  const { value: catalogue } = useLoaded(() => loadCatalogue(client), [client]);
  const picked = new Set(list(draft.eventTypes));
  const prefix = endpoint ? "edit" : "new";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const settings = Object.fromEntries(
      (SETTINGS[draft.type] ?? []).flatMap((setting) => {
        const value = draft.settings[setting.name]?.trim();
        return value ? [[setting.name, settingValue(setting, value)]] : [];
      }),
    );
    const hasSettings = Object.keys(settings).length > 0;
    const perSecond = number(draft.perSecond);
    const changed = (...keys: (keyof Draft)[]) => keys.some((key) => draft[key] !== initial[key]);
    const failureHandling = {
      retryStrategy: {
        type: draft.strategy,
        attempts: number(draft.attempts),
        intervalSeconds: number(draft.intervalSeconds),
      },
      timeoutSeconds: number(draft.timeoutSeconds),
      divert: draft.divert,
      suspend: (number(draft.suspendAfter) ?? 0) > 0,
      ...((number(draft.suspendAfter) ?? 0) > 0 ? { suspendAfterConsecutiveFailures: number(draft.suspendAfter) } : {}),
    };
    const rateLimit = perSecond === null ? null : { perSecond, burst: number(draft.burst) };
    const eventTypes = list(draft.eventTypes);
    try {
      if (!endpoint) {
        const answer = (
          await client.request(CreateOutgoingWebhookDocument, {
            input: {
              name: draft.name,
              type: draft.type,
              url: draft.url.trim() || null,
              eventTypes,
              destinationSettings: hasSettings ? settings : null,
              headers: headersOf(draft.headers),
              ordering: draft.fifo ? "FIFO" : "UNORDERED",
              rateLimit,
              ...(changed(...HANDLING) ? { failureHandling } : {}),
            },
          })
        ).createOutgoingWebhook;
        if (answer.__typename === "CreateOutgoingWebhookPayload") onSaved(answer.webhook, answer.secret);
        else setError(answer);
      } else {
        const before = new Set(endpoint.eventTypes);
        const answer = (
          await client.request(UpdateOutgoingWebhookDocument, {
            input: {
              id: endpoint.id,
              name: draft.name,
              type: draft.type,
              url: draft.url.trim() || null,
              ...(hasSettings || draft.type !== endpoint.type ? { destinationSettings: settings } : {}),
              removeEventTypes: endpoint.eventTypes.filter((type) => !eventTypes.includes(type)),
              addEventTypes: eventTypes.filter((type) => !before.has(type)),
              // Removals apply before additions: the list given replaces the stored one.
              ...(changed("headers")
                ? { removeHeaders: endpoint.headers.map((header) => header.name), addHeaders: headersOf(draft.headers) }
                : {}),
              ordering: draft.fifo ? "FIFO" : "UNORDERED",
              ...(changed("perSecond", "burst") ? (rateLimit ? { rateLimit } : { removeRateLimit: true }) : {}),
              ...(changed(...HANDLING) ? { failureHandling } : {}),
            },
          })
        ).updateOutgoingWebhook;
        if (answer.__typename === "UpdateOutgoingWebhookPayload") onSaved(answer.webhook, null);
        else setError(answer);
      }
    } catch (thrown) {
      setError({ __typename: "Error", message: (thrown as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const field = (
    key: string,
    label: string,
    control: (id: string, describedBy: string | undefined) => ReactNode,
    hint?: string,
  ) => {
    const id = `${prefix}-${key.replace(/\./g, "-")}`;
    return (
      <Field key={id} id={id} label={label} hint={hint} error={issueAt(error, key)}>
        {(describedBy) => control(id, describedBy)}
      </Field>
    );
  };
  const text =
    (key: string, value: string, onChange: (value: string) => void, type = "text") =>
    (id: string, describedBy: string | undefined) => (
      <input
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={issueAt(error, key) ? true : undefined}
        aria-describedby={describedBy}
      />
    );
  const unplaced = error && (!error.issues?.length ? error.message : null);

  return (
    <form
      className="card stack"
      onSubmit={(event) => void submit(event)}
      aria-label={endpoint ? "Edit endpoint" : "New endpoint"}
    >
      {field(
        "name",
        "Name",
        text("name", draft.name, (value) => set("name", value)),
      )}
      {field("type", "Type", (id) => (
        <select
          id={id}
          value={draft.type}
          onChange={(event) => set("type", event.target.value as WebhookDestinationType)}
        >
          {TYPES.map(({ type, label }) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      ))}
      {field(
        "url",
        "URL",
        text("url", draft.url, (value) => set("url", value)),
        endpoint
          ? "Where the webhooks are POSTed."
          : "Where the webhooks are POSTed (https). Leave it empty for PagerDuty, Opsgenie or Datadog: they have their own.",
      )}
      {(SETTINGS[draft.type] ?? []).map((setting) =>
        field(
          `destinationSettings.${setting.name}`,
          setting.label,
          setting.multiline
            ? (id, describedBy) => (
                <textarea
                  id={id}
                  rows={4}
                  value={draft.settings[setting.name] ?? ""}
                  onChange={(event) => set("settings", { ...draft.settings, [setting.name]: event.target.value })}
                  aria-describedby={describedBy}
                />
              )
            : text(
                `destinationSettings.${setting.name}`,
                draft.settings[setting.name] ?? "",
                (value) => set("settings", { ...draft.settings, [setting.name]: value }),
                setting.secret ? "password" : "text",
              ),
          setting.secret && endpoint ? "Stored; leave blank to keep it." : undefined,
        ),
      )}
      {field(
        "eventTypes",
        "Event types",
        text("eventTypes", draft.eventTypes, (value) => set("eventTypes", value)),
        "Comma-separated; * for all, invoice.* for a group.",
      )}
      {catalogue && catalogue.length > 0 && (
        <fieldset>
          <legend>Pick from the event types</legend>
          {byGroup(catalogue).flatMap(([, members]) =>
            members.map((type) => (
              <label key={type.id} className="check">
                <input
                  type="checkbox"
                  checked={picked.has(type.name)}
                  onChange={(event) => set("eventTypes", toggled(draft.eventTypes, type.name, event.target.checked))}
                />
                <code>{type.name}</code>
                {type.description && <span className="muted"> {type.description}</span>}
              </label>
            )),
          )}
        </fieldset>
      )}
      {field(
        "headers",
        "Headers",
        (id, describedBy) => (
          <textarea
            id={id}
            rows={3}
            value={draft.headers}
            onChange={(event) => set("headers", event.target.value)}
            placeholder="X-Team: billing"
            aria-describedby={describedBy}
          />
        ),
        "One per line: Name: value",
      )}
      <fieldset>
        <legend>Ordering and limits</legend>
        <label className="check">
          <input type="checkbox" checked={draft.fifo} onChange={(event) => set("fifo", event.target.checked)} />
          One at a time, in publish order (FIFO)
        </label>
        {field(
          "rateLimit.perSecond",
          "Attempts per second (empty: no limit)",
          text("rateLimit.perSecond", draft.perSecond, (value) => set("perSecond", value), "number"),
        )}
        {field(
          "rateLimit.burst",
          "Burst",
          text("rateLimit.burst", draft.burst, (value) => set("burst", value), "number"),
        )}
      </fieldset>
      <fieldset>
        <legend>When deliveries fail</legend>
        {field(
          "failureHandling.retryStrategy.attempts",
          "Retries",
          text("failureHandling.retryStrategy.attempts", draft.attempts, (value) => set("attempts", value), "number"),
        )}
        {field(
          "failureHandling.retryStrategy.intervalSeconds",
          "First wait (s)",
          text(
            "failureHandling.retryStrategy.intervalSeconds",
            draft.intervalSeconds,
            (value) => set("intervalSeconds", value),
            "number",
          ),
        )}
        {field("failureHandling.retryStrategy.type", "Retry", (id) => (
          <select
            id={id}
            value={draft.strategy}
            onChange={(event) => set("strategy", event.target.value as Draft["strategy"])}
          >
            <option value="EXPONENTIAL">exponentially</option>
            <option value="LINEAR">linearly</option>
            <option value="NONE">no retries</option>
          </select>
        ))}
        {field(
          "failureHandling.timeoutSeconds",
          "Timeout (s)",
          text(
            "failureHandling.timeoutSeconds",
            draft.timeoutSeconds,
            (value) => set("timeoutSeconds", value),
            "number",
          ),
        )}
        {field(
          "failureHandling.suspendAfterConsecutiveFailures",
          "Suspend after failures in a row (0: never)",
          text(
            "failureHandling.suspendAfterConsecutiveFailures",
            draft.suspendAfter,
            (value) => set("suspendAfter", value),
            "number",
          ),
        )}
        <label className="check">
          <input type="checkbox" checked={draft.divert} onChange={(event) => set("divert", event.target.checked)} />
          Keep deliveries that run out of retries, to resend later
        </label>
      </fieldset>
      {unplaced && <Notice kind="error">{unplaced}</Notice>}
      {error?.issues?.some((issue) => issue.path[0] !== "input") && (
        <Notice kind="error">
          {error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join(" ")}
        </Notice>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {endpoint ? "Save changes" : "Create endpoint"}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
