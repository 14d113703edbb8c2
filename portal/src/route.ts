// The page shown follows the URL's fragment (#/, #/endpoints/<id>, #/events, #/catalogue, ...), so the back button
// and links work without the server knowing the portal's pages.
import { useEffect, useState } from "react";

export type Route =
  | { page: "endpoints" }
  | { page: "endpoint"; id: string }
  | { page: "events" }
  | { page: "event"; id: string }
  | { page: "catalogue" }
  | { page: "incoming" }
  | { page: "alerts" }
  | { page: "keys" };

function current(): Route {
  const [, section = "", id] = /^#\/([a-z]*)(?:\/([^/?]+))?/.exec(window.location.hash) ?? [];
  const decoded = id ? decodeURIComponent(id) : null;
  switch (section) {
    case "endpoints":
      return decoded ? { page: "endpoint", id: decoded } : { page: "endpoints" };
    case "events":
      return decoded ? { page: "event", id: decoded } : { page: "events" };
    case "catalogue":
    case "incoming":
    case "alerts":
    case "keys":
      return { page: section };
    default:
      return { page: "endpoints" };
  }
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
export const eventHref = (id: string) => `#/events/${encodeURIComponent(id)}`;
