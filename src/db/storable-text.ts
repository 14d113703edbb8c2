// PostgreSQL's text and jsonb cannot hold U+0000, and jsonb refuses a lone UTF-16 surrogate (a
// "\ud800" without its pair). Text bound for them has such characters replaced by U+FFFD, the
// Unicode replacement character, so what arrives is kept rather than refused with an error.
// Without the u flag the pattern sees UTF-16 code units, which is what a lone surrogate is.
// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// JSON text that may decode to such characters: a \u0000 or a \uD800-\uDFFF escape.
const UNSTORABLE_ESCAPE = /\\u(?:0000|d[89a-f])/i;

// The same pattern without the g flag, whose lastIndex state would make test() alternate.
const HAS_UNSTORABLE = new RegExp(UNSTORABLE.source);

export function isStorableText(text: string): boolean {
  return !HAS_UNSTORABLE.test(text);
}

export function storableText(text: string): string {
  return text.replace(UNSTORABLE, "\uFFFD");
}

/** A value parsed from `json` (nested as deep as MAX_JSON_DEPTH allows), its strings and keys made storable. */
export function storableJson(value: unknown, json: string): unknown {
  return UNSTORABLE_ESCAPE.test(json) ? replaceUnstorable(value) : value;
}

function replaceUnstorable(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(replaceUnstorable);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), replaceUnstorable(item)]));
  }
  return value;
}
