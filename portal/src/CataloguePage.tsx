// The event type catalogue as receivers read it: each type's meaning, schema and examples, by group.
import { useState } from "react";
import { EventTypesDocument, type EventTypeFieldsFragment, type HookrelayClient } from "@hookrelay/client";
import { useLoaded } from "./api.js";
import { Badge, Notice } from "./components.js";
import { JsonView } from "./EventsPage.js";

/** The catalogue's types, by group (types without one last), each group by name. */
export function byGroup(types: EventTypeFieldsFragment[]): [string | null, EventTypeFieldsFragment[]][] {
  const groups = new Map<string | null, EventTypeFieldsFragment[]>();
  for (const type of types) groups.set(type.group ?? null, [...(groups.get(type.group ?? null) ?? []), type]);
  return [...groups].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
}

/** The first page of the catalogue (100 types, by name), matching `search`. */
export async function loadCatalogue(client: HookrelayClient, search = ""): Promise<EventTypeFieldsFragment[]> {
  const filter = search.trim() ? { search: search.trim() } : null;
  return (await client.request(EventTypesDocument, { filter, first: 100 })).eventTypes?.nodes ?? [];
}

export function CataloguePage({ client }: { client: HookrelayClient }) {
  const [search, setSearch] = useState("");
  const { value: types, problem } = useLoaded(() => loadCatalogue(client, search), [client, search]);

  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">Event types</h1>
      <p className="muted">What each event means and the payload it carries, as a JSON Schema with examples.</p>
      <label className="search">
        <span>Search</span>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="invoice" />
      </label>
      {problem && <Notice kind="error">{problem}</Notice>}
      {!types && !problem && <p aria-busy="true">Loading event types…</p>}
      {types?.length === 0 && (
        <p className="empty">{search ? "No event type matches." : "No event types described yet."}</p>
      )}
      {types &&
        byGroup(types).map(([group, members]) => (
          <section key={group ?? ""} aria-label={group ?? "Other"}>
            <h2>{group ?? "Other"}</h2>
            {members.map((type) => (
              <article key={type.id} className="card stack" aria-labelledby={`type-${type.id}`}>
                <h3 id={`type-${type.id}`}>
                  <code>{type.name}</code> <span className="muted">version {type.version}</span>{" "}
                  {type.deprecated && <Badge value="deprecated" />}
                </h3>
                {type.description && <p>{type.description}</p>}
                {type.deprecated && type.deprecationReason && <Notice kind="info">{type.deprecationReason}</Notice>}
                <details>
                  <summary>Schema</summary>
                  <JsonView value={type.schema} label={`${type.name} schema`} />
                </details>
                {type.examples.map((example, index) => (
                  <details key={index}>
                    <summary>Example {type.examples.length > 1 ? index + 1 : ""}</summary>
                    <JsonView value={example} label={`${type.name} example ${index + 1}`} />
                  </details>
                ))}
              </article>
            ))}
          </section>
        ))}
    </section>
  );
}
