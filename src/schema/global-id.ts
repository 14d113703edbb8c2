import { NotFoundError } from "../errors.js";
import { isUuid } from "../db/uuid.js";

/**
 * The database id inside a decoded global id, when it names one of `typenames`. Any other type is
 * answered like a missing object, so ids cannot be used to probe what exists.
 */
export function localId(globalId: { typename: string; id: string }, what: string, ...typenames: string[]): string {
  if (!typenames.includes(globalId.typename) || !isUuid(globalId.id)) throw new NotFoundError(what);
  return globalId.id;
}
