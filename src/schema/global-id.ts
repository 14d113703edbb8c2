import { NotFoundError, ValidationError } from "../errors.js";
import { isUuid } from "../db/uuid.js";
import { MALFORMED_ID_TYPENAME } from "../builder.js";

/**
 * The database id inside a decoded global id, when it names one of `typenames`. A malformed id is a
 * ValidationError at `path` (the argument or input field it came in); an id of any other type is
 * answered like a missing object, so ids cannot be used to probe what exists.
 */
export function localId(globalId: { typename: string; id: string }, path: string[], what: string, ...typenames: string[]): string {
  if (globalId.typename === MALFORMED_ID_TYPENAME) throw ValidationError.of(path, "is not a valid id");
  if (!typenames.includes(globalId.typename) || !isUuid(globalId.id)) throw new NotFoundError(what);
  return globalId.id;
}
