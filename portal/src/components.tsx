import { useState, type ReactNode } from "react";
import type { OutgoingWebhookFieldsFragment } from "../../client/generated/graphql.js";

export function Notice({ kind, children }: { kind: "error" | "info"; children: ReactNode }) {
  return (
    <p className={`notice ${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </p>
  );
}

export type EndpointStatus = "enabled" | "suspended" | "disabled";

export function statusOf(webhook: Pick<OutgoingWebhookFieldsFragment, "enabled" | "suspended">): EndpointStatus {
  if (!webhook.enabled) return "disabled";
  return webhook.suspended ? "suspended" : "enabled";
}

export function Badge({ value }: { value: string }) {
  return <span className={`badge ${value.toLowerCase()}`}>{value.toLowerCase()}</span>;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

export function When({ at, empty = "never" }: { at: string | null | undefined; empty?: string }) {
  return at ? <time dateTime={at}>{dateTime.format(new Date(at))}</time> : <span className="muted">{empty}</span>;
}

/** A secret shown once, with a button that copies it. */
export function ShownOnce({ label, secret }: { label: string; secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret" role="status">
      <p>
        <strong>{label}</strong> It is shown only now: store it.
      </p>
      <code data-testid="secret">{secret}</code>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(secret).then(
            () => setCopied(true),
            () => undefined,
          )
        }
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}
