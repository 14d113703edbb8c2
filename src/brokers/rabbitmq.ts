// RABBITMQ: publishes to an exchange with a routing key over a confirm channel. A message counts as
// delivered when RabbitMQ confirms it; `mandatory` makes a message no queue takes come back (returned
// before its confirm), which is a refusal rather than a silent loss.
import amqp, { type ConfirmChannel, type ConsumeMessage, type Message } from "amqplib";
import { BrokerRefusal, portOf, type BrokerAddress, type BrokerClient, type BrokerMessage } from "./broker-client.js";
import { hostOf } from "../common/validation.js";

export async function connectRabbitMq(address: BrokerAddress<"RABBITMQ">): Promise<BrokerClient> {
  const { url, settings } = address;
  const tls = url.protocol === "amqps:";
  const connection = await amqp
    .connect(
      {
        protocol: tls ? "amqps" : "amqp",
        hostname: hostOf(url),
        port: portOf(url, { amqp: 5672, amqps: 5671 }),
        username: url.username ? decodeURIComponent(url.username) : "guest",
        password: address.password ?? "guest",
        vhost: url.pathname.length > 1 ? decodeURIComponent(url.pathname.slice(1)) : "/",
        heartbeat: 30,
      },
      { timeout: address.connectTimeoutMs, ...(tls ? { servername: address.servername } : {}) },
    )
    .catch((error: unknown) => {
      // 403 ACCESS_REFUSED (a wrong password) or 530 NOT_ALLOWED (a vhost the user may not use): RabbitMQ answering.
      if (error instanceof Error && /ACCESS.REFUSED|NOT.ALLOWED/.test(error.message))
        throw new BrokerRefusal(`RabbitMQ refused the connection: ${error.message}`, { cause: error });
      throw error;
    });
  let usable = true;
  // Why the server closed the channel (an exchange that does not exist: 404), for the refusal's message.
  let closedBecause: Error | null = null;
  connection.on("error", () => undefined); // the close that follows marks the client unusable
  connection.on("close", () => (usable = false));
  let channel: ConfirmChannel;
  try {
    channel = await connection.createConfirmChannel();
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  channel.on("error", (error: Error) => (closedBecause = error));
  channel.on("close", () => (usable = false));
  // Returned messages come before their confirm: the confirm callback then finds its delivery here.
  const returned = new Set<string>();
  channel.on("return", (message: Message | ConsumeMessage) => {
    const id: unknown = message.properties.correlationId;
    if (typeof id === "string") returned.add(id);
  });

  return {
    get usable() {
      return usable;
    },
    publish(message: BrokerMessage) {
      const { exchange, persistent } = settings;
      return new Promise((resolve, reject) => {
        channel.publish(
          exchange,
          message.target,
          Buffer.from(message.body),
          {
            persistent,
            mandatory: true,
            contentType: message.headers["content-type"],
            messageId: message.messageId,
            correlationId: message.deliveryId,
            type: message.type,
            timestamp: Number(message.headers["webhook-timestamp"]),
            appId: "hookrelay",
            headers: message.headers,
          },
          (error) => {
            const wasReturned = returned.delete(message.deliveryId);
            if (closedBecause)
              return reject(new BrokerRefusal(`RabbitMQ closed the channel: ${closedBecause.message}`));
            if (error) return reject(usable ? new BrokerRefusal("RabbitMQ refused the message (nack).") : error);
            if (wasReturned)
              return reject(
                new BrokerRefusal(
                  `RabbitMQ routed the message to no queue (exchange "${exchange}", routing key "${message.target}").`,
                ),
              );
            resolve({ exchange, routingKey: message.target, confirmed: true });
          },
        );
      });
    },
    async close() {
      usable = false;
      await connection.close().catch(() => undefined);
    },
  };
}
