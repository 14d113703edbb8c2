// PostgreSQL cannot store U+0000 nor a lone UTF-16 surrogate. In a GraphQL input either is the
// caller's mistake: refused as BAD_USER_INPUT naming where it is, before anything runs, instead of
// failing in the database as an unexpected error. (Incoming webhooks store them replaced instead:
// a monitoring system cannot be asked to resend differently.)
import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { isStorableText } from "../db/storable-text.js";

const MESSAGE = "must not contain U+0000 or a lone UTF-16 surrogate";

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | null;
  depth: number;
}

const pathOf = (visit: Visit): string[] => {
  const path: string[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
};

/**
 * Where in the variables the first such string or key is, walked without recursion. Values nested
 * deeper than `maxDepth` are refused by validation anyway, so the walk goes no deeper.
 */
function unstorableValue(variables: Record<string, unknown>, maxDepth: number): string[] | null {
  const stack: Visit[] = [{ value: variables, key: "", parent: null, depth: 0 }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    if (typeof visit.value === "string") {
      if (!isStorableText(visit.value)) return pathOf(visit);
    } else if (visit.value !== null && typeof visit.value === "object" && visit.depth <= maxDepth) {
      for (const [key, value] of Object.entries(visit.value)) {
        const child = { value, key, parent: visit, depth: visit.depth + 1 };
        if (!isStorableText(key)) return pathOf(child);
        stack.push(child);
      }
    }
  }
  return null;
}

// Array.isArray does not narrow a readonly array out of a union; this guard does.
const isNode = (ancestor: ASTNode | readonly ASTNode[] | undefined): ancestor is ASTNode =>
  ancestor !== undefined && !Array.isArray(ancestor);

/** Where in the document's literals the first such string is: the argument and input fields leading to it. */
function unstorableLiteral(document: DocumentNode): string[] | null {
  let found: string[] | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (isStorableText(node.value)) return undefined;
      found = [...ancestors, parent].flatMap((ancestor) =>
        isNode(ancestor) && (ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD)
          ? [ancestor.name.value]
          : [],
      );
      return BREAK;
    },
  });
  return found;
}

export function refuseUnstorableText(maxDepth: number): Plugin {
  // Documents are parsed once and cached, so their literals are checked once.
  const literals = new WeakMap<DocumentNode, string[] | null>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let path = literals.get(args.document);
      if (path === undefined) {
        path = unstorableLiteral(args.document);
        literals.set(args.document, path);
      }
      path ??= unstorableValue(args.variableValues ?? {}, maxDepth);
      if (!path) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`${path.join(".")}: ${MESSAGE}`, {
            extensions: { code: "BAD_USER_INPUT", issues: [{ path, message: MESSAGE }] },
          }),
        ],
      });
    },
  };
}
