// What every broker destination's client does: connect once, publish many messages over that
// connection, each answered by the broker's confirmation (or its refusal), and close.
import type { DestinationSettings, BrokerType } from "../outgoing/destination-settings.js";

/** One message as a broker destination publishes it. */
export interface BrokerMessage {
  /** The routing key, subject, stream key or topic: the settings' template with the event's type filled in. */
  target: string;
  /** The Standard Webhooks JSON body, as signed. */
  body: string;
  /** The webhook's own headers, content-type and the Standard Webhooks headers, as message headers. */
  headers: Record<string, string>;
  /** The Standard Webhooks message id (webhook-id): the same for every attempt. */
  messageId: string;
  /** The delivery's id: NATS de-duplicates on it, RabbitMQ carries it as correlation id. */
  deliveryId: string;
  type: string;
}

/** What the broker answered: recorded as the attempt's response (a stream's sequence, an entry id, ...). */
export type BrokerAnswer = Record<string, string | number | boolean>;

export interface BrokerClient {
  publish(message: BrokerMessage): Promise<BrokerAnswer>;
  /** False once the connection is lost or the broker closed it: the pool opens a new one. */
  readonly usable: boolean;
  close(): Promise<void>;
}

/** Where and how to connect: the URL with its host replaced by the checked address. */
export interface BrokerAddress<Type extends BrokerType = BrokerType> {
  url: URL;
  /** The host as the webhook names it: TLS checks the certificate against it. */
  servername: string;
  password: string | null;
  settings: DestinationSettings<Type>;
  connectTimeoutMs: number;
}

/** The broker answered no (a negative confirm, an API or reply error): the attempt's trigger is REFUSED. */
export class BrokerRefusal extends Error {
  override readonly name = "BrokerRefusal";
}

/** The port a URL names, or the scheme's default. */
export function portOf(url: URL, defaults: Record<string, number>): number {
  return url.port ? Number(url.port) : (defaults[url.protocol.slice(0, -1)] ?? 0);
}
