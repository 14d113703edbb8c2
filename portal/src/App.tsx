import { useEffect, useMemo, useState, type FormEvent } from "react";
import { ViewerDocument, type ViewerQuery, type HookrelayClient } from "@hookrelay/client";
import { apiClient, forgetKey, keepKey, takeSessionKey } from "./session.js";
import { useRoute, type Route } from "./route.js";
import { EndpointsPage } from "./EndpointsPage.js";
import { EndpointPage } from "./EndpointPage.js";
import { EventPage, EventsPage } from "./EventsPage.js";
import { CataloguePage } from "./CataloguePage.js";
import { AlertsPage, ApiKeysPage, IncomingWebhooksPage } from "./OperatorPages.js";
import { Notice } from "./components.js";

type Viewer = NonNullable<ViewerQuery["viewer"]>;

export function App() {
  const [key, setKey] = useState(takeSessionKey);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const client = useMemo(() => (key ? apiClient(key) : null), [key]);
  const route = useRoute();

  useEffect(() => {
    if (!client) return;
    let current = true;
    setViewer(null);
    setProblem(null);
    client.request(ViewerDocument, {}).then(
      (data) => current && (data.viewer ? setViewer(data.viewer) : setProblem("This key cannot be used here.")),
      (error: Error) => current && setProblem(error.message),
    );
    return () => {
      current = false;
    };
  }, [client]);

  const signOut = () => {
    forgetKey();
    setKey(null);
    setViewer(null);
    setProblem(null);
  };

  if (!key || !client) return <SignIn onKey={(entered) => (keepKey(entered), setKey(entered))} />;
  if (problem)
    return (
      <main className="centered">
        <h1>Your session has ended</h1>
        <Notice kind="error">{problem}</Notice>
        <p>Ask for a new link to the portal, or sign in with an API key.</p>
        <button type="button" onClick={signOut}>
          Sign in again
        </button>
      </main>
    );
  // The pages load beside the key's check (one round trip less before they show); a refused key
  // replaces them with the message above.
  // A tenant-wide key sees the operator's pages too; a portal session only its project's.
  const operator = viewer !== null && viewer.projectId === null;
  const section = route.page === "endpoint" ? "endpoints" : route.page === "event" ? "events" : route.page;
  const link = (page: string, label: string, href: string) => (
    <a href={href} aria-current={section === page ? "page" : undefined}>
      {label}
    </a>
  );

  return (
    <>
      <header className="bar">
        <a className="brand" href="#/">
          Webhooks
        </a>
        <nav aria-label="Sections">
          {link("endpoints", "Endpoints", "#/")}
          {link("events", "Events", "#/events")}
          {link("catalogue", "Event types", "#/catalogue")}
          {operator && link("incoming", "Incoming", "#/incoming")}
          {operator && link("alerts", "Alerts", "#/alerts")}
          {operator && link("keys", "API keys", "#/keys")}
        </nav>
        <span className="scope">
          {viewer && (viewer.projectId ? `Project ${viewer.projectId}` : `All projects · ${viewer.name}`)}
        </span>
        <button type="button" className="quiet" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>{page(route, client)}</main>
    </>
  );
}

function page(route: Route, client: HookrelayClient) {
  switch (route.page) {
    case "endpoint":
      return <EndpointPage client={client} id={route.id} />;
    case "events":
      return <EventsPage client={client} />;
    case "event":
      return <EventPage client={client} id={route.id} />;
    case "catalogue":
      return <CataloguePage client={client} />;
    case "incoming":
      return <IncomingWebhooksPage client={client} />;
    case "alerts":
      return <AlertsPage client={client} />;
    case "keys":
      return <ApiKeysPage client={client} />;
    case "endpoints":
      return <EndpointsPage client={client} />;
  }
}

function SignIn({ onKey }: { onKey: (key: string) => void }) {
  const [entered, setEntered] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (entered.trim()) onKey(entered.trim());
  };
  return (
    <main className="centered">
      <h1>Webhooks portal</h1>
      <p>Open the link you were given, or paste an API key.</p>
      <form onSubmit={submit} className="stack">
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          placeholder="whk_…"
          value={entered}
          onChange={(event) => setEntered(event.target.value)}
        />
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
