// What a query costs is what it loads: one per object read from the database (a Node, a connection),
// connections by their page size; scalars and the value objects stored inside a row (headers, failure
// handling) are free (as GitHub and Shopify price theirs). Computed before execution from the document and the sizes its
// arguments ask for; over the limit, the query is refused unexecuted. Every answer says its cost.
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** Items assumed in a list field that takes no size (a delivery's attempts, a webhook's headers). */
export const ASSUMED_LIST_SIZE = 10;

export interface QueryCost {
  requested: number;
  limit: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultPageSize: number;
  /** Whether a size came from a variable: the cost then differs from one request to the next. */
  readVariable: boolean;
}

/**
 * The value an argument will execute with: written inline, or passed as a variable (noted: the cost
 * then varies per request), else the variable's default, else the argument's own default.
 */
function argumentValue(walk: Walk, value: ValueNode | undefined, argument: GraphQLArgument | undefined): unknown {
  if (!value) return argument?.defaultValue;
  if (value.kind === Kind.VARIABLE) walk.readVariable = true;
  return valueFromASTUntyped(value, walk.variables);
}

const intOf = (value: unknown) => (typeof value === "number" ? value : undefined);
const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : undefined);

/** Whether objects of `type` are read from the database (a connection, a Node), not parts of a row. */
function isLoaded(schema: GraphQLSchema, type: GraphQLCompositeType): boolean {
  if (type.name.endsWith("Connection")) return true;
  const implementsNode = (object: GraphQLObjectType) => object.getInterfaces().some((iface) => iface.name === "Node");
  return isObjectType(type) ? implementsNode(type) : schema.getPossibleTypes(type).some(implementsNode);
}

/** Objects the selection loads under `count` objects of `type`; `pageSize` is set inside a connection. */
function selectionCost(
  walk: Walk,
  selections: SelectionSetNode,
  type: GraphQLCompositeType,
  count: number,
  pageSize?: number,
): number {
  let cost = 0;
  for (const selection of selections.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
      if (condition && isCompositeType(condition))
        cost += selectionCost(walk, fragment.selectionSet, condition, count, pageSize);
      continue;
    }
    if (!selection.selectionSet || selection.name.value.startsWith("__")) continue; // scalars and introspection are free
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
    const fieldType = field && getNamedType(field.type);
    if (!field || !fieldType || !isCompositeType(fieldType)) continue;
    const argument = (name: string) =>
      argumentValue(
        walk,
        selection.arguments?.find((node) => node.name.value === name)?.value,
        field.args.find((definition) => definition.name === name),
      );
    let size = 1;
    if (isListType(getNullableType(field.type))) {
      const inConnection =
        pageSize !== undefined && (selection.name.value === "nodes" || selection.name.value === "edges");
      size = inConnection ? pageSize : (lengthOf(argument("ids")) ?? ASSUMED_LIST_SIZE);
    }
    const loaded = count * size;
    const connectionSize = fieldType.name.endsWith("Connection")
      ? Math.max(0, intOf(argument("first")) ?? intOf(argument("last")) ?? walk.defaultPageSize)
      : undefined;
    cost +=
      (isLoaded(walk.schema, fieldType) ? loaded : 0) +
      selectionCost(walk, selection.selectionSet, fieldType, loaded, connectionSize);
  }
  return cost;
}

/** Objects the operation would load at most, and whether that depends on its variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>>,
  defaultPageSize: number,
): { cost: number; readVariable: boolean } {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return { cost: 0, readVariable: false };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  // A variable the request leaves out executes with its default.
  const withDefaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? [])
    if (definition.defaultValue)
      withDefaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  const walk: Walk = {
    schema,
    fragments,
    variables: { ...withDefaults, ...variables },
    defaultPageSize,
    readVariable: false,
  };
  return { cost: selectionCost(walk, operation.selectionSet, root, 1), readVariable: walk.readVariable };
}

/** Refuses operations that would load more than `limit` objects (QUERY_TOO_COSTLY) and puts `extensions.cost` on every answer. */
export function limitQueryCost(limit: number, defaultPageSize: number): Plugin {
  // Documents come from yoga's parser cache: a document's cost is computed once unless its sizes are variables.
  const fixedCosts = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const key = args.operationName ?? "";
      let requested = fixedCosts.get(args.document)?.get(key);
      if (requested === undefined) {
        const variables = args.variableValues ?? {};
        const computed = queryCost(args.schema, args.document, args.operationName, variables, defaultPageSize);
        requested = computed.cost;
        if (!computed.readVariable)
          fixedCosts.set(
            args.document,
            (fixedCosts.get(args.document) ?? new Map<string, number>()).set(key, requested),
          );
      }
      const cost: QueryCost = { requested, limit };
      if (requested > limit) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `The query would load up to ${requested} objects; the limit is ${limit}. Ask for smaller pages (first/last) or fewer nested lists.`,
              {
                extensions: { code: "QUERY_TOO_COSTLY", cost },
              },
            ),
          ],
          extensions: { cost },
        });
        return undefined;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}
