-- Broker destinations (RabbitMQ, NATS JetStream, Redis Streams, MQTT) and their failure triggers.
ALTER TYPE "FailureTrigger" ADD VALUE 'CONNECTION';
ALTER TYPE "FailureTrigger" ADD VALUE 'REFUSED';

ALTER TYPE "WebhookDestinationType" ADD VALUE 'RABBITMQ';
ALTER TYPE "WebhookDestinationType" ADD VALUE 'NATS_JETSTREAM';
ALTER TYPE "WebhookDestinationType" ADD VALUE 'REDIS_STREAM';
ALTER TYPE "WebhookDestinationType" ADD VALUE 'MQTT';
