// Importing each type file registers it with the builder; the schema is built once here.
import { isObjectType } from "graphql";
import { TOTAL_COUNT_DESCRIPTION, builder } from "./builder.js";
import "./errors.js";
import "./scope.js";
import "./tenant.js";
import "./api-key.js";
import "./viewer.js";
import "./portal-session.js";
import "./failure-handling.js";
import "./webhook.js";
import "./webhook-destination.js";
import "./webhook-rate-limit.js";
import "./outgoing-webhook.js";
import "./event.js";
import "./event-type.js";
import "./erasure.js";
import "./delivery.js";
import "./plugin.js";
import "./incoming-authentication.js";
import "./incoming-webhook.js";
import "./incoming-event.js";
import "./alert.js";
import "./delivery-update.js";
import "./webhook-change.js";
import "./alert-change.js";
import { markOffsetPages } from "./page-offset.js";

export const schema = builder.toSchema({ sortSchema: true });
markOffsetPages(schema);

// The prisma plugin's own totalCount field (prismaConnection, relatedConnection) takes no description.
for (const type of Object.values(schema.getTypeMap())) {
  const totalCount = isObjectType(type) && type.name.endsWith("Connection") ? type.getFields().totalCount : undefined;
  if (totalCount && !totalCount.description) totalCount.description = TOTAL_COUNT_DESCRIPTION;
}
