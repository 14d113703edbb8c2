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

/** Deliveries per hour as bars (succeeded up, failed down), with the success rate said in words. */
export function Sparkline({
  recent,
}: {
  recent: { succeeded: number[]; failed: number[]; successRate?: number | null } | null | undefined;
}) {
  if (!recent) return <span className="muted">—</span>;
  const peak = Math.max(1, ...recent.succeeded, ...recent.failed);
  const rate = recent.successRate;
  const label =
    rate === null || rate === undefined
      ? "No deliveries in the last 24 hours"
      : `${Math.round(rate * 100)}% succeeded in the last 24 hours`;
  const width = 3;
  return (
    <span className="sparkline">
      <svg
        viewBox={`0 0 ${recent.succeeded.length * width} 20`}
        width={recent.succeeded.length * width}
        height={20}
        role="img"
        aria-label={label}
      >
        {recent.succeeded.map((count, hour) => (
          <rect
            key={`s${hour}`}
            className="ok"
            x={hour * width}
            y={10 - (10 * count) / peak}
            width={width - 1}
            height={(10 * count) / peak}
          />
        ))}
        {recent.failed.map((count, hour) => (
          <rect
            key={`f${hour}`}
            className="bad"
            x={hour * width}
            y={10}
            width={width - 1}
            height={(10 * count) / peak}
          />
        ))}
      </svg>
      <span aria-hidden="true">{rate === null || rate === undefined ? "—" : `${Math.round(rate * 100)}%`}</span>
    </span>
  );
}
