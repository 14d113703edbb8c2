import { NotFoundError } from "../errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The database id inside a decoded global id, when it names one of `typenames`. Any other type is
 * answered like a missing object, so ids cannot be used to probe what exists.
 */
export function localId(globalId: { typename: string; id: string }, what: string, ...typenames: string[]): string {
  if (!typenames.includes(globalId.typename) || !UUID.test(globalId.id)) throw new NotFoundError(what);
  return globalId.id;
}
