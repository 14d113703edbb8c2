// The page shown follows the URL's fragment (#/ and #/endpoints/<id>), so the back button and links work
// without the server knowing the portal's pages.
import { useEffect, useState } from "react";

export type Route = { page: "endpoints" } | { page: "endpoint"; id: string };

function current(): Route {
  const match = /^#\/endpoints\/([^/?]+)/.exec(window.location.hash);
  return match?.[1] ? { page: "endpoint", id: decodeURIComponent(match[1]) } : { page: "endpoints" };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}

export const endpointHref = (id: string) => `#/endpoints/${encodeURIComponent(id)}`;
