// The model fields (columns) a list's selection reads, so that its page reads only those. A field
// exposed with t.expose* reads its own; a field with a resolver names what it reads with
// `extensions: reads(...)`; a field that names nothing reads every column (relations, rare fields), so
// forgetting costs speed, never an answer. test/selected-columns.test.ts resolves every field of every
// webhook type from a page read this way and from the whole row, and compares.
import {
  Kind,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import type { Webhook } from "../generated/prisma/client.js";

/** A webhook field's extensions: the model fields its resolver reads from the parent row. */
export const reads = (...fields: (keyof Webhook)[]) => ({ reads: fields });

/**
 * The paths from a connection field to its rows: nodes and edges.node. (totalCount, pageInfo and the
 * cursors read no row field.)
 */
const CONNECTION_ROWS = [["nodes"], ["edges", "node"]];

// Per list field of a parsed document (yoga caches documents, so the same node comes back); directives
// are not looked at (a field under @skip counts), so the answer depends on the document alone.
const cache = new WeakMap<FieldNode, readonly string[] | null>();

/**
 * The model fields that the fields selected on the rows of the connection being resolved read, on
 * `rowType` (its node type); null when one of them does not say (then a page reads every field).
 */
export function selectedColumns(
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "schema">,
  rowType: string,
): readonly string[] | null {
  const [listField, ...more] = info.fieldNodes;
  if (!listField || more.length > 0) return null;
  if (cache.has(listField)) return cache.get(listField)!;
  const type = info.schema.getType(rowType);
  const possible = isAbstractType(type) ? info.schema.getPossibleTypes(type) : isObjectType(type) ? [type] : null;
  if (!possible) throw new Error(`${rowType} is not an object, interface or union type of the schema`);
  const columns = new Set<string>();
  let all = false;

  // Calls `visit` with each field directly in `selectionSet` (through fragments) and the type it is asked on.
  const eachField = (
    selectionSet: SelectionSetNode | undefined,
    on: string,
    visit: (field: FieldNode, on: string) => void,
  ) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) visit(selection, on);
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        eachField(selection.selectionSet, selection.typeCondition?.name.value ?? on, visit);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) eachField(fragment.selectionSet, fragment.typeCondition.name.value, visit);
      }
    }
  };
  const rowField = (field: FieldNode, on: string) => {
    const name = field.name.value;
    if (name === "__typename") return;
    for (const type of possible) {
      if (on !== type.name && on !== rowType && !type.getInterfaces().some((face) => face.name === on)) continue;
      const definition = type.getFields()[name];
      const extensions = definition?.extensions as { reads?: string[]; pothosExposedField?: string } | undefined;
      const read = extensions?.reads ?? (extensions?.pothosExposedField ? [extensions.pothosExposedField] : null);
      if (!read) all = true;
      else for (const column of read) columns.add(column);
    }
  };
  const follow = (selectionSet: SelectionSetNode | undefined, path: readonly string[]) => {
    const [step, ...rest] = path;
    if (step === undefined) return eachField(selectionSet, rowType, rowField);
    eachField(selectionSet, "", (field) => {
      if (field.name.value === step) follow(field.selectionSet, rest);
    });
  };
  for (const path of CONNECTION_ROWS) follow(listField.selectionSet, path);
  const result = all ? null : [...columns];
  cache.set(listField, result);
  return result;
}
