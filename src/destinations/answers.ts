// What a service's answer means, beyond its status. Feishu answers HTTP 200 to a message it refuses
// (a wrong signature, a timestamp out of range, a malformed body) with a non-zero `code` in the
// body: that is a failed attempt, or a misconfigured bot would look healthy while posting nothing.
import type { WebhookDestinationType } from "../generated/prisma/client.js";
import { z } from "zod";
import { parseJson } from "../common/validation.js";

const feishuAnswer = z.object({ code: z.number(), msg: z.unknown() });

/** Why the service refused a message it answered 2xx to, from the body; null when it took it. */
export function refusalIn(type: WebhookDestinationType, responseBody: string | null): string | null {
  if (type !== "FEISHU" || !responseBody) return null;
  let answer: unknown;
  try {
    answer = parseJson(responseBody);
  } catch {
    return null;
  }
  const feishu = feishuAnswer.safeParse(answer);
  if (!feishu.success || feishu.data.code === 0) return null;
  const { code, msg } = feishu.data;
  return `Feishu refused the message: code ${code}${typeof msg === "string" ? `: ${msg}` : ""}`;
}
