// MQTT: an MQTT 5 publish at QoS 1, delivered when the broker's PUBACK says success. The headers are
// user properties; the client id is the settings' prefix and a random part, so that the workers'
// connections do not take each other's sessions.
import { randomBytes } from "node:crypto";
import { connect, ErrorWithReasonCode, type MqttClient } from "mqtt";
import { BrokerRefusal, type BrokerAddress, type BrokerClient, type BrokerMessage } from "./broker-client.js";

export async function connectMqtt(address: BrokerAddress<"MQTT">): Promise<BrokerClient> {
  const { url, settings } = address;
  const client = connect(url.toString(), {
    protocolVersion: 5,
    clientId: `${settings.clientId ?? "hookrelay"}-${randomBytes(6).toString("hex")}`,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: address.password ?? undefined,
    servername: address.servername,
    connectTimeout: address.connectTimeoutMs,
    // The pool reconnects on the next attempt.
    reconnectPeriod: 0,
    clean: true,
  });
  await connected(client).catch((error: unknown) => {
    // A CONNACK's failure code (bad user name or password, not authorized): the broker answering.
    if (error instanceof ErrorWithReasonCode)
      throw new BrokerRefusal(`The MQTT broker refused the connection: ${error.message}`, { cause: error });
    throw error;
  });
  client.on("error", () => undefined); // reported by the publish that fails
  return {
    get usable() {
      return client.connected;
    },
    async publish(message: BrokerMessage) {
      try {
        const packet = await client.publishAsync(message.target, message.body, {
          qos: 1,
          properties: { contentType: message.headers["content-type"], userProperties: message.headers },
        });
        return { topic: message.target, ...(packet?.messageId === undefined ? {} : { packetId: packet.messageId }) };
      } catch (error) {
        if (error instanceof ErrorWithReasonCode)
          throw new BrokerRefusal(`The MQTT broker refused the message: ${error.message}`, { cause: error });
        throw error;
      }
    },
    async close() {
      await client.endAsync(true).catch(() => undefined);
    },
  };
}

/**
 * Resolves once the broker accepts the connection. Not connectAsync: without reconnecting, a broker
 * that closes the socket before its CONNACK (Mosquitto, given a password without a user name) leaves
 * it waiting for ever.
 */
function connected(client: MqttClient): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      client.removeListener("connect", succeed);
      client.end(true);
      reject(error);
    };
    const failOnClose = () => fail(new Error("the broker closed the connection before accepting it"));
    const succeed = () => {
      client.removeListener("error", fail);
      client.removeListener("close", failOnClose);
      resolve();
    };
    client.once("connect", succeed);
    client.once("error", fail);
    client.once("close", failOnClose);
  });
}
