import { NotFoundError } from "../common/errors.js";
import { malformedIdError } from "./builder.js";

/**
 * The database id inside a decoded global id, when it names one of `typenames`. A malformed id is a
 * ValidationError at `path` (the argument or input field it came in); an id of any other type is
 * answered like a missing object, so ids cannot be used to probe what exists.
 */
export function localId(
  globalId: { typename: string; id: string },
  path: string[],
  what: string,
  ...typenames: string[]
): string {
  const malformed = malformedIdError(globalId, path);
  if (malformed) throw malformed;
  // The decoder (builder.ts) marks any id that is not a UUID as malformed.
  if (!typenames.includes(globalId.typename)) throw new NotFoundError(what);
  return globalId.id;
}
