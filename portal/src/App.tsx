import { useEffect, useMemo, useState, type FormEvent } from "react";
import { ViewerDocument, type ViewerQuery } from "../../client/generated/graphql.js";
import { query } from "./api.js";
import { apiClient, forgetKey, keepKey, takeSessionKey } from "./session.js";
import { useRoute } from "./route.js";
import { EndpointsPage } from "./EndpointsPage.js";
import { EndpointPage } from "./EndpointPage.js";
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
    query(client, ViewerDocument, {}).then(
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
  if (!viewer)
    return (
      <main className="centered" aria-busy="true">
        Loading…
      </main>
    );

  return (
    <>
      <header className="bar">
        <a className="brand" href="#/">
          Webhooks
        </a>
        <span className="scope">
          {viewer.projectId ? `Project ${viewer.projectId}` : `All projects · ${viewer.name}`}
        </span>
        <button type="button" className="quiet" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>
        {route.page === "endpoint" ? (
          <EndpointPage client={client} apiKey={key} id={route.id} />
        ) : (
          <EndpointsPage client={client} />
        )}
      </main>
    </>
  );
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
