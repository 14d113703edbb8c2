// `npm start`: the API server and the delivery worker (ROLE picks one of them); `npm run worker`: the
// worker alone. The `hookrelay` command (src/cli/hookrelay.ts) runs the same as `hookrelay start`.
import { serve } from "./serve.js";

await serve(process.argv[2] === "worker" ? { ...process.env, ROLE: "worker" } : process.env);
