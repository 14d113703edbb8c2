import { builder } from "./builder.js";
import { MAX_RATE_LIMIT_PER_SECOND, type RateLimit } from "../outgoing/outgoing-webhooks.js";

export const WebhookRateLimitRef = builder.objectRef<RateLimit>("WebhookRateLimit").implement({
  description:
    "A token bucket over every worker process: `burst` attempts may start at once, then `perSecond` a second. Deliveries over the limit wait their turn; they are not failed.",
  fields: (t) => ({
    perSecond: t.exposeInt("perSecond", { description: "Attempts started per second, once the burst is spent." }),
    burst: t.exposeInt("burst", { description: "Attempts that may start at once (the bucket's size)." }),
  }),
});

export const WebhookRateLimitInput = builder.inputType("WebhookRateLimitInput", {
  description: "A limit on how fast attempts to the webhook start, across every worker.",
  fields: (t) => ({
    perSecond: t.int({ required: true, description: `Attempts per second, 1-${MAX_RATE_LIMIT_PER_SECOND}.` }),
    burst: t.int({
      description: `Attempts that may start at once, 1-${MAX_RATE_LIMIT_PER_SECOND}; default perSecond.`,
    }),
  }),
});
