// Opens a client for a broker destination of any type.
import type { BrokerType, DestinationSettings } from "../outgoing/destination-settings.js";
import type { BrokerAddress, BrokerClient } from "./broker-client.js";
import { connectRabbitMq } from "./rabbitmq.js";
import { connectNatsJetStream } from "./nats-jetstream.js";
import { connectRedisStream } from "./redis-stream.js";
import { connectMqtt } from "./mqtt.js";

/** A webhook's broker destination, its password decrypted. */
export type BrokerDestination = {
  [Type in BrokerType]: {
    webhookId: string;
    type: Type;
    url: string;
    settings: DestinationSettings<Type>;
    password: string | null;
  };
}[BrokerType];

export function connectBroker(
  destination: BrokerDestination,
  address: Omit<BrokerAddress, "settings">,
): Promise<BrokerClient> {
  switch (destination.type) {
    case "RABBITMQ":
      return connectRabbitMq({ ...address, settings: destination.settings });
    case "NATS_JETSTREAM":
      return connectNatsJetStream({ ...address, settings: destination.settings });
    case "REDIS_STREAM":
      return connectRedisStream({ ...address, settings: destination.settings });
    case "MQTT":
      return connectMqtt({ ...address, settings: destination.settings });
  }
}
