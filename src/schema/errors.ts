// Typed errors returned by mutations (the errors plugin adds them to each mutation's result union).
import { builder } from "../builder.js";
import { ConflictError, ForbiddenError, NotFoundError, ServiceError, ValidationError, type FieldIssue } from "../errors.js";

const ErrorInterface = builder.interfaceRef<ServiceError>("Error").implement({
  description: "An expected failure of a mutation.",
  fields: (t) => ({
    message: t.exposeString("message"),
    code: t.exposeString("code", { description: "Stable, machine-readable error code." }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "One rule an input value broke.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: "Input field names leading to the value, e.g. [\"input\", \"url\"]." }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input broke one or more rules; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "No object with that id exists for this tenant.",
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The change conflicts with existing data (for example a duplicate name).",
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "The API key lacks the scope this operation needs.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ missingScope: t.exposeString("missingScope") }),
});
