import { useState, type ReactNode } from "react";
import type { OutgoingWebhookFieldsFragment } from "@hookrelay/client";

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

/** One path of bars, `up` from the middle line or down from it: two elements a row, however many hours. */
function barsPath(counts: number[], peak: number, width: number, up: boolean): string {
  return counts
    .map((count, hour) => {
      const height = (10 * count) / peak;
      return count === 0 ? "" : `M${hour * width} ${up ? 10 - height : 10}h${width - 1}v${height}h${1 - width}z`;
    })
    .join("");
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
  const span = recent.succeeded.length * width;
  return (
    <span className="sparkline">
      <svg viewBox={`0 0 ${span} 20`} width={span} height={20} role="img" aria-label={label}>
        <path className="ok" d={barsPath(recent.succeeded, peak, width, true)} />
        <path className="bad" d={barsPath(recent.failed, peak, width, false)} />
      </svg>
      <span aria-hidden="true">{rate === null || rate === undefined ? "—" : `${Math.round(rate * 100)}%`}</span>
    </span>
  );
}

/** A labelled control, with its hint below, or in place of the hint the API's error for it. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The control, given what it names as its description and whether it is invalid. */
  children: (describedBy: string | undefined, invalid: true | undefined) => ReactNode;
}) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(describedBy, error ? true : undefined)}
      {hint && !error && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}

/** An action that asks first: the button, then the confirming one beside a way back. */
export function Confirmed({
  ask,
  confirm,
  onConfirm,
}: {
  /** The first button's text ("Delete…"). */
  ask: string;
  /** The confirming button's text, naming what it does ("Delete billing"). */
  confirm: string;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="quiet" onClick={() => setAsking(true)}>
        {ask}
      </button>
    );
  return (
    <span className="actions">
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>
      <button type="button" className="quiet" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
