// A GraphQL document nested thousands of levels deep (`payload: [[[[...` written inline) overflows the
// stack of graphql-js's recursive parser. The lexer is a loop, so it measures the nesting first.
import { GraphQLError, Lexer, Source, TokenKind, type ParseOptions } from "graphql";
import type { Plugin } from "graphql-yoga";

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** Whether braces, brackets and parentheses in the document nest deeper than `limit`. Lexer errors are left to the parser. */
export function documentNestsDeeperThan(source: string | Source, limit: number): boolean {
  const lexer = new Lexer(typeof source === "string" ? new Source(source) : source);
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (OPENING.has(token.kind)) {
        depth += 1;
        if (depth > limit) return true;
      } else if (CLOSING.has(token.kind)) depth -= 1;
    }
  } catch {
    return false;
  }
  return false;
}

/** Refuses documents nested deeper than `limit` before they are parsed (parsed documents are cached, so this runs once per document). */
export function limitDocumentNesting(limit: number): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) => {
        if (documentNestsDeeperThan(source, limit)) {
          throw new GraphQLError(`Syntax Error: the document nests deeper than ${limit} levels.`, {
            extensions: { code: "GRAPHQL_PARSE_FAILED" },
          });
        }
        return parseFn(source, options);
      });
    },
  };
}
