import { NotFoundError } from "../common/errors.js";
import { malformedIdError } from "./builder.js";

/**
 * What each kind of id argument may name: the object types whose global ids it takes, and what a
 * missing one is called in NOT_FOUND. The type names are written here once.
 */
const ID_KINDS = {
  webhook: { what: "Webhook", typenames: ["OutgoingWebhook", "IncomingWebhook"] },
  outgoingWebhook: { what: "Webhook", typenames: ["OutgoingWebhook"] },
  incomingWebhook: { what: "Webhook", typenames: ["IncomingWebhook"] },
  event: { what: "Event", typenames: ["Event"] },
  delivery: { what: "Delivery", typenames: ["Delivery"] },
  alert: { what: "Alert", typenames: ["Alert"] },
  apiKey: { what: "API key", typenames: ["ApiKey"] },
} as const satisfies Record<string, { what: string; typenames: readonly string[] }>;

export type IdKind = keyof typeof ID_KINDS;

/** The object types an id of `kind` may name. */
export const typenamesOf = (kind: IdKind): readonly string[] => ID_KINDS[kind].typenames;

/**
 * The database id inside a decoded global id, when it names an object of `kind`. A malformed id is a
 * ValidationError at `path` (the argument or input field it came in); an id of any other type is
 * answered like a missing object, so ids cannot be used to probe what exists. (Pothos' own
 * `globalID({ for })` would refuse it with an untyped error instead of a mutation's NotFoundError.)
 */
export function localId(globalId: { typename: string; id: string }, path: string[], kind: IdKind): string {
  const malformed = malformedIdError(globalId, path);
  if (malformed) throw malformed;
  // The decoder (builder.ts) marks any id that is not a UUID as malformed.
  if (!typenamesOf(kind).includes(globalId.typename)) throw new NotFoundError(ID_KINDS[kind].what);
  return globalId.id;
}
