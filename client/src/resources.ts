// The resource layer: `hookrelay.webhooks.create(input)`, `hookrelay.events.publish(input)`, … Each
// method is one generated document and the root field it answers, nothing more: what a call selects
// and returns is the document's (client/operations). A mutation answers its payload, and its typed
// errors (ValidationError, NotFoundError, …) are thrown as a HookrelayError with their issues.
import {
  createClient,
  HookrelayError,
  type CallOptions,
  type ClientOptions,
  type HookrelayClient,
  type VariablesArg,
} from "./client.js";
import * as documents from "./generated/graphql.js";
import type { ErrorCode, Scope, TypedDocumentString } from "./generated/graphql.js";

/** The error members every mutation's union has. */
interface MutationFailure {
  __typename: string;
  code: ErrorCode;
  message: string;
  issues?: { path: string[]; message: string }[];
  missingScope?: Scope;
}

/** A mutation's answer without its error members: its payload. */
export type PayloadOf<Result> = Exclude<Result, { code: ErrorCode }>;

/** A mutation's payload, or its error member thrown as a HookrelayError. */
export function payloadOf<Result extends { __typename: string }>(result: Result): PayloadOf<Result> {
  if (!("code" in result)) return result as PayloadOf<Result>;
  const failure = result as Result & MutationFailure;
  const issues = failure.issues ?? [];
  const message = failure.missingScope ? `${failure.message} (missing scope ${failure.missingScope})` : failure.message;
  throw new HookrelayError(message, failure.code, issues[0]?.path, undefined, [], null, issues);
}

/** A document's variables when they are one `input` object: the method takes the input itself. */
type InputOf<Variables> = Variables extends { input: infer Input } ? Input : never;

function resources(client: HookrelayClient) {
  /** A query method: the document's root `field`. */
  const query =
    <Data, Variables, Field extends keyof Data>(document: TypedDocumentString<Data, Variables>, field: Field) =>
    (...args: VariablesArg<Variables>): Promise<Data[Field]> =>
      client.request(document, ...args).then((data) => data[field]);

  /** A query method taking an id: the object, or null when this key sees none with that id. */
  const byId =
    <Data, Field extends keyof Data>(document: TypedDocumentString<Data, { id: string }>, field: Field) =>
    (id: string, options?: CallOptions): Promise<Data[Field]> =>
      client.request(document, { id }, options).then((data) => data[field]);

  /** Every node of the document's connection, page after page. */
  const all =
    <Data, Variables extends { after?: string | null }>(document: TypedDocumentString<Data, Variables>) =>
    (...args: VariablesArg<Variables>) =>
      client.paginate(document, ...args);

  /** A mutation method: takes the input, answers the payload, throws the typed errors. */
  const mutation =
    <Data, Variables extends { input: unknown }, Field extends keyof Data>(
      document: TypedDocumentString<Data, Variables>,
      field: Field,
    ) =>
    async (input: InputOf<Variables>, options?: CallOptions): Promise<PayloadOf<Data[Field]>> => {
      // `{ input }` is exactly the document's variables (InputOf reads the type back out of them).
      const data = await client.request(document, ...([{ input } as Variables, options] as VariablesArg<Variables>));
      return payloadOf(data[field] as Data[Field] & { __typename: string });
    };

  /** A subscription method: the document's root field of each message. */
  const stream = <Data, Variables, Field extends keyof Data>(
    document: TypedDocumentString<Data, Variables>,
    field: Field,
  ) =>
    async function* (...args: VariablesArg<Variables>): AsyncGenerator<Data[Field]> {
      for await (const data of client.subscribe(document, ...args)) yield data[field];
    };

  return {
    viewer: query(documents.ViewerDocument, "viewer"),
    node: byId(documents.NodeDocument, "node"),
    webhooks: {
      list: query(documents.OutgoingWebhooksDocument, "webhooks"),
      all: all(documents.OutgoingWebhooksDocument),
      get: byId(documents.OutgoingWebhookDocument, "webhook"),
      create: mutation(documents.CreateOutgoingWebhookDocument, "createOutgoingWebhook"),
      update: mutation(documents.UpdateOutgoingWebhookDocument, "updateOutgoingWebhook"),
      delete: mutation(documents.DeleteWebhookDocument, "deleteWebhook"),
      enable: mutation(documents.EnableWebhookDocument, "enableWebhook"),
      disable: mutation(documents.DisableWebhookDocument, "disableWebhook"),
      test: mutation(documents.TestWebhookDocument, "testWebhook"),
      rotateSecret: mutation(documents.RotateWebhookSecretDocument, "rotateWebhookSecret"),
      unsuspend: mutation(documents.UnsuspendWebhookDocument, "unsuspendWebhook"),
      previewPayload: query(documents.PreviewWebhookPayloadDocument, "previewWebhookPayload"),
      stats: query(documents.WebhookStatsDocument, "webhookStats"),
      changes: stream(documents.WebhookChangedDocument, "webhookChanged"),
    },
    events: {
      publish: mutation(documents.PublishEventDocument, "publishEvent"),
      publishMany: mutation(documents.PublishEventsDocument, "publishEvents"),
      list: query(documents.EventListDocument, "events"),
      all: all(documents.EventListDocument),
      get: byId(documents.EventDetailDocument, "node"),
      /** Erases one event's content (tenant:admin). */
      expungeContent: mutation(documents.ExpungeEventContentDocument, "expungeEventContent"),
      /** Erases every event a filter selects, e.g. a subject's (tenant:admin). */
      erase: mutation(documents.EraseEventsDocument, "eraseEvents"),
      /** The audit of erasures. */
      erasures: query(documents.ErasuresDocument, "erasures"),
    },
    eventTypes: {
      list: query(documents.EventTypesDocument, "eventTypes"),
      all: all(documents.EventTypesDocument),
      get: (name: string, options?: CallOptions) =>
        client.request(documents.EventTypeDocument, { name }, options).then((data) => data.eventType),
      create: mutation(documents.CreateEventTypeDocument, "createEventType"),
      update: mutation(documents.UpdateEventTypeDocument, "updateEventType"),
      deprecate: mutation(documents.DeprecateEventTypeDocument, "deprecateEventType"),
      delete: mutation(documents.DeleteEventTypeDocument, "deleteEventType"),
      /** The catalogue as an AsyncAPI 3.0 document. */
      asyncApi: (options?: CallOptions) =>
        client.request(documents.EventTypesAsyncApiDocument, {}, options).then((data) => data.eventTypesAsyncApi),
      /** An AsyncAPI 3 document's messages into the catalogue, all or nothing. */
      import: mutation(documents.ImportEventTypesDocument, "importEventTypes"),
    },
    deliveries: {
      list: query(documents.DeliveriesDocument, "deliveries"),
      all: all(documents.DeliveriesDocument),
      get: byId(documents.DeliveryDocument, "delivery"),
      redeliver: mutation(documents.RedeliverDeliveryDocument, "redeliverDelivery"),
      recover: mutation(documents.RecoverDeliveriesDocument, "recoverDeliveries"),
      diverted: query(documents.DivertedDeliveriesDocument, "divertedDeliveries"),
      resendDiverted: mutation(documents.ResendDivertedDeliveriesDocument, "resendDivertedDeliveries"),
      deleteDiverted: mutation(documents.DeleteDivertedDeliveriesDocument, "deleteDivertedDeliveries"),
      stats: query(documents.DeliveryStatsSeriesDocument, "deliveryStats"),
      updates: stream(documents.DeliveryUpdatedDocument, "deliveryUpdated"),
    },
    incomingWebhooks: {
      list: query(documents.IncomingWebhookListDocument, "webhooks"),
      get: byId(documents.IncomingWebhookDocument, "webhook"),
      create: mutation(documents.CreateIncomingWebhookDocument, "createIncomingWebhook"),
      update: mutation(documents.UpdateIncomingWebhookDocument, "updateIncomingWebhook"),
      regenerateAccessKey: mutation(documents.RegenerateAccessKeyDocument, "regenerateAccessKey"),
      updatePlugin: mutation(documents.UpdateWebhookPluginDocument, "updateWebhookPlugin"),
      verifyPlugin: mutation(documents.VerifyWebhookPluginDocument, "verifyWebhookPlugin"),
      events: query(documents.IncomingEventsDocument, "incomingEvents"),
      eventStats: query(documents.IncomingEventStatsDocument, "incomingEventStats"),
      received: stream(documents.IncomingEventReceivedDocument, "incomingEventReceived"),
    },
    alerts: {
      list: query(documents.AlertListDocument, "alerts"),
      get: byId(documents.AlertDocument, "alert"),
      resolve: mutation(documents.ResolveAlertDocument, "resolveAlert"),
      changes: stream(documents.AlertChangedDocument, "alertChanged"),
    },
    apiKeys: {
      list: query(documents.ApiKeyListDocument, "apiKeys"),
      create: mutation(documents.CreateApiKeyDocument, "createApiKey"),
      revoke: mutation(documents.RevokeApiKeyDocument, "revokeApiKey"),
    },
    plugins: {
      list: query(documents.PluginsDocument, "plugins"),
      register: mutation(documents.RegisterPluginDocument, "registerPlugin"),
      update: mutation(documents.UpdateRegisteredPluginDocument, "updateRegisteredPlugin"),
      unregister: mutation(documents.UnregisterPluginDocument, "unregisterPlugin"),
    },
    tenant: {
      updateSettings: mutation(documents.UpdateTenantSettingsDocument, "updateTenantSettings"),
    },
    portalSessions: {
      create: mutation(documents.CreatePortalSessionDocument, "createPortalSession"),
    },
  };
}

export interface HookrelayOptions extends ClientOptions {
  /** The service's GraphQL endpoint, e.g. https://hooks.example.com/graphql. */
  url: string;
  /** An API key (whk_…); its scopes decide what the calls may do. */
  apiKey: string;
}

/** The API by resource, and the document-level client under `client` for anything else. */
export type Hookrelay = ReturnType<typeof resources> & { client: HookrelayClient };

/** A client of the service at `url` by resource: `hookrelay.webhooks.create(...)`, `hookrelay.events.publish(...)`. */
export function createHookrelay({ url, apiKey, ...options }: HookrelayOptions): Hookrelay {
  const client = createClient(url, apiKey, options);
  return { ...resources(client), client };
}
