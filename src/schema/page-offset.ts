// `offset` on list fields, for "page 7 of 20" interfaces: with `first`, the page starts that many
// items into the list. Cursors stay the way to walk a list that changes while it is read.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { builder } from "./builder.js";
import { ValidationError } from "../common/errors.js";

/** The database reads and drops every skipped row, so deep pages are for cursors. */
export const MAX_OFFSET = 10_000;

export const offsetArgs = builder.args((t) => ({
  offset: t.int({
    description: `Skip this many items first, in the list's order (default 0, at most ${MAX_OFFSET}): with \`first\`, for numbered pages. Not with \`after\`, \`before\` or \`last\`.`,
  }),
}));

interface PageArgs {
  offset?: number | null;
  after?: string | null;
  before?: string | null;
  last?: number | null;
}

/**
 * The number of items a page request skips: 0 without `offset`; refused out of range or beside a
 * cursor or `last`. (Checked here rather than by the argument's `validate`: the prisma plugin runs
 * that while planning a nested connection with its parent, so the parent would fail instead.)
 */
export function pageOffset(args: PageArgs): number {
  const offset = args.offset ?? 0;
  if (offset < 0) throw ValidationError.of(["offset"], "must not be negative");
  if (offset > MAX_OFFSET) throw ValidationError.of(["offset"], `must be at most ${MAX_OFFSET}`);
  if (offset > 0 && (args.after != null || args.before != null || args.last != null)) {
    throw ValidationError.of(["offset"], "cannot be combined with after, before or last");
  }
  return offset;
}

/** A prisma query that skips the page's offset too (the plugin's own `skip` steps over a cursor). */
export const skipOffset = <Query extends { skip?: number }>(query: Query, args: PageArgs): Query => ({
  ...query,
  skip: (query.skip ?? 0) + pageOffset(args),
});

/**
 * The `skip` of a nested prisma connection's query, which is planned with its parent's: an offset
 * the field would refuse is left out, so the parent loads and the field itself answers the error.
 */
export function plannedSkip(args: PageArgs): number | undefined {
  try {
    return pageOffset(args) || undefined;
  } catch {
    return undefined;
  }
}

interface PageInfoOf {
  pageInfo?: { hasPreviousPage: boolean };
}

/**
 * Every connection field with `offset`: its arguments are checked there, at the list's own path (a
 * nested prisma connection is resolved by the plugin from what its parent loaded, without our code),
 * and a page that starts past the first item has items before it, which the prisma plugin's page
 * info, computed from the cursors alone, does not say. Done once on the built schema; a request
 * without `offset` goes straight to the field's own resolver.
 */
export function markOffsetPages(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || !field.args.some((arg) => arg.name === "offset")) continue;
      const withOffset: GraphQLFieldResolver<unknown, unknown, PageArgs> = (source, args, context, info) => {
        if (args.offset == null) return resolve(source, args, context, info);
        const offset = pageOffset(args);
        return Promise.resolve(resolve(source, args, context, info)).then((answer) => {
          const connection = answer as PageInfoOf | null | undefined; // a connection, or an error object
          if (connection?.pageInfo && offset > 0) connection.pageInfo.hasPreviousPage = true;
          return connection;
        });
      };
      field.resolve = withOffset;
    }
  }
}
