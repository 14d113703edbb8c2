// bench:api's peer: PostGraphile 4 serving its default CRUD schema over the benchmark's database,
// as its documentation runs it as a library, in a process of its own. DATABASE_URL and PORT as for
// the service; GET /readyz answers once the schema is built. No query log (hookrelay keeps none per
// request either).
import { createServer } from "node:http";
import process from "node:process";
import { postgraphile } from "postgraphile";

const middleware = postgraphile(process.env.DATABASE_URL, "public", {
  disableQueryLog: true,
  retryOnInitFail: false,
  dynamicJson: true,
});
await middleware.getGraphQLSchema();

const server = createServer((request, response) => {
  if (request.url === "/readyz") return void response.writeHead(200).end("ready");
  middleware(request, response);
});
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
