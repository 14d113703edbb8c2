// Named (prepared) statements on PostgreSQL (DATABASE_PREPARED_STATEMENTS, off by default): the
// server parses a named statement once per connection and, after five executions, may keep a generic
// plan, where an unnamed one is parsed and planned on every execution. With 200 webhooks that was half
// of the server's CPU (a profile of bench:live: planning 33%, parsing 18%, executing 12%); in
// bench:delivery's throughput and batch phases prepared statements measured slower, for a reason not
// found yet, so they are opt-in (docs/operations.md).
//
// A connection keeps every statement prepared on it for its lifetime, so only texts that recur are
// named: a text gets a name the second time it is seen, and at most `maxNamed` texts ever do. A text
// built with a varying number of placeholders (an IN list) stays unnamed instead of filling the
// server's memory.

/** Returns the name to prepare `text` under, or "" (the protocol's unnamed statement) to send it unnamed. */
export type StatementNamer = (text: string) => string;

export function statementNamer(maxNamed = 500, maxSeen = 5000): StatementNamer {
  const named = new Map<string, string>();
  const seenOnce = new Set<string>();
  return (text) => {
    const name = named.get(text);
    if (name !== undefined) return name;
    if (named.size >= maxNamed) return "";
    if (!seenOnce.has(text)) {
      if (seenOnce.size >= maxSeen) seenOnce.clear();
      seenOnce.add(text);
      return "";
    }
    seenOnce.delete(text);
    // Names are never reused for another text: node-postgres refuses a known name with a new text.
    const created = `hookrelay_${named.size + 1}`;
    named.set(text, created);
    return created;
  };
}
