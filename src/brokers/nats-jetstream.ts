// NATS_JETSTREAM: a JetStream publish, delivered when a stream acknowledges it. The delivery's id is
// the Nats-Msg-Id, so a publish retried after a lost acknowledgement is stored once (the stream's
// duplicate window).
import {
  AuthorizationError,
  connect,
  headers as natsHeaders,
  NoRespondersError,
  PermissionViolationError,
  RequestError,
} from "@nats-io/transport-node";
import { jetstream, JetStreamError } from "@nats-io/jetstream";
import { BrokerRefusal, portOf, type BrokerAddress, type BrokerClient, type BrokerMessage } from "./broker-client.js";

/**
 * Nothing answered the publish: no stream takes the subject. The client says "jetstream is not
 * enabled" (JetStreamNotEnabled, not exported) with the request's no-responders error as its cause.
 */
function isNoStream(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return (
    error instanceof NoRespondersError ||
    (error instanceof RequestError && error.isNoResponders()) ||
    (cause instanceof RequestError && cause.isNoResponders())
  );
}

export async function connectNatsJetStream(address: BrokerAddress<"NATS_JETSTREAM">): Promise<BrokerClient> {
  const { url, password } = address;
  // The transport hands tls on to tls.connect, which checks the certificate against servername: the
  // connection is made to the checked address, not the name (NodeTlsOptions does not list it).
  const tls = { handshakeFirst: false, servername: address.servername };
  const user = url.username ? decodeURIComponent(url.username) : undefined;
  const connection = await connect({
    // A host:port pair; an IPv6 address keeps its brackets there.
    servers: `${url.hostname}:${portOf(url, { nats: 4222, tls: 4222 })}`,
    name: "hookrelay",
    timeout: address.connectTimeoutMs,
    // The pool reconnects on the next attempt; the servers a cluster gossips are not checked addresses.
    reconnect: false,
    ignoreClusterUpdates: true,
    // With a user, the password is theirs; without one, it is the server's token.
    ...(user ? { user, pass: password ?? undefined } : password ? { token: password } : {}),
    ...(url.protocol === "tls:" ? { tls } : {}),
  }).catch((error: unknown) => {
    if (error instanceof AuthorizationError)
      throw new BrokerRefusal(`NATS refused the credentials: ${error.message}`, { cause: error });
    throw error;
  });
  const client = jetstream(connection, { timeout: address.connectTimeoutMs });
  return {
    get usable() {
      return !connection.isClosed();
    },
    async publish(message: BrokerMessage) {
      const headers = natsHeaders();
      for (const [name, value] of Object.entries(message.headers)) headers.set(name, value);
      try {
        const ack = await client.publish(message.target, message.body, { msgID: message.deliveryId, headers });
        return { stream: ack.stream, seq: ack.seq, duplicate: ack.duplicate };
      } catch (error) {
        if (isNoStream(error))
          throw new BrokerRefusal(`NATS refused the message: no stream takes subject "${message.target}"`, {
            cause: error,
          });
        // A JetStream API error (a stream's limits, an expectation) or a permission is the server answering.
        if (error instanceof JetStreamError || error instanceof PermissionViolationError)
          throw new BrokerRefusal(`NATS refused the message: ${error.message}`, { cause: error });
        throw error;
      }
    },
    async close() {
      await connection.close().catch(() => undefined);
    },
  };
}
