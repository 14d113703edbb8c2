import { useState } from "react";
import {
  type HookrelayClient,
  EventDetailDocument,
  EventListDocument,
  type EventDetailQuery,
  type EventListQuery,
} from "@hookrelay/client";
import { useLoaded } from "./api.js";
import { Badge, Notice, When } from "./components.js";
import { endpointHref, eventHref } from "./route.js";

type EventRow = NonNullable<EventListQuery["events"]>["nodes"][number];
type EventDetail = Extract<NonNullable<EventDetailQuery["node"]>, { __typename: "Event" }>;

export function EventsPage({ client }: { client: HookrelayClient }) {
  const [type, setType] = useState("");
  const { value: events, problem } = useLoaded(
    async (): Promise<EventRow[]> =>
      (await client.request(EventListDocument, { filter: type.trim() ? { type: type.trim() } : null, first: 50 }))
        .events?.nodes ?? [],
    [client, type],
  );

  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title">Events</h1>
      <label className="search">
        <span>Type</span>
        <input
          type="search"
          value={type}
          onChange={(event) => setType(event.target.value)}
          placeholder="invoice.paid"
        />
      </label>
      {problem && <Notice kind="error">{problem}</Notice>}
      {!events && !problem && <p aria-busy="true">Loading events…</p>}
      {events?.length === 0 && <p className="empty">{type ? "No event of this type." : "No events published yet."}</p>}
      {events && events.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Occurred</th>
              <th scope="col">Project</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>
                  <a href={eventHref(event.id)}>{event.type}</a>
                </td>
                <td>
                  <When at={event.occurredAt} />
                </td>
                <td>{event.projectId ?? <span className="muted">every project</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function EventPage({ client, id }: { client: HookrelayClient; id: string }) {
  const { value: event, problem } = useLoaded(async (): Promise<EventDetail> => {
    const { node } = await client.request(EventDetailDocument, { id });
    if (node?.__typename !== "Event") throw new Error("This event does not exist.");
    return node;
  }, [client, id]);

  return (
    <section aria-labelledby="event-title">
      <a href="#/events">← Events</a>
      {problem && <Notice kind="error">{problem}</Notice>}
      {!event && !problem && <p aria-busy="true">Loading event…</p>}
      {event && (
        <>
          <h1 id="event-title">{event.type}</h1>
          <dl className="facts">
            <dt>Occurred</dt>
            <dd>
              <When at={event.occurredAt} />
            </dd>
            <dt>Published</dt>
            <dd>
              <When at={event.createdAt} />
            </dd>
            <dt>Project</dt>
            <dd>{event.projectId ?? "every project"}</dd>
            {event.idempotencyKey && (
              <>
                <dt>Idempotency key</dt>
                <dd>
                  <code>{event.idempotencyKey}</code>
                </dd>
              </>
            )}
          </dl>
          <h2>Payload</h2>
          <JsonView value={event.payload} />
          <h2>Deliveries</h2>
          {event.deliveries?.nodes.length === 0 && <p className="empty">No endpoint was subscribed to it.</p>}
          {event.deliveries && event.deliveries.nodes.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">Endpoint</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                </tr>
              </thead>
              <tbody>
                {event.deliveries.nodes.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>
                      {delivery.webhook ? <a href={endpointHref(delivery.webhook.id)}>{delivery.webhook.name}</a> : "—"}
                    </td>
                    <td>
                      <Badge value={delivery.status} />
                    </td>
                    <td>{delivery.attemptCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

/** JSON, indented, each object and array folding open and shut. */
export function JsonView({ value, label = "Payload" }: { value: unknown; label?: string }) {
  return (
    <div className="json" role="group" aria-label={label}>
      <JsonNode value={value} depth={0} />
    </div>
  );
}

function JsonNode({ value, depth, name }: { value: unknown; depth: number; name?: string }) {
  const label = name === undefined ? null : <span className="json-key">{JSON.stringify(name)}: </span>;
  if (value === null || typeof value !== "object")
    return (
      <div>
        {label}
        <span className={`json-${value === null ? "null" : typeof value}`}>{JSON.stringify(value)}</span>
      </div>
    );
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0)
    return (
      <div>
        {label}
        {open + close}
      </div>
    );
  return (
    <details open={depth < 2}>
      <summary>
        {label}
        {open}{" "}
        <span className="muted">
          {entries.length} {entries.length === 1 ? "item" : "items"}
        </span>
      </summary>
      <div className="json-children">
        {entries.map(([key, item]) => (
          <JsonNode key={key} value={item} depth={depth + 1} name={Array.isArray(value) ? undefined : key} />
        ))}
      </div>
      {close}
    </details>
  );
}
