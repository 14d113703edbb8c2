/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment MutationError on Error {\n  __typename\n  code\n  message\n  ... on ValidationError {\n    issues {\n      path\n      message\n    }\n  }\n  ... on ForbiddenError {\n    missingScope\n  }\n}": typeof types.MutationErrorFragmentDoc,
    "query AuthViewer { viewer { name scopes tenant { name } } }": typeof types.AuthViewerDocument,
    "mutation AuthCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    __typename\n    ... on CreateApiKeyPayload { key apiKey { id name prefix scopes expiresAt revoked } }\n    ... on ValidationError { issues { path message } }\n    ... on ForbiddenError { missingScope message }\n  }\n}": typeof types.AuthCreateApiKeyDocument,
    "mutation AuthRevokeApiKey($id: ID!) {\n  revokeApiKey(input: { id: $id }) {\n    __typename\n    ... on RevokeApiKeyPayload { apiKey { id revoked revokedAt } }\n    ... on NotFoundError { message code }\n  }\n}": typeof types.AuthRevokeApiKeyDocument,
    "query AuthViewer2 { viewer { name scopes } }": typeof types.AuthViewer2Document,
    "query AuthApiKeys { apiKeys(first: 100) { nodes { id prefix } } }": typeof types.AuthApiKeysDocument,
    "query AuthNode($id: ID!) { node(id: $id) { __typename ... on ApiKey { lastUsedAt } } }": typeof types.AuthNodeDocument,
    "query AuthApiKeys2 { apiKeys { totalCount } }": typeof types.AuthApiKeys2Document,
    "query AuthApiKeys3 { apiKeys { totalCount } webhooks(first: 1) { totalCount } }": typeof types.AuthApiKeys3Document,
    "query AuthWebhook($id: ID!) { webhook(id: $id) { name } viewer { name } }": typeof types.AuthWebhookDocument,
    "query AuthNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.AuthNodesDocument,
    "query AuthDelivery($id: ID!) { delivery(id: $id) { id status event { type } webhook { name url } } }": typeof types.AuthDeliveryDocument,
    "query AuthWebhook2($id: ID!) { webhook(id: $id) { name ... on OutgoingWebhook { url deliveries { totalCount } } } }": typeof types.AuthWebhook2Document,
    "query AuthNode2($id: ID!) { node(id: $id) { id ... on Delivery { status } } }": typeof types.AuthNode2Document,
    "mutation AuthCreateOutgoingWebhook { createOutgoingWebhook(input: { name: \"added\", url: \"https://added.example.com/\", eventTypes: [\"a.b\"] }) {\n        __typename ... on CreateOutgoingWebhookPayload { secret webhook { name url eventTypes deliveries { totalCount } } } } }": typeof types.AuthCreateOutgoingWebhookDocument,
    "query AuthViewer3 { viewer { apiKeyId tenant { id name } } }": typeof types.AuthViewer3Document,
    "query AuthNode3($id: ID!) { node(id: $id) { id ... on Tenant { name } } }": typeof types.AuthNode3Document,
    "query AuthNode4($id: ID!) { node(id: $id) { id } }": typeof types.AuthNode4Document,
    "mutation BackPressureCreateIncomingWebhook { createIncomingWebhook(input: { name: \"busy\", plugin: { pluginId: \"generic-json\" } }) { ... on CreateIncomingWebhookPayload { webhook { webhookUrl } } } }": typeof types.BackPressureCreateIncomingWebhookDocument,
    "query BackPressureViewer { viewer { name } }": typeof types.BackPressureViewerDocument,
    "mutation BackPressurePublishEvent { publishEvent(input: { type: \"pressure.held\", idempotencyKey: \"held\", payload: {} }) { __typename } }": typeof types.BackPressurePublishEventDocument,
    "mutation DeliveryControlUnsuspend($id: ID!) { unsuspendWebhook(input: { id: $id }) { __typename } }": typeof types.DeliveryControlUnsuspendDocument,
    "mutation DeliveryWorkerTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { ... on TestWebhookPayload { attempt { failureTrigger } } } }": typeof types.DeliveryWorkerTestWebhookDocument,
    "mutation DeliveryCreateApiKey { createApiKey(input: { name: \"reader\", scopes: [WEBHOOKS_VIEW] }) { ... on CreateApiKeyPayload { key } } }": typeof types.DeliveryCreateApiKeyDocument,
    "mutation DeliveryPublishEvents($input: PublishEventsInput!) { publishEvents(input: $input) { __typename\n    ... on PublishEventsPayload { results { deliveryCount duplicate event { id type payload } } } ...MutationError } }": typeof types.DeliveryPublishEventsDocument,
    "mutation DeliveryCreateApiKey2 { createApiKey(input: { name: \"batch reader\", scopes: [WEBHOOKS_VIEW] }) { ... on CreateApiKeyPayload { key } } }": typeof types.DeliveryCreateApiKey2Document,
    "query DeliveryDivertedDeliveries($filter: DivertedDeliveryFilter) { divertedDeliveries(first: 10, filter: $filter) { totalCount nodes { id eventType failureTrigger failureMessage failureTimestamp } } }": typeof types.DeliveryDivertedDeliveriesDocument,
    "mutation DeliveryResendDivertedDeliveries($input: ResendDivertedDeliveriesInput!) { resendDivertedDeliveries(input: $input) { __typename ... on ResendDivertedDeliveriesPayload { resentCount } ...MutationError } }": typeof types.DeliveryResendDivertedDeliveriesDocument,
    "mutation DeliveryDeleteDivertedDeliveries($input: DeleteDivertedDeliveriesInput!) { deleteDivertedDeliveries(input: $input) { __typename ... on DeleteDivertedDeliveriesPayload { deletedCount } ...MutationError } }": typeof types.DeliveryDeleteDivertedDeliveriesDocument,
    "mutation DeliveryResendDivertedDeliveries2($input: ResendDivertedDeliveriesInput!) { resendDivertedDeliveries(input: $input) { __typename ...MutationError } }": typeof types.DeliveryResendDivertedDeliveries2Document,
    "mutation DeliveryUnsuspendWebhook($input: UnsuspendWebhookInput!) { unsuspendWebhook(input: $input) { __typename ... on UnsuspendWebhookPayload { resentCount webhook { suspended consecutiveFailures } } } }": typeof types.DeliveryUnsuspendWebhookDocument,
    "mutation DeliveryRotateWebhookSecret($id: ID!) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: 3600 }) { ... on RotateWebhookSecretPayload { secret } } }": typeof types.DeliveryRotateWebhookSecretDocument,
    "mutation DeliveryMoveWebhook($input: UpdateOutgoingWebhookInput!) { updateOutgoingWebhook(input: $input) { __typename } }": typeof types.DeliveryMoveWebhookDocument,
    "mutation DeliveryRotateNow($id: ID!) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: 0 }) { ... on RotateWebhookSecretPayload { secret } } }": typeof types.DeliveryRotateNowDocument,
    "mutation DeliveryTestWebhook($input: TestWebhookInput!) { testWebhook(input: $input) { __typename\n    ... on TestWebhookPayload { delivery { id isTest status eventType } attempt { attemptNumber responseStatus durationMs responseBody succeeded failureTrigger failureMessage } } ...MutationError } }": typeof types.DeliveryTestWebhookDocument,
    "mutation DeliveryRedeliverDelivery($input: RedeliverDeliveryInput!) { redeliverDelivery(input: $input) { __typename ... on RedeliverDeliveryPayload { delivery { id status messageId } } ...MutationError } }": typeof types.DeliveryRedeliverDeliveryDocument,
    "query DeliveryEvents($filter: EventFilter) { events(first: 10, filter: $filter) { totalCount nodes { id type payload deliveries(first: 5) { totalCount nodes { status webhook { id } } } } } }": typeof types.DeliveryEventsDocument,
    "query DeliveryDeliveries($filter: DeliveryFilter) { deliveries(first: 10, filter: $filter, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { event { id } } } }": typeof types.DeliveryDeliveriesDocument,
    "query DeliveryWebhook($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { deliveries(first: 1, status: SUCCEEDED) { totalCount nodes { status } } } } }": typeof types.DeliveryWebhookDocument,
    "query DeliveryDeliveries2($after: String, $before: String, $first: Int, $last: Int, $filter: DeliveryFilter) {\n      deliveries(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id attempts { attemptNumber succeeded } } } }": typeof types.DeliveryDeliveries2Document,
    "query DeliveryDelivery($id: ID!) { delivery(id: $id) { id } }": typeof types.DeliveryDeliveryDocument,
    "query DeliveryNode($id: ID!) { node(id: $id) { id } }": typeof types.DeliveryNodeDocument,
    "query DeliveryDeliveries3 { deliveries(first: 100) { totalCount } events(first: 1) { totalCount } divertedDeliveries(first: 1) { totalCount } }": typeof types.DeliveryDeliveries3Document,
    "mutation DeliveryRedeliverDelivery2($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }": typeof types.DeliveryRedeliverDelivery2Document,
    "mutation DeliveryResendDivertedDeliveries3($id: ID!) { resendDivertedDeliveries(input: { ids: [$id] }) { __typename } }": typeof types.DeliveryResendDivertedDeliveries3Document,
    "mutation DeliveryTestWebhook2($id: ID!) { testWebhook(input: { id: $id }) { __typename } }": typeof types.DeliveryTestWebhook2Document,
    "query DeliveryViewer { viewer { name } }": typeof types.DeliveryViewerDocument,
    "query DeliveryWebhooks($first: Int!) { webhooks(first: $first) { nodes { __typename id ... on OutgoingWebhook {\n        deliveries(first: 5) { totalCount nodes { id status attempts { responseStatus } event { type } } } } } } }": typeof types.DeliveryWebhooksDocument,
    "query DeliveryDeliveries4 { deliveries(first: 50) { totalCount nodes { id attempts { responseStatus } } } }": typeof types.DeliveryDeliveries4Document,
    "query DeliveryWebhooks2 { webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 4) { pageInfo { endCursor hasNextPage } nodes { id } } } } } }": typeof types.DeliveryWebhooks2Document,
    "query DeliveryWebhooks3($after: String) { webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 4, after: $after) { pageInfo { hasNextPage } nodes { id } } } } } }": typeof types.DeliveryWebhooks3Document,
    "query DeliveryDeliveryStats($filter: DeliveryStatsFilter) { deliveryStats(filter: $filter, bucket: MINUTE) { bucket totals { total succeeded diverted successRate attemptCount latencyP50Ms latencyP95Ms latencyP99Ms } series { start total succeeded } } }": typeof types.DeliveryDeliveryStatsDocument,
    "query DeliveryDeliveryStats2 { deliveryStats(filter: { eventType: \"stats.bad\" }) { totals { total diverted successRate } } }": typeof types.DeliveryDeliveryStats2Document,
    "query DeliveryDeliveryStats3 { deliveryStats(filter: { from: \"2020-01-01T00:00:00Z\" }, bucket: MINUTE) { bucket } }": typeof types.DeliveryDeliveryStats3Document,
    "query DeliveriesByMessageId($filter: DeliveryFilter!) { deliveries(filter: $filter) { totalCount nodes { messageId webhook { id } event { id } } } }": typeof types.DeliveriesByMessageIdDocument,
    "query EventsByIdempotencyKey($key: String!) { events(filter: { idempotencyKey: $key }) { totalCount nodes { id } } }": typeof types.EventsByIdempotencyKeyDocument,
    "query EventsInWindow($filter: EventFilter!) { events(filter: $filter) { nodes { id createdAt } } }": typeof types.EventsInWindowDocument,
    "query DeliveriesInWindow($filter: DeliveryFilter!) { deliveries(filter: $filter) { nodes { createdAt event { id } } } }": typeof types.DeliveriesInWindowDocument,
    "query WebhooksInWindow($filter: WebhookFilter!) { webhooks(filter: $filter) { nodes { id createdAt } } }": typeof types.WebhooksInWindowDocument,
    "mutation DeliveryRecentTest($id: ID!) { testWebhook(input: { id: $id }) { __typename } }": typeof types.DeliveryRecentTestDocument,
    "query DeliveryRecent($ids: [ID!]!) {\n        webhooks(filter: { ids: $ids }) { nodes { id ... on OutgoingWebhook { recentDeliveries { succeeded failed successRate } } } }\n      }": typeof types.DeliveryRecentDocument,
    "\n    query DestinationDeliveries($webhookId: ID!) {\n      deliveries(first: 10, filter: { webhookId: $webhookId }) { nodes { status failureTrigger failureMessage attempts { failureTrigger failureMessage responseStatus } } }\n    }\n  ": typeof types.DestinationDeliveriesDocument,
    "mutation DestinationTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { __typename ... on TestWebhookPayload { attempt { responseStatus } } } }": typeof types.DestinationTestWebhookDocument,
    "mutation DestinationTestAttempt($id: ID!) { testWebhook(input: { id: $id }) { __typename ... on TestWebhookPayload { attempt { responseStatus failureTrigger failureMessage } delivery { status } } } }": typeof types.DestinationTestAttemptDocument,
    "\n  query SandboxWebhookCount {\n    webhooks(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.SandboxWebhookCountDocument,
    "\n  query SandboxDeliveries($webhookId: ID!) {\n    deliveries(first: 10, filter: { webhookId: $webhookId }) {\n      nodes {\n        status\n        attempts {\n          failureTrigger\n          failureMessage\n          responseStatus\n        }\n      }\n    }\n  }\n": typeof types.SandboxDeliveriesDocument,
    "query PostgresRestartEvents { events(first: 100) { totalCount } }": typeof types.PostgresRestartEventsDocument,
    "query GraphqlServerViewer { viewer { name } }": typeof types.GraphqlServerViewerDocument,
    "query GraphqlServerViewer2 { viewer { tenant { id } } apiKeys { edges { node { tenant { id } } } } }": typeof types.GraphqlServerViewer2Document,
    "query GraphqlServerViewer3 { a: viewer { name } b: viewer { name } c: viewer { name } d: viewer { name } e: viewer { name } f: viewer { name } }": typeof types.GraphqlServerViewer3Document,
    "query GraphqlServerApiKeys { apiKeys(first: 101) { totalCount } }": typeof types.GraphqlServerApiKeysDocument,
    "query GraphqlServerApiKeys2 { apiKeys(last: 101) { totalCount } }": typeof types.GraphqlServerApiKeys2Document,
    "query GraphqlServerApiKeys3 { apiKeys(first: 100) { totalCount } }": typeof types.GraphqlServerApiKeys3Document,
    "mutation GraphqlServerCreateApiKey($name: String!) { createApiKey(input: { name: $name, scopes: [WEBHOOKS_VIEW] }) { __typename } }": typeof types.GraphqlServerCreateApiKeyDocument,
    "query GraphqlServerApiKeys4 { apiKeys { totalCount nodes { id } } }": typeof types.GraphqlServerApiKeys4Document,
    "query GraphqlServerApiKeys5($after: String) { apiKeys(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }": typeof types.GraphqlServerApiKeys5Document,
    "query GraphqlServerApiKeys6 { apiKeys(last: 2) { nodes { id } } }": typeof types.GraphqlServerApiKeys6Document,
    "query GraphqlServerApiKeys7 { apiKeys(first: 1) { nodes { id } } }": typeof types.GraphqlServerApiKeys7Document,
    "query GraphqlServerNode($id: ID!) { node(id: $id) { id } }": typeof types.GraphqlServerNodeDocument,
    "query GraphqlServerNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.GraphqlServerNodesDocument,
    "mutation GraphqlServerRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on Error { code message } } }": typeof types.GraphqlServerRevokeApiKeyDocument,
    "\n      mutation UpdateIncomingAuthentication($input: UpdateIncomingWebhookInput!) {\n        updateIncomingWebhook(input: $input) {\n          __typename\n          ... on UpdateIncomingWebhookPayload { webhook { authentication { type secretHint } } }\n        }\n      }\n    ": typeof types.UpdateIncomingAuthenticationDocument,
    "query IncomingAuthenticationPlugins { plugins { id versions { version authentication } } }": typeof types.IncomingAuthenticationPluginsDocument,
    "query IncomingWebhookHistory($first: Int!) { webhooks(first: $first, filter: { kind: INCOMING }, orderBy: { field: NAME }) { nodes { __typename ... on IncomingWebhook { id name\n  events(first: 3) { totalCount nodes { id eventType webhook { id } } }\n  recoveries: events(filter: { eventType: RECOVERY }) { totalCount nodes { eventKey } }\n  alerts(first: 2) { totalCount nodes { id state webhook { id } } }\n  resolvedAlerts: alerts(filter: { state: RESOLVED }) { totalCount nodes { state } } } } } }": typeof types.IncomingWebhookHistoryDocument,
    "query IncomingWebhookHistoryViewer { viewer { name } }": typeof types.IncomingWebhookHistoryViewerDocument,
    "query IncomingWebhookHistoryPage($id: ID!, $after: String) { webhook(id: $id) { __typename ... on IncomingWebhook {\n      events(first: 3, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }": typeof types.IncomingWebhookHistoryPageDocument,
    "query IncomingWebhookLookup($filter: WebhookFilter) { webhooks(filter: $filter, first: 100) { totalCount nodes { id } } webhookStats(filter: $filter, groupBy: [KIND]) { total } }": typeof types.IncomingWebhookLookupDocument,
    "mutation IncomingWebhookLookupRegenerate($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename ... on RegenerateAccessKeyPayload { webhook { accessKey } } } }": typeof types.IncomingWebhookLookupRegenerateDocument,
    "query IncomingWebhooksPlugins { plugins { id name latestVersion capability optionsSchema versions { version optionsSchema } } }": typeof types.IncomingWebhooksPluginsDocument,
    "query IncomingWebhooksWebhooks { webhooks(first: 100, filter: { kind: INCOMING, pluginId: \"grafana\" }) { totalCount nodes { id __typename } } }": typeof types.IncomingWebhooksWebhooksDocument,
    "query IncomingWebhooksWebhooks2 { webhooks(first: 100, filter: { kind: OUTGOING }) { nodes { __typename } } }": typeof types.IncomingWebhooksWebhooks2Document,
    "mutation IncomingWebhooksDisableWebhook($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }": typeof types.IncomingWebhooksDisableWebhookDocument,
    "mutation IncomingWebhooksEnableWebhook($id: ID!) { enableWebhook(input: { id: $id }) { __typename } }": typeof types.IncomingWebhooksEnableWebhookDocument,
    "query IncomingWebhooksNode($id: ID!) { node(id: $id) { ... on IncomingWebhook { requests { total error } } } }": typeof types.IncomingWebhooksNodeDocument,
    "query IncomingWebhooksAlerts($id: ID!) { alerts(first: 10, filter: { webhookId: $id }) { totalCount nodes { state eventCount events(first: 20) { totalCount } } } }": typeof types.IncomingWebhooksAlertsDocument,
    "query IncomingWebhooksAlerts2($id: ID!) { alerts(first: 10, filter: { webhookId: $id, state: RESOLVED }) { nodes { id state resolvedAt eventCount urgency severity } } }": typeof types.IncomingWebhooksAlerts2Document,
    "query IncomingWebhooksAlert($id: ID!) { alert(id: $id) { state webhook { id } } }": typeof types.IncomingWebhooksAlertDocument,
    "mutation IncomingWebhooksResolveAlert($id: ID!) { resolveAlert(input: { id: $id }) { __typename ... on ResolveAlertPayload { alert { id state resolvedAt } } ...MutationError } }": typeof types.IncomingWebhooksResolveAlertDocument,
    "query IncomingWebhooksAlerts3($id: ID!) { alerts(first: 10, filter: { webhookId: $id, state: TRIGGERED }) { totalCount } }": typeof types.IncomingWebhooksAlerts3Document,
    "mutation IncomingWebhooksRegenerateAccessKey($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename ... on RegenerateAccessKeyPayload { webhook { webhookUrl } } ...MutationError } }": typeof types.IncomingWebhooksRegenerateAccessKeyDocument,
    "mutation IncomingWebhooksUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) { updateWebhookPlugin(input: $input) { __typename ... on UpdateWebhookPluginPayload { webhook { plugin { version upgradeMode options metadata } } } ...MutationError } }": typeof types.IncomingWebhooksUpdateWebhookPluginDocument,
    "mutation IncomingWebhooksVerifyWebhookPlugin($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { ... on VerifyWebhookPluginPayload { ok message } ...MutationError } }": typeof types.IncomingWebhooksVerifyWebhookPluginDocument,
    "mutation IncomingWebhooksVerifyWebhookPlugin2($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { ... on VerifyWebhookPluginPayload { ok message } } }": typeof types.IncomingWebhooksVerifyWebhookPlugin2Document,
    "mutation IncomingWebhooksUpdateIncomingWebhook($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on UpdateIncomingWebhookPayload { webhook { name projectId tags } } ...MutationError } }": typeof types.IncomingWebhooksUpdateIncomingWebhookDocument,
    "mutation IncomingWebhooksUpdateIncomingWebhook2($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on ValidationError { issues { path } } } }": typeof types.IncomingWebhooksUpdateIncomingWebhook2Document,
    "mutation IncomingWebhooksDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }": typeof types.IncomingWebhooksDeleteWebhookDocument,
    "mutation IncomingWebhooksCreateApiKey { createApiKey(input: { name: \"reader\", scopes: [DELIVERIES_VIEW] }) { ... on CreateApiKeyPayload { key } } }": typeof types.IncomingWebhooksCreateApiKeyDocument,
    "query IncomingWebhooksAlerts4 { alerts(first: 1) { totalCount } }": typeof types.IncomingWebhooksAlerts4Document,
    "query IncomingWebhooksIncomingEvents($filter: IncomingEventFilter) { incomingEvents(first: 10, filter: $filter) { totalCount nodes { eventKey } } }": typeof types.IncomingWebhooksIncomingEventsDocument,
    "query IncomingWebhooksIncomingEventStats($filter: IncomingEventStatsFilter, $groupBy: IncomingEventGroup!) { incomingEventStats(filter: $filter, groupBy: $groupBy, bucket: MINUTE) { total groups { key count } series { start total groups { key count } } } }": typeof types.IncomingWebhooksIncomingEventStatsDocument,
    "mutation InputLimitsCreateOutgoingWebhook($headers: [HttpHeaderInput!]) { createOutgoingWebhook(input: { name: \"limits\", url: \"https://receiver.example.com/hook\", eventTypes: [\"*\"], headers: $headers }) {\n  __typename ... on ValidationError { issues { path message } } } }": typeof types.InputLimitsCreateOutgoingWebhookDocument,
    "query InputLimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.InputLimitsNodesDocument,
    "mutation InputLimitsUpdateOutgoingWebhook($id: ID!, $headers: [HttpHeaderInput!]) { updateOutgoingWebhook(input: { id: $id, addHeaders: $headers }) { __typename ... on ValidationError { issues { path message } } } }": typeof types.InputLimitsUpdateOutgoingWebhookDocument,
    "mutation InputLimitsCreateOutgoingWebhook2 { createOutgoingWebhook(input: { name: \"lists\", url: \"https://receiver.example.com/hook\", eventTypes: [\"*\"] }) { __typename ... on CreateOutgoingWebhookPayload { webhook { id } } } }": typeof types.InputLimitsCreateOutgoingWebhook2Document,
    "mutation InputLimitsUpdateOutgoingWebhook2($input: UpdateOutgoingWebhookInput!) { updateOutgoingWebhook(input: $input) { __typename ... on ValidationError { issues { path message } } } }": typeof types.InputLimitsUpdateOutgoingWebhook2Document,
    "mutation InputLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on ValidationError { issues { path message } } } }": typeof types.InputLimitsCreateApiKeyDocument,
    "mutation LiveCreateKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { key apiKey { id } } }\n}": typeof types.LiveCreateKeyDocument,
    "mutation LiveRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }": typeof types.LiveRevokeKeyDocument,
    "mutation LiveRedeliver($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }": typeof types.LiveRedeliverDocument,
    "subscription LiveInline($id: ID!) { deliveryUpdated(filter: { webhookId: $id, statuses: [SUCCEEDED] }) { delivery { eventType } } }": typeof types.LiveInlineDocument,
    "subscription LiveRenamed($which: DeliveryUpdateFilter) { deliveryUpdated(filter: $which) { delivery { eventType } } }": typeof types.LiveRenamedDocument,
    "mutation LiveDisable($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }": typeof types.LiveDisableDocument,
    "mutation LiveRotate($id: ID!) { rotateWebhookSecret(input: { id: $id }) { __typename } }": typeof types.LiveRotateDocument,
    "mutation LiveDelete($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }": typeof types.LiveDeleteDocument,
    "query MetricsViewer { viewer { name } }": typeof types.MetricsViewerDocument,
    "mutation MetricsCreateApiKey { createApiKey(input: { name: \"metrics reader\", scopes: [EVENTS_PUBLISH] }) { __typename ... on CreateApiKeyPayload { key } } }": typeof types.MetricsCreateApiKeyDocument,
    "query MetricsWebhooks { webhooks(first: 1) { totalCount } }": typeof types.MetricsWebhooksDocument,
    "mutation OutgoingWebhooksDisableWebhook($id: ID!) { disableWebhook(input: { id: $id }) { ... on DisableWebhookPayload { webhook { state enabled ... on OutgoingWebhook { active } } } } }": typeof types.OutgoingWebhooksDisableWebhookDocument,
    "mutation OutgoingWebhooksEnableWebhook($id: ID!) { enableWebhook(input: { id: $id }) { ... on EnableWebhookPayload { webhook { state enabled } } } }": typeof types.OutgoingWebhooksEnableWebhookDocument,
    "mutation OutgoingWebhooksDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename ... on DeleteWebhookPayload { deletedId } ...MutationError } }": typeof types.OutgoingWebhooksDeleteWebhookDocument,
    "mutation OutgoingWebhooksDeleteWebhook2($id: ID!) { deleteWebhook(input: { id: $id }) { __typename ...MutationError } }": typeof types.OutgoingWebhooksDeleteWebhook2Document,
    "query OutgoingWebhooksWebhook($id: ID!) { webhook(id: $id) { id } }": typeof types.OutgoingWebhooksWebhookDocument,
    "mutation OutgoingWebhooksRotateWebhookSecret($id: ID!, $s: Int) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: $s }) { __typename\n      ... on RotateWebhookSecretPayload { secret webhook { secretHint } } ...MutationError } }": typeof types.OutgoingWebhooksRotateWebhookSecretDocument,
    "query OutgoingWebhooksWebhook2($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { suspended active suspendReason } } }": typeof types.OutgoingWebhooksWebhook2Document,
    "mutation OutgoingWebhooksUnsuspendWebhook($id: ID!) { unsuspendWebhook(input: { id: $id }) { ... on UnsuspendWebhookPayload { webhook { suspended suspendedAt suspendReason consecutiveFailures active } } } }": typeof types.OutgoingWebhooksUnsuspendWebhookDocument,
    "query OutgoingWebhooksWebhook3($id: ID!) { webhook(id: $id) { name enabled } }": typeof types.OutgoingWebhooksWebhook3Document,
    "mutation OutgoingWebhooksCreateApiKey { createApiKey(input: { name: \"ro\", scopes: [WEBHOOKS_VIEW] }) { __typename ... on CreateApiKeyPayload { key } } }": typeof types.OutgoingWebhooksCreateApiKeyDocument,
    "mutation OutgoingWebhooksCreateApiKey2 { createApiKey(input: { name: \"pub\", scopes: [EVENTS_PUBLISH] }) { __typename ... on CreateApiKeyPayload { key } } }": typeof types.OutgoingWebhooksCreateApiKey2Document,
    "query OutgoingWebhooksWebhooks { webhooks { totalCount } }": typeof types.OutgoingWebhooksWebhooksDocument,
    "query OutgoingWebhooksWebhookStats { webhookStats(groupBy: [KIND]) { total } }": typeof types.OutgoingWebhooksWebhookStatsDocument,
    "query OutgoingWebhooksWebhook4($id: ID!) { webhook(id: $id) { enabled } }": typeof types.OutgoingWebhooksWebhook4Document,
    "query OutgoingWebhooksApiKeys { apiKeys(first: 1) { nodes { id } } }": typeof types.OutgoingWebhooksApiKeysDocument,
    "mutation OutgoingWebhooksDisableWebhook2($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }": typeof types.OutgoingWebhooksDisableWebhook2Document,
    "query QueryCostWebhooks { webhooks(first: 50) { nodes { ... on OutgoingWebhook { deliveries(first: 20) { nodes { status } } } } } }": typeof types.QueryCostWebhooksDocument,
    "query QueryCostWarmKey { viewer { name } }": typeof types.QueryCostWarmKeyDocument,
    "query QueryCostViewer { viewer { name } }": typeof types.QueryCostViewerDocument,
    "query QueryCostWebhooks2 { webhooks(first: 100) { nodes { ... on OutgoingWebhook { deliveries(first: 100) { nodes { attempts { durationMs } } } } } } }": typeof types.QueryCostWebhooks2Document,
    "mutation RegisteredPluginsRegister($input: RegisterPluginInput!) { registerPlugin(input: $input) { __typename\n  ... on RegisterPluginPayload { plugin { id source url secretHint latestVersion versions { version authentication } } }\n  ... on ValidationError { issues { path message } } ... on ConflictError { message } ... on ForbiddenError { message } } }": typeof types.RegisteredPluginsRegisterDocument,
    "query RegisteredPluginsVersion($id: ID!) { webhook(id: $id) { __typename ... on IncomingWebhook { plugin { version upgradeMode metadata } } } }": typeof types.RegisteredPluginsVersionDocument,
    "mutation RegisteredPluginsUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) { updateWebhookPlugin(input: $input) { __typename ... on ValidationError { issues { path message } } } }": typeof types.RegisteredPluginsUpdateWebhookPluginDocument,
    "mutation RegisteredPluginsUpdate($input: UpdateRegisteredPluginInput!) { updateRegisteredPlugin(input: $input) { __typename\n  ... on UpdateRegisteredPluginPayload { plugin { latestVersion } } ... on ValidationError { issues { path message } } } }": typeof types.RegisteredPluginsUpdateDocument,
    "query RegisteredPluginsList { plugins { id source } }": typeof types.RegisteredPluginsListDocument,
    "query RegisteredPluginsListOther { plugins { id } }": typeof types.RegisteredPluginsListOtherDocument,
    "query RegisteredPluginsAlerts($id: ID!) { webhook(id: $id) { __typename ... on IncomingWebhook { alerts { nodes { state eventKey } } } } }": typeof types.RegisteredPluginsAlertsDocument,
    "mutation RegisteredPluginsUnregister($pluginId: String!) { unregisterPlugin(input: { pluginId: $pluginId }) { __typename ... on ConflictError { message } } }": typeof types.RegisteredPluginsUnregisterDocument,
    "mutation RegisteredPluginsDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }": typeof types.RegisteredPluginsDeleteWebhookDocument,
    "mutation SecretFieldsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }": typeof types.SecretFieldsCreateApiKeyDocument,
    "mutation SecretFieldsCreateIncomingWebhook { createIncomingWebhook(input: { name: \"secret url\", plugin: { pluginId: \"generic-json\" } }) {\n      ... on CreateIncomingWebhookPayload { webhook { id webhookUrl accessKey } } } }": typeof types.SecretFieldsCreateIncomingWebhookDocument,
    "mutation SecretFieldsCreateIncomingWebhook2 { createIncomingWebhook(input: { name: \"made by adder\", plugin: { pluginId: \"generic-json\" } }) {\n      ... on CreateIncomingWebhookPayload { webhook { id webhookUrl } } } }": typeof types.SecretFieldsCreateIncomingWebhook2Document,
    "query SecretFieldsNode($id: ID!) { node(id: $id) { ... on IncomingWebhook { webhookUrl } } }": typeof types.SecretFieldsNodeDocument,
    "mutation SecretFieldsCreateOutgoingWebhook($url: String!, $headers: [HttpHeaderInput!]) { createOutgoingWebhook(input: { name: \"with credentials\", url: $url, eventTypes: [\"secret.*\"], headers: $headers }) {\n      ... on CreateOutgoingWebhookPayload { webhook { id headers { name values } } } } }": typeof types.SecretFieldsCreateOutgoingWebhookDocument,
    "query SecretFieldsNode2($id: ID!) { node(id: $id) { ... on OutgoingWebhook { name headers { name values } } } }": typeof types.SecretFieldsNode2Document,
    "mutation SecretFieldsTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { ... on TestWebhookPayload { delivery { id } } } }": typeof types.SecretFieldsTestWebhookDocument,
    "query SecretFieldsNode3($id: ID!) { node(id: $id) { ... on Delivery { attempts { requestHeaders { name value } } } } }": typeof types.SecretFieldsNode3Document,
    "query StatisticsWebhookStats($ids: [ID!], $groupBy: [WebhookStatsGroup!]!, $aggregates: [WebhookStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {\n  webhookStats(filter: { ids: $ids }, groupBy: $groupBy, aggregates: $aggregates, orderBy: $orderBy, limit: $limit) {\n    total totals { function field value } rows { kind pluginId capability eventType count aggregates { function field value } } } }": typeof types.StatisticsWebhookStatsDocument,
    "query StatisticsViewer { viewer { name } }": typeof types.StatisticsViewerDocument,
    "query StatisticsIncomingEventStats($webhookId: ID, $groupBy: IncomingEventGroup!, $thenBy: [IncomingEventGroup!], $aggregates: [IncomingEventStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {\n  incomingEventStats(filter: { webhookId: $webhookId }, groupBy: $groupBy, thenBy: $thenBy, aggregates: $aggregates, orderBy: $orderBy, limit: $limit, bucket: DAY) {\n    total groups { key keys count aggregates { value } } series { total groups { key count } } } }": typeof types.StatisticsIncomingEventStatsDocument,
    "query StatisticsViewer2 { viewer { name } }": typeof types.StatisticsViewer2Document,
    "query SwitchesViewer { viewer { name } }": typeof types.SwitchesViewerDocument,
    "mutation TypedErrorsDeleteWebhook { deleteWebhook(input: { id: \"abc\" }) { __typename ... on ValidationError { issues { path message } } } }": typeof types.TypedErrorsDeleteWebhookDocument,
    "mutation TypedErrorsResendDivertedDeliveries($ids: [ID!]) { resendDivertedDeliveries(input: { ids: $ids }) { __typename ... on ValidationError { issues { path } } } }": typeof types.TypedErrorsResendDivertedDeliveriesDocument,
    "query TypedErrorsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.TypedErrorsNodesDocument,
    "query TypedErrorsViewer { viewer { name } }": typeof types.TypedErrorsViewerDocument,
    "query WebhookListingWebhooks { webhooks(first: 5, after: \"bm9wZQ\") { totalCount } }": typeof types.WebhookListingWebhooksDocument,
    "query WebhookListingWebhooks2 { webhooks(filter: { eventTypes: [\"bad type\"] }) { totalCount } }": typeof types.WebhookListingWebhooks2Document,
    "query WebhookListingWebhookStats { webhookStats(groupBy: [STATE, PROJECT]) { total rows { state projectId count kind } } }": typeof types.WebhookListingWebhookStatsDocument,
    "query WebhookListingWebhookStats2 { webhookStats(groupBy: [KIND, SUSPENDED, EVENT_TYPE], filter: { projectId: \"p0\" }) { total rows { kind suspended eventType count } } }": typeof types.WebhookListingWebhookStats2Document,
    "query WebhookListingWebhookStats3 { webhookStats(groupBy: [CREATED_DAY]) { total rows { createdDay count } } }": typeof types.WebhookListingWebhookStats3Document,
    "query WebhookListingWebhookStats4 { webhookStats(groupBy: []) { total } }": typeof types.WebhookListingWebhookStats4Document,
    "query WebhookListingWebhooks3 { webhooks(first: 50, filter: { active: true }) { totalCount nodes { id kind name state enabled projectId tags createdAt updatedAt\n    ... on OutgoingWebhook { url headers { name values } eventTypes secretHint suspended active lastFailureAt consecutiveFailures\n      failureHandling { timeoutSeconds } } } } }": typeof types.WebhookListingWebhooks3Document,
};
const documents: Documents = {
    "fragment MutationError on Error {\n  __typename\n  code\n  message\n  ... on ValidationError {\n    issues {\n      path\n      message\n    }\n  }\n  ... on ForbiddenError {\n    missingScope\n  }\n}": types.MutationErrorFragmentDoc,
    "query AuthViewer { viewer { name scopes tenant { name } } }": types.AuthViewerDocument,
    "mutation AuthCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    __typename\n    ... on CreateApiKeyPayload { key apiKey { id name prefix scopes expiresAt revoked } }\n    ... on ValidationError { issues { path message } }\n    ... on ForbiddenError { missingScope message }\n  }\n}": types.AuthCreateApiKeyDocument,
    "mutation AuthRevokeApiKey($id: ID!) {\n  revokeApiKey(input: { id: $id }) {\n    __typename\n    ... on RevokeApiKeyPayload { apiKey { id revoked revokedAt } }\n    ... on NotFoundError { message code }\n  }\n}": types.AuthRevokeApiKeyDocument,
    "query AuthViewer2 { viewer { name scopes } }": types.AuthViewer2Document,
    "query AuthApiKeys { apiKeys(first: 100) { nodes { id prefix } } }": types.AuthApiKeysDocument,
    "query AuthNode($id: ID!) { node(id: $id) { __typename ... on ApiKey { lastUsedAt } } }": types.AuthNodeDocument,
    "query AuthApiKeys2 { apiKeys { totalCount } }": types.AuthApiKeys2Document,
    "query AuthApiKeys3 { apiKeys { totalCount } webhooks(first: 1) { totalCount } }": types.AuthApiKeys3Document,
    "query AuthWebhook($id: ID!) { webhook(id: $id) { name } viewer { name } }": types.AuthWebhookDocument,
    "query AuthNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.AuthNodesDocument,
    "query AuthDelivery($id: ID!) { delivery(id: $id) { id status event { type } webhook { name url } } }": types.AuthDeliveryDocument,
    "query AuthWebhook2($id: ID!) { webhook(id: $id) { name ... on OutgoingWebhook { url deliveries { totalCount } } } }": types.AuthWebhook2Document,
    "query AuthNode2($id: ID!) { node(id: $id) { id ... on Delivery { status } } }": types.AuthNode2Document,
    "mutation AuthCreateOutgoingWebhook { createOutgoingWebhook(input: { name: \"added\", url: \"https://added.example.com/\", eventTypes: [\"a.b\"] }) {\n        __typename ... on CreateOutgoingWebhookPayload { secret webhook { name url eventTypes deliveries { totalCount } } } } }": types.AuthCreateOutgoingWebhookDocument,
    "query AuthViewer3 { viewer { apiKeyId tenant { id name } } }": types.AuthViewer3Document,
    "query AuthNode3($id: ID!) { node(id: $id) { id ... on Tenant { name } } }": types.AuthNode3Document,
    "query AuthNode4($id: ID!) { node(id: $id) { id } }": types.AuthNode4Document,
    "mutation BackPressureCreateIncomingWebhook { createIncomingWebhook(input: { name: \"busy\", plugin: { pluginId: \"generic-json\" } }) { ... on CreateIncomingWebhookPayload { webhook { webhookUrl } } } }": types.BackPressureCreateIncomingWebhookDocument,
    "query BackPressureViewer { viewer { name } }": types.BackPressureViewerDocument,
    "mutation BackPressurePublishEvent { publishEvent(input: { type: \"pressure.held\", idempotencyKey: \"held\", payload: {} }) { __typename } }": types.BackPressurePublishEventDocument,
    "mutation DeliveryControlUnsuspend($id: ID!) { unsuspendWebhook(input: { id: $id }) { __typename } }": types.DeliveryControlUnsuspendDocument,
    "mutation DeliveryWorkerTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { ... on TestWebhookPayload { attempt { failureTrigger } } } }": types.DeliveryWorkerTestWebhookDocument,
    "mutation DeliveryCreateApiKey { createApiKey(input: { name: \"reader\", scopes: [WEBHOOKS_VIEW] }) { ... on CreateApiKeyPayload { key } } }": types.DeliveryCreateApiKeyDocument,
    "mutation DeliveryPublishEvents($input: PublishEventsInput!) { publishEvents(input: $input) { __typename\n    ... on PublishEventsPayload { results { deliveryCount duplicate event { id type payload } } } ...MutationError } }": types.DeliveryPublishEventsDocument,
    "mutation DeliveryCreateApiKey2 { createApiKey(input: { name: \"batch reader\", scopes: [WEBHOOKS_VIEW] }) { ... on CreateApiKeyPayload { key } } }": types.DeliveryCreateApiKey2Document,
    "query DeliveryDivertedDeliveries($filter: DivertedDeliveryFilter) { divertedDeliveries(first: 10, filter: $filter) { totalCount nodes { id eventType failureTrigger failureMessage failureTimestamp } } }": types.DeliveryDivertedDeliveriesDocument,
    "mutation DeliveryResendDivertedDeliveries($input: ResendDivertedDeliveriesInput!) { resendDivertedDeliveries(input: $input) { __typename ... on ResendDivertedDeliveriesPayload { resentCount } ...MutationError } }": types.DeliveryResendDivertedDeliveriesDocument,
    "mutation DeliveryDeleteDivertedDeliveries($input: DeleteDivertedDeliveriesInput!) { deleteDivertedDeliveries(input: $input) { __typename ... on DeleteDivertedDeliveriesPayload { deletedCount } ...MutationError } }": types.DeliveryDeleteDivertedDeliveriesDocument,
    "mutation DeliveryResendDivertedDeliveries2($input: ResendDivertedDeliveriesInput!) { resendDivertedDeliveries(input: $input) { __typename ...MutationError } }": types.DeliveryResendDivertedDeliveries2Document,
    "mutation DeliveryUnsuspendWebhook($input: UnsuspendWebhookInput!) { unsuspendWebhook(input: $input) { __typename ... on UnsuspendWebhookPayload { resentCount webhook { suspended consecutiveFailures } } } }": types.DeliveryUnsuspendWebhookDocument,
    "mutation DeliveryRotateWebhookSecret($id: ID!) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: 3600 }) { ... on RotateWebhookSecretPayload { secret } } }": types.DeliveryRotateWebhookSecretDocument,
    "mutation DeliveryMoveWebhook($input: UpdateOutgoingWebhookInput!) { updateOutgoingWebhook(input: $input) { __typename } }": types.DeliveryMoveWebhookDocument,
    "mutation DeliveryRotateNow($id: ID!) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: 0 }) { ... on RotateWebhookSecretPayload { secret } } }": types.DeliveryRotateNowDocument,
    "mutation DeliveryTestWebhook($input: TestWebhookInput!) { testWebhook(input: $input) { __typename\n    ... on TestWebhookPayload { delivery { id isTest status eventType } attempt { attemptNumber responseStatus durationMs responseBody succeeded failureTrigger failureMessage } } ...MutationError } }": types.DeliveryTestWebhookDocument,
    "mutation DeliveryRedeliverDelivery($input: RedeliverDeliveryInput!) { redeliverDelivery(input: $input) { __typename ... on RedeliverDeliveryPayload { delivery { id status messageId } } ...MutationError } }": types.DeliveryRedeliverDeliveryDocument,
    "query DeliveryEvents($filter: EventFilter) { events(first: 10, filter: $filter) { totalCount nodes { id type payload deliveries(first: 5) { totalCount nodes { status webhook { id } } } } } }": types.DeliveryEventsDocument,
    "query DeliveryDeliveries($filter: DeliveryFilter) { deliveries(first: 10, filter: $filter, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { event { id } } } }": types.DeliveryDeliveriesDocument,
    "query DeliveryWebhook($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { deliveries(first: 1, status: SUCCEEDED) { totalCount nodes { status } } } } }": types.DeliveryWebhookDocument,
    "query DeliveryDeliveries2($after: String, $before: String, $first: Int, $last: Int, $filter: DeliveryFilter) {\n      deliveries(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id attempts { attemptNumber succeeded } } } }": types.DeliveryDeliveries2Document,
    "query DeliveryDelivery($id: ID!) { delivery(id: $id) { id } }": types.DeliveryDeliveryDocument,
    "query DeliveryNode($id: ID!) { node(id: $id) { id } }": types.DeliveryNodeDocument,
    "query DeliveryDeliveries3 { deliveries(first: 100) { totalCount } events(first: 1) { totalCount } divertedDeliveries(first: 1) { totalCount } }": types.DeliveryDeliveries3Document,
    "mutation DeliveryRedeliverDelivery2($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }": types.DeliveryRedeliverDelivery2Document,
    "mutation DeliveryResendDivertedDeliveries3($id: ID!) { resendDivertedDeliveries(input: { ids: [$id] }) { __typename } }": types.DeliveryResendDivertedDeliveries3Document,
    "mutation DeliveryTestWebhook2($id: ID!) { testWebhook(input: { id: $id }) { __typename } }": types.DeliveryTestWebhook2Document,
    "query DeliveryViewer { viewer { name } }": types.DeliveryViewerDocument,
    "query DeliveryWebhooks($first: Int!) { webhooks(first: $first) { nodes { __typename id ... on OutgoingWebhook {\n        deliveries(first: 5) { totalCount nodes { id status attempts { responseStatus } event { type } } } } } } }": types.DeliveryWebhooksDocument,
    "query DeliveryDeliveries4 { deliveries(first: 50) { totalCount nodes { id attempts { responseStatus } } } }": types.DeliveryDeliveries4Document,
    "query DeliveryWebhooks2 { webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 4) { pageInfo { endCursor hasNextPage } nodes { id } } } } } }": types.DeliveryWebhooks2Document,
    "query DeliveryWebhooks3($after: String) { webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 4, after: $after) { pageInfo { hasNextPage } nodes { id } } } } } }": types.DeliveryWebhooks3Document,
    "query DeliveryDeliveryStats($filter: DeliveryStatsFilter) { deliveryStats(filter: $filter, bucket: MINUTE) { bucket totals { total succeeded diverted successRate attemptCount latencyP50Ms latencyP95Ms latencyP99Ms } series { start total succeeded } } }": types.DeliveryDeliveryStatsDocument,
    "query DeliveryDeliveryStats2 { deliveryStats(filter: { eventType: \"stats.bad\" }) { totals { total diverted successRate } } }": types.DeliveryDeliveryStats2Document,
    "query DeliveryDeliveryStats3 { deliveryStats(filter: { from: \"2020-01-01T00:00:00Z\" }, bucket: MINUTE) { bucket } }": types.DeliveryDeliveryStats3Document,
    "query DeliveriesByMessageId($filter: DeliveryFilter!) { deliveries(filter: $filter) { totalCount nodes { messageId webhook { id } event { id } } } }": types.DeliveriesByMessageIdDocument,
    "query EventsByIdempotencyKey($key: String!) { events(filter: { idempotencyKey: $key }) { totalCount nodes { id } } }": types.EventsByIdempotencyKeyDocument,
    "query EventsInWindow($filter: EventFilter!) { events(filter: $filter) { nodes { id createdAt } } }": types.EventsInWindowDocument,
    "query DeliveriesInWindow($filter: DeliveryFilter!) { deliveries(filter: $filter) { nodes { createdAt event { id } } } }": types.DeliveriesInWindowDocument,
    "query WebhooksInWindow($filter: WebhookFilter!) { webhooks(filter: $filter) { nodes { id createdAt } } }": types.WebhooksInWindowDocument,
    "mutation DeliveryRecentTest($id: ID!) { testWebhook(input: { id: $id }) { __typename } }": types.DeliveryRecentTestDocument,
    "query DeliveryRecent($ids: [ID!]!) {\n        webhooks(filter: { ids: $ids }) { nodes { id ... on OutgoingWebhook { recentDeliveries { succeeded failed successRate } } } }\n      }": types.DeliveryRecentDocument,
    "\n    query DestinationDeliveries($webhookId: ID!) {\n      deliveries(first: 10, filter: { webhookId: $webhookId }) { nodes { status failureTrigger failureMessage attempts { failureTrigger failureMessage responseStatus } } }\n    }\n  ": types.DestinationDeliveriesDocument,
    "mutation DestinationTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { __typename ... on TestWebhookPayload { attempt { responseStatus } } } }": types.DestinationTestWebhookDocument,
    "mutation DestinationTestAttempt($id: ID!) { testWebhook(input: { id: $id }) { __typename ... on TestWebhookPayload { attempt { responseStatus failureTrigger failureMessage } delivery { status } } } }": types.DestinationTestAttemptDocument,
    "\n  query SandboxWebhookCount {\n    webhooks(first: 1) {\n      totalCount\n    }\n  }\n": types.SandboxWebhookCountDocument,
    "\n  query SandboxDeliveries($webhookId: ID!) {\n    deliveries(first: 10, filter: { webhookId: $webhookId }) {\n      nodes {\n        status\n        attempts {\n          failureTrigger\n          failureMessage\n          responseStatus\n        }\n      }\n    }\n  }\n": types.SandboxDeliveriesDocument,
    "query PostgresRestartEvents { events(first: 100) { totalCount } }": types.PostgresRestartEventsDocument,
    "query GraphqlServerViewer { viewer { name } }": types.GraphqlServerViewerDocument,
    "query GraphqlServerViewer2 { viewer { tenant { id } } apiKeys { edges { node { tenant { id } } } } }": types.GraphqlServerViewer2Document,
    "query GraphqlServerViewer3 { a: viewer { name } b: viewer { name } c: viewer { name } d: viewer { name } e: viewer { name } f: viewer { name } }": types.GraphqlServerViewer3Document,
    "query GraphqlServerApiKeys { apiKeys(first: 101) { totalCount } }": types.GraphqlServerApiKeysDocument,
    "query GraphqlServerApiKeys2 { apiKeys(last: 101) { totalCount } }": types.GraphqlServerApiKeys2Document,
    "query GraphqlServerApiKeys3 { apiKeys(first: 100) { totalCount } }": types.GraphqlServerApiKeys3Document,
    "mutation GraphqlServerCreateApiKey($name: String!) { createApiKey(input: { name: $name, scopes: [WEBHOOKS_VIEW] }) { __typename } }": types.GraphqlServerCreateApiKeyDocument,
    "query GraphqlServerApiKeys4 { apiKeys { totalCount nodes { id } } }": types.GraphqlServerApiKeys4Document,
    "query GraphqlServerApiKeys5($after: String) { apiKeys(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }": types.GraphqlServerApiKeys5Document,
    "query GraphqlServerApiKeys6 { apiKeys(last: 2) { nodes { id } } }": types.GraphqlServerApiKeys6Document,
    "query GraphqlServerApiKeys7 { apiKeys(first: 1) { nodes { id } } }": types.GraphqlServerApiKeys7Document,
    "query GraphqlServerNode($id: ID!) { node(id: $id) { id } }": types.GraphqlServerNodeDocument,
    "query GraphqlServerNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.GraphqlServerNodesDocument,
    "mutation GraphqlServerRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on Error { code message } } }": types.GraphqlServerRevokeApiKeyDocument,
    "\n      mutation UpdateIncomingAuthentication($input: UpdateIncomingWebhookInput!) {\n        updateIncomingWebhook(input: $input) {\n          __typename\n          ... on UpdateIncomingWebhookPayload { webhook { authentication { type secretHint } } }\n        }\n      }\n    ": types.UpdateIncomingAuthenticationDocument,
    "query IncomingAuthenticationPlugins { plugins { id versions { version authentication } } }": types.IncomingAuthenticationPluginsDocument,
    "query IncomingWebhookHistory($first: Int!) { webhooks(first: $first, filter: { kind: INCOMING }, orderBy: { field: NAME }) { nodes { __typename ... on IncomingWebhook { id name\n  events(first: 3) { totalCount nodes { id eventType webhook { id } } }\n  recoveries: events(filter: { eventType: RECOVERY }) { totalCount nodes { eventKey } }\n  alerts(first: 2) { totalCount nodes { id state webhook { id } } }\n  resolvedAlerts: alerts(filter: { state: RESOLVED }) { totalCount nodes { state } } } } } }": types.IncomingWebhookHistoryDocument,
    "query IncomingWebhookHistoryViewer { viewer { name } }": types.IncomingWebhookHistoryViewerDocument,
    "query IncomingWebhookHistoryPage($id: ID!, $after: String) { webhook(id: $id) { __typename ... on IncomingWebhook {\n      events(first: 3, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }": types.IncomingWebhookHistoryPageDocument,
    "query IncomingWebhookLookup($filter: WebhookFilter) { webhooks(filter: $filter, first: 100) { totalCount nodes { id } } webhookStats(filter: $filter, groupBy: [KIND]) { total } }": types.IncomingWebhookLookupDocument,
    "mutation IncomingWebhookLookupRegenerate($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename ... on RegenerateAccessKeyPayload { webhook { accessKey } } } }": types.IncomingWebhookLookupRegenerateDocument,
    "query IncomingWebhooksPlugins { plugins { id name latestVersion capability optionsSchema versions { version optionsSchema } } }": types.IncomingWebhooksPluginsDocument,
    "query IncomingWebhooksWebhooks { webhooks(first: 100, filter: { kind: INCOMING, pluginId: \"grafana\" }) { totalCount nodes { id __typename } } }": types.IncomingWebhooksWebhooksDocument,
    "query IncomingWebhooksWebhooks2 { webhooks(first: 100, filter: { kind: OUTGOING }) { nodes { __typename } } }": types.IncomingWebhooksWebhooks2Document,
    "mutation IncomingWebhooksDisableWebhook($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }": types.IncomingWebhooksDisableWebhookDocument,
    "mutation IncomingWebhooksEnableWebhook($id: ID!) { enableWebhook(input: { id: $id }) { __typename } }": types.IncomingWebhooksEnableWebhookDocument,
    "query IncomingWebhooksNode($id: ID!) { node(id: $id) { ... on IncomingWebhook { requests { total error } } } }": types.IncomingWebhooksNodeDocument,
    "query IncomingWebhooksAlerts($id: ID!) { alerts(first: 10, filter: { webhookId: $id }) { totalCount nodes { state eventCount events(first: 20) { totalCount } } } }": types.IncomingWebhooksAlertsDocument,
    "query IncomingWebhooksAlerts2($id: ID!) { alerts(first: 10, filter: { webhookId: $id, state: RESOLVED }) { nodes { id state resolvedAt eventCount urgency severity } } }": types.IncomingWebhooksAlerts2Document,
    "query IncomingWebhooksAlert($id: ID!) { alert(id: $id) { state webhook { id } } }": types.IncomingWebhooksAlertDocument,
    "mutation IncomingWebhooksResolveAlert($id: ID!) { resolveAlert(input: { id: $id }) { __typename ... on ResolveAlertPayload { alert { id state resolvedAt } } ...MutationError } }": types.IncomingWebhooksResolveAlertDocument,
    "query IncomingWebhooksAlerts3($id: ID!) { alerts(first: 10, filter: { webhookId: $id, state: TRIGGERED }) { totalCount } }": types.IncomingWebhooksAlerts3Document,
    "mutation IncomingWebhooksRegenerateAccessKey($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename ... on RegenerateAccessKeyPayload { webhook { webhookUrl } } ...MutationError } }": types.IncomingWebhooksRegenerateAccessKeyDocument,
    "mutation IncomingWebhooksUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) { updateWebhookPlugin(input: $input) { __typename ... on UpdateWebhookPluginPayload { webhook { plugin { version upgradeMode options metadata } } } ...MutationError } }": types.IncomingWebhooksUpdateWebhookPluginDocument,
    "mutation IncomingWebhooksVerifyWebhookPlugin($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { ... on VerifyWebhookPluginPayload { ok message } ...MutationError } }": types.IncomingWebhooksVerifyWebhookPluginDocument,
    "mutation IncomingWebhooksVerifyWebhookPlugin2($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { ... on VerifyWebhookPluginPayload { ok message } } }": types.IncomingWebhooksVerifyWebhookPlugin2Document,
    "mutation IncomingWebhooksUpdateIncomingWebhook($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on UpdateIncomingWebhookPayload { webhook { name projectId tags } } ...MutationError } }": types.IncomingWebhooksUpdateIncomingWebhookDocument,
    "mutation IncomingWebhooksUpdateIncomingWebhook2($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on ValidationError { issues { path } } } }": types.IncomingWebhooksUpdateIncomingWebhook2Document,
    "mutation IncomingWebhooksDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }": types.IncomingWebhooksDeleteWebhookDocument,
    "mutation IncomingWebhooksCreateApiKey { createApiKey(input: { name: \"reader\", scopes: [DELIVERIES_VIEW] }) { ... on CreateApiKeyPayload { key } } }": types.IncomingWebhooksCreateApiKeyDocument,
    "query IncomingWebhooksAlerts4 { alerts(first: 1) { totalCount } }": types.IncomingWebhooksAlerts4Document,
    "query IncomingWebhooksIncomingEvents($filter: IncomingEventFilter) { incomingEvents(first: 10, filter: $filter) { totalCount nodes { eventKey } } }": types.IncomingWebhooksIncomingEventsDocument,
    "query IncomingWebhooksIncomingEventStats($filter: IncomingEventStatsFilter, $groupBy: IncomingEventGroup!) { incomingEventStats(filter: $filter, groupBy: $groupBy, bucket: MINUTE) { total groups { key count } series { start total groups { key count } } } }": types.IncomingWebhooksIncomingEventStatsDocument,
    "mutation InputLimitsCreateOutgoingWebhook($headers: [HttpHeaderInput!]) { createOutgoingWebhook(input: { name: \"limits\", url: \"https://receiver.example.com/hook\", eventTypes: [\"*\"], headers: $headers }) {\n  __typename ... on ValidationError { issues { path message } } } }": types.InputLimitsCreateOutgoingWebhookDocument,
    "query InputLimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.InputLimitsNodesDocument,
    "mutation InputLimitsUpdateOutgoingWebhook($id: ID!, $headers: [HttpHeaderInput!]) { updateOutgoingWebhook(input: { id: $id, addHeaders: $headers }) { __typename ... on ValidationError { issues { path message } } } }": types.InputLimitsUpdateOutgoingWebhookDocument,
    "mutation InputLimitsCreateOutgoingWebhook2 { createOutgoingWebhook(input: { name: \"lists\", url: \"https://receiver.example.com/hook\", eventTypes: [\"*\"] }) { __typename ... on CreateOutgoingWebhookPayload { webhook { id } } } }": types.InputLimitsCreateOutgoingWebhook2Document,
    "mutation InputLimitsUpdateOutgoingWebhook2($input: UpdateOutgoingWebhookInput!) { updateOutgoingWebhook(input: $input) { __typename ... on ValidationError { issues { path message } } } }": types.InputLimitsUpdateOutgoingWebhook2Document,
    "mutation InputLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on ValidationError { issues { path message } } } }": types.InputLimitsCreateApiKeyDocument,
    "mutation LiveCreateKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { key apiKey { id } } }\n}": types.LiveCreateKeyDocument,
    "mutation LiveRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }": types.LiveRevokeKeyDocument,
    "mutation LiveRedeliver($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }": types.LiveRedeliverDocument,
    "subscription LiveInline($id: ID!) { deliveryUpdated(filter: { webhookId: $id, statuses: [SUCCEEDED] }) { delivery { eventType } } }": types.LiveInlineDocument,
    "subscription LiveRenamed($which: DeliveryUpdateFilter) { deliveryUpdated(filter: $which) { delivery { eventType } } }": types.LiveRenamedDocument,
    "mutation LiveDisable($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }": types.LiveDisableDocument,
    "mutation LiveRotate($id: ID!) { rotateWebhookSecret(input: { id: $id }) { __typename } }": types.LiveRotateDocument,
    "mutation LiveDelete($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }": types.LiveDeleteDocument,
    "query MetricsViewer { viewer { name } }": types.MetricsViewerDocument,
    "mutation MetricsCreateApiKey { createApiKey(input: { name: \"metrics reader\", scopes: [EVENTS_PUBLISH] }) { __typename ... on CreateApiKeyPayload { key } } }": types.MetricsCreateApiKeyDocument,
    "query MetricsWebhooks { webhooks(first: 1) { totalCount } }": types.MetricsWebhooksDocument,
    "mutation OutgoingWebhooksDisableWebhook($id: ID!) { disableWebhook(input: { id: $id }) { ... on DisableWebhookPayload { webhook { state enabled ... on OutgoingWebhook { active } } } } }": types.OutgoingWebhooksDisableWebhookDocument,
    "mutation OutgoingWebhooksEnableWebhook($id: ID!) { enableWebhook(input: { id: $id }) { ... on EnableWebhookPayload { webhook { state enabled } } } }": types.OutgoingWebhooksEnableWebhookDocument,
    "mutation OutgoingWebhooksDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename ... on DeleteWebhookPayload { deletedId } ...MutationError } }": types.OutgoingWebhooksDeleteWebhookDocument,
    "mutation OutgoingWebhooksDeleteWebhook2($id: ID!) { deleteWebhook(input: { id: $id }) { __typename ...MutationError } }": types.OutgoingWebhooksDeleteWebhook2Document,
    "query OutgoingWebhooksWebhook($id: ID!) { webhook(id: $id) { id } }": types.OutgoingWebhooksWebhookDocument,
    "mutation OutgoingWebhooksRotateWebhookSecret($id: ID!, $s: Int) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: $s }) { __typename\n      ... on RotateWebhookSecretPayload { secret webhook { secretHint } } ...MutationError } }": types.OutgoingWebhooksRotateWebhookSecretDocument,
    "query OutgoingWebhooksWebhook2($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { suspended active suspendReason } } }": types.OutgoingWebhooksWebhook2Document,
    "mutation OutgoingWebhooksUnsuspendWebhook($id: ID!) { unsuspendWebhook(input: { id: $id }) { ... on UnsuspendWebhookPayload { webhook { suspended suspendedAt suspendReason consecutiveFailures active } } } }": types.OutgoingWebhooksUnsuspendWebhookDocument,
    "query OutgoingWebhooksWebhook3($id: ID!) { webhook(id: $id) { name enabled } }": types.OutgoingWebhooksWebhook3Document,
    "mutation OutgoingWebhooksCreateApiKey { createApiKey(input: { name: \"ro\", scopes: [WEBHOOKS_VIEW] }) { __typename ... on CreateApiKeyPayload { key } } }": types.OutgoingWebhooksCreateApiKeyDocument,
    "mutation OutgoingWebhooksCreateApiKey2 { createApiKey(input: { name: \"pub\", scopes: [EVENTS_PUBLISH] }) { __typename ... on CreateApiKeyPayload { key } } }": types.OutgoingWebhooksCreateApiKey2Document,
    "query OutgoingWebhooksWebhooks { webhooks { totalCount } }": types.OutgoingWebhooksWebhooksDocument,
    "query OutgoingWebhooksWebhookStats { webhookStats(groupBy: [KIND]) { total } }": types.OutgoingWebhooksWebhookStatsDocument,
    "query OutgoingWebhooksWebhook4($id: ID!) { webhook(id: $id) { enabled } }": types.OutgoingWebhooksWebhook4Document,
    "query OutgoingWebhooksApiKeys { apiKeys(first: 1) { nodes { id } } }": types.OutgoingWebhooksApiKeysDocument,
    "mutation OutgoingWebhooksDisableWebhook2($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }": types.OutgoingWebhooksDisableWebhook2Document,
    "query QueryCostWebhooks { webhooks(first: 50) { nodes { ... on OutgoingWebhook { deliveries(first: 20) { nodes { status } } } } } }": types.QueryCostWebhooksDocument,
    "query QueryCostWarmKey { viewer { name } }": types.QueryCostWarmKeyDocument,
    "query QueryCostViewer { viewer { name } }": types.QueryCostViewerDocument,
    "query QueryCostWebhooks2 { webhooks(first: 100) { nodes { ... on OutgoingWebhook { deliveries(first: 100) { nodes { attempts { durationMs } } } } } } }": types.QueryCostWebhooks2Document,
    "mutation RegisteredPluginsRegister($input: RegisterPluginInput!) { registerPlugin(input: $input) { __typename\n  ... on RegisterPluginPayload { plugin { id source url secretHint latestVersion versions { version authentication } } }\n  ... on ValidationError { issues { path message } } ... on ConflictError { message } ... on ForbiddenError { message } } }": types.RegisteredPluginsRegisterDocument,
    "query RegisteredPluginsVersion($id: ID!) { webhook(id: $id) { __typename ... on IncomingWebhook { plugin { version upgradeMode metadata } } } }": types.RegisteredPluginsVersionDocument,
    "mutation RegisteredPluginsUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) { updateWebhookPlugin(input: $input) { __typename ... on ValidationError { issues { path message } } } }": types.RegisteredPluginsUpdateWebhookPluginDocument,
    "mutation RegisteredPluginsUpdate($input: UpdateRegisteredPluginInput!) { updateRegisteredPlugin(input: $input) { __typename\n  ... on UpdateRegisteredPluginPayload { plugin { latestVersion } } ... on ValidationError { issues { path message } } } }": types.RegisteredPluginsUpdateDocument,
    "query RegisteredPluginsList { plugins { id source } }": types.RegisteredPluginsListDocument,
    "query RegisteredPluginsListOther { plugins { id } }": types.RegisteredPluginsListOtherDocument,
    "query RegisteredPluginsAlerts($id: ID!) { webhook(id: $id) { __typename ... on IncomingWebhook { alerts { nodes { state eventKey } } } } }": types.RegisteredPluginsAlertsDocument,
    "mutation RegisteredPluginsUnregister($pluginId: String!) { unregisterPlugin(input: { pluginId: $pluginId }) { __typename ... on ConflictError { message } } }": types.RegisteredPluginsUnregisterDocument,
    "mutation RegisteredPluginsDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }": types.RegisteredPluginsDeleteWebhookDocument,
    "mutation SecretFieldsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }": types.SecretFieldsCreateApiKeyDocument,
    "mutation SecretFieldsCreateIncomingWebhook { createIncomingWebhook(input: { name: \"secret url\", plugin: { pluginId: \"generic-json\" } }) {\n      ... on CreateIncomingWebhookPayload { webhook { id webhookUrl accessKey } } } }": types.SecretFieldsCreateIncomingWebhookDocument,
    "mutation SecretFieldsCreateIncomingWebhook2 { createIncomingWebhook(input: { name: \"made by adder\", plugin: { pluginId: \"generic-json\" } }) {\n      ... on CreateIncomingWebhookPayload { webhook { id webhookUrl } } } }": types.SecretFieldsCreateIncomingWebhook2Document,
    "query SecretFieldsNode($id: ID!) { node(id: $id) { ... on IncomingWebhook { webhookUrl } } }": types.SecretFieldsNodeDocument,
    "mutation SecretFieldsCreateOutgoingWebhook($url: String!, $headers: [HttpHeaderInput!]) { createOutgoingWebhook(input: { name: \"with credentials\", url: $url, eventTypes: [\"secret.*\"], headers: $headers }) {\n      ... on CreateOutgoingWebhookPayload { webhook { id headers { name values } } } } }": types.SecretFieldsCreateOutgoingWebhookDocument,
    "query SecretFieldsNode2($id: ID!) { node(id: $id) { ... on OutgoingWebhook { name headers { name values } } } }": types.SecretFieldsNode2Document,
    "mutation SecretFieldsTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { ... on TestWebhookPayload { delivery { id } } } }": types.SecretFieldsTestWebhookDocument,
    "query SecretFieldsNode3($id: ID!) { node(id: $id) { ... on Delivery { attempts { requestHeaders { name value } } } } }": types.SecretFieldsNode3Document,
    "query StatisticsWebhookStats($ids: [ID!], $groupBy: [WebhookStatsGroup!]!, $aggregates: [WebhookStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {\n  webhookStats(filter: { ids: $ids }, groupBy: $groupBy, aggregates: $aggregates, orderBy: $orderBy, limit: $limit) {\n    total totals { function field value } rows { kind pluginId capability eventType count aggregates { function field value } } } }": types.StatisticsWebhookStatsDocument,
    "query StatisticsViewer { viewer { name } }": types.StatisticsViewerDocument,
    "query StatisticsIncomingEventStats($webhookId: ID, $groupBy: IncomingEventGroup!, $thenBy: [IncomingEventGroup!], $aggregates: [IncomingEventStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {\n  incomingEventStats(filter: { webhookId: $webhookId }, groupBy: $groupBy, thenBy: $thenBy, aggregates: $aggregates, orderBy: $orderBy, limit: $limit, bucket: DAY) {\n    total groups { key keys count aggregates { value } } series { total groups { key count } } } }": types.StatisticsIncomingEventStatsDocument,
    "query StatisticsViewer2 { viewer { name } }": types.StatisticsViewer2Document,
    "query SwitchesViewer { viewer { name } }": types.SwitchesViewerDocument,
    "mutation TypedErrorsDeleteWebhook { deleteWebhook(input: { id: \"abc\" }) { __typename ... on ValidationError { issues { path message } } } }": types.TypedErrorsDeleteWebhookDocument,
    "mutation TypedErrorsResendDivertedDeliveries($ids: [ID!]) { resendDivertedDeliveries(input: { ids: $ids }) { __typename ... on ValidationError { issues { path } } } }": types.TypedErrorsResendDivertedDeliveriesDocument,
    "query TypedErrorsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.TypedErrorsNodesDocument,
    "query TypedErrorsViewer { viewer { name } }": types.TypedErrorsViewerDocument,
    "query WebhookListingWebhooks { webhooks(first: 5, after: \"bm9wZQ\") { totalCount } }": types.WebhookListingWebhooksDocument,
    "query WebhookListingWebhooks2 { webhooks(filter: { eventTypes: [\"bad type\"] }) { totalCount } }": types.WebhookListingWebhooks2Document,
    "query WebhookListingWebhookStats { webhookStats(groupBy: [STATE, PROJECT]) { total rows { state projectId count kind } } }": types.WebhookListingWebhookStatsDocument,
    "query WebhookListingWebhookStats2 { webhookStats(groupBy: [KIND, SUSPENDED, EVENT_TYPE], filter: { projectId: \"p0\" }) { total rows { kind suspended eventType count } } }": types.WebhookListingWebhookStats2Document,
    "query WebhookListingWebhookStats3 { webhookStats(groupBy: [CREATED_DAY]) { total rows { createdDay count } } }": types.WebhookListingWebhookStats3Document,
    "query WebhookListingWebhookStats4 { webhookStats(groupBy: []) { total } }": types.WebhookListingWebhookStats4Document,
    "query WebhookListingWebhooks3 { webhooks(first: 50, filter: { active: true }) { totalCount nodes { id kind name state enabled projectId tags createdAt updatedAt\n    ... on OutgoingWebhook { url headers { name values } eventTypes secretHint suspended active lastFailureAt consecutiveFailures\n      failureHandling { timeoutSeconds } } } } }": types.WebhookListingWebhooks3Document,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MutationError on Error {\n  __typename\n  code\n  message\n  ... on ValidationError {\n    issues {\n      path\n      message\n    }\n  }\n  ... on ForbiddenError {\n    missingScope\n  }\n}"): typeof import('./graphql.js').MutationErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer { viewer { name scopes tenant { name } } }"): typeof import('./graphql.js').AuthViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    __typename\n    ... on CreateApiKeyPayload { key apiKey { id name prefix scopes expiresAt revoked } }\n    ... on ValidationError { issues { path message } }\n    ... on ForbiddenError { missingScope message }\n  }\n}"): typeof import('./graphql.js').AuthCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRevokeApiKey($id: ID!) {\n  revokeApiKey(input: { id: $id }) {\n    __typename\n    ... on RevokeApiKeyPayload { apiKey { id revoked revokedAt } }\n    ... on NotFoundError { message code }\n  }\n}"): typeof import('./graphql.js').AuthRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer2 { viewer { name scopes } }"): typeof import('./graphql.js').AuthViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthApiKeys { apiKeys(first: 100) { nodes { id prefix } } }"): typeof import('./graphql.js').AuthApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthNode($id: ID!) { node(id: $id) { __typename ... on ApiKey { lastUsedAt } } }"): typeof import('./graphql.js').AuthNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthApiKeys2 { apiKeys { totalCount } }"): typeof import('./graphql.js').AuthApiKeys2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthApiKeys3 { apiKeys { totalCount } webhooks(first: 1) { totalCount } }"): typeof import('./graphql.js').AuthApiKeys3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthWebhook($id: ID!) { webhook(id: $id) { name } viewer { name } }"): typeof import('./graphql.js').AuthWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').AuthNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthDelivery($id: ID!) { delivery(id: $id) { id status event { type } webhook { name url } } }"): typeof import('./graphql.js').AuthDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthWebhook2($id: ID!) { webhook(id: $id) { name ... on OutgoingWebhook { url deliveries { totalCount } } } }"): typeof import('./graphql.js').AuthWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthNode2($id: ID!) { node(id: $id) { id ... on Delivery { status } } }"): typeof import('./graphql.js').AuthNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateOutgoingWebhook { createOutgoingWebhook(input: { name: \"added\", url: \"https://added.example.com/\", eventTypes: [\"a.b\"] }) {\n        __typename ... on CreateOutgoingWebhookPayload { secret webhook { name url eventTypes deliveries { totalCount } } } } }"): typeof import('./graphql.js').AuthCreateOutgoingWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer3 { viewer { apiKeyId tenant { id name } } }"): typeof import('./graphql.js').AuthViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthNode3($id: ID!) { node(id: $id) { id ... on Tenant { name } } }"): typeof import('./graphql.js').AuthNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthNode4($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').AuthNode4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BackPressureCreateIncomingWebhook { createIncomingWebhook(input: { name: \"busy\", plugin: { pluginId: \"generic-json\" } }) { ... on CreateIncomingWebhookPayload { webhook { webhookUrl } } } }"): typeof import('./graphql.js').BackPressureCreateIncomingWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BackPressureViewer { viewer { name } }"): typeof import('./graphql.js').BackPressureViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BackPressurePublishEvent { publishEvent(input: { type: \"pressure.held\", idempotencyKey: \"held\", payload: {} }) { __typename } }"): typeof import('./graphql.js').BackPressurePublishEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryControlUnsuspend($id: ID!) { unsuspendWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').DeliveryControlUnsuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryWorkerTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { ... on TestWebhookPayload { attempt { failureTrigger } } } }"): typeof import('./graphql.js').DeliveryWorkerTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryCreateApiKey { createApiKey(input: { name: \"reader\", scopes: [WEBHOOKS_VIEW] }) { ... on CreateApiKeyPayload { key } } }"): typeof import('./graphql.js').DeliveryCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryPublishEvents($input: PublishEventsInput!) { publishEvents(input: $input) { __typename\n    ... on PublishEventsPayload { results { deliveryCount duplicate event { id type payload } } } ...MutationError } }"): typeof import('./graphql.js').DeliveryPublishEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryCreateApiKey2 { createApiKey(input: { name: \"batch reader\", scopes: [WEBHOOKS_VIEW] }) { ... on CreateApiKeyPayload { key } } }"): typeof import('./graphql.js').DeliveryCreateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDivertedDeliveries($filter: DivertedDeliveryFilter) { divertedDeliveries(first: 10, filter: $filter) { totalCount nodes { id eventType failureTrigger failureMessage failureTimestamp } } }"): typeof import('./graphql.js').DeliveryDivertedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryResendDivertedDeliveries($input: ResendDivertedDeliveriesInput!) { resendDivertedDeliveries(input: $input) { __typename ... on ResendDivertedDeliveriesPayload { resentCount } ...MutationError } }"): typeof import('./graphql.js').DeliveryResendDivertedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryDeleteDivertedDeliveries($input: DeleteDivertedDeliveriesInput!) { deleteDivertedDeliveries(input: $input) { __typename ... on DeleteDivertedDeliveriesPayload { deletedCount } ...MutationError } }"): typeof import('./graphql.js').DeliveryDeleteDivertedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryResendDivertedDeliveries2($input: ResendDivertedDeliveriesInput!) { resendDivertedDeliveries(input: $input) { __typename ...MutationError } }"): typeof import('./graphql.js').DeliveryResendDivertedDeliveries2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryUnsuspendWebhook($input: UnsuspendWebhookInput!) { unsuspendWebhook(input: $input) { __typename ... on UnsuspendWebhookPayload { resentCount webhook { suspended consecutiveFailures } } } }"): typeof import('./graphql.js').DeliveryUnsuspendWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryRotateWebhookSecret($id: ID!) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: 3600 }) { ... on RotateWebhookSecretPayload { secret } } }"): typeof import('./graphql.js').DeliveryRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryMoveWebhook($input: UpdateOutgoingWebhookInput!) { updateOutgoingWebhook(input: $input) { __typename } }"): typeof import('./graphql.js').DeliveryMoveWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryRotateNow($id: ID!) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: 0 }) { ... on RotateWebhookSecretPayload { secret } } }"): typeof import('./graphql.js').DeliveryRotateNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryTestWebhook($input: TestWebhookInput!) { testWebhook(input: $input) { __typename\n    ... on TestWebhookPayload { delivery { id isTest status eventType } attempt { attemptNumber responseStatus durationMs responseBody succeeded failureTrigger failureMessage } } ...MutationError } }"): typeof import('./graphql.js').DeliveryTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryRedeliverDelivery($input: RedeliverDeliveryInput!) { redeliverDelivery(input: $input) { __typename ... on RedeliverDeliveryPayload { delivery { id status messageId } } ...MutationError } }"): typeof import('./graphql.js').DeliveryRedeliverDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryEvents($filter: EventFilter) { events(first: 10, filter: $filter) { totalCount nodes { id type payload deliveries(first: 5) { totalCount nodes { status webhook { id } } } } } }"): typeof import('./graphql.js').DeliveryEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDeliveries($filter: DeliveryFilter) { deliveries(first: 10, filter: $filter, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { event { id } } } }"): typeof import('./graphql.js').DeliveryDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryWebhook($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { deliveries(first: 1, status: SUCCEEDED) { totalCount nodes { status } } } } }"): typeof import('./graphql.js').DeliveryWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDeliveries2($after: String, $before: String, $first: Int, $last: Int, $filter: DeliveryFilter) {\n      deliveries(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id attempts { attemptNumber succeeded } } } }"): typeof import('./graphql.js').DeliveryDeliveries2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDelivery($id: ID!) { delivery(id: $id) { id } }"): typeof import('./graphql.js').DeliveryDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').DeliveryNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDeliveries3 { deliveries(first: 100) { totalCount } events(first: 1) { totalCount } divertedDeliveries(first: 1) { totalCount } }"): typeof import('./graphql.js').DeliveryDeliveries3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryRedeliverDelivery2($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').DeliveryRedeliverDelivery2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryResendDivertedDeliveries3($id: ID!) { resendDivertedDeliveries(input: { ids: [$id] }) { __typename } }"): typeof import('./graphql.js').DeliveryResendDivertedDeliveries3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryTestWebhook2($id: ID!) { testWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').DeliveryTestWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryViewer { viewer { name } }"): typeof import('./graphql.js').DeliveryViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryWebhooks($first: Int!) { webhooks(first: $first) { nodes { __typename id ... on OutgoingWebhook {\n        deliveries(first: 5) { totalCount nodes { id status attempts { responseStatus } event { type } } } } } } }"): typeof import('./graphql.js').DeliveryWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDeliveries4 { deliveries(first: 50) { totalCount nodes { id attempts { responseStatus } } } }"): typeof import('./graphql.js').DeliveryDeliveries4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryWebhooks2 { webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 4) { pageInfo { endCursor hasNextPage } nodes { id } } } } } }"): typeof import('./graphql.js').DeliveryWebhooks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryWebhooks3($after: String) { webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 4, after: $after) { pageInfo { hasNextPage } nodes { id } } } } } }"): typeof import('./graphql.js').DeliveryWebhooks3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDeliveryStats($filter: DeliveryStatsFilter) { deliveryStats(filter: $filter, bucket: MINUTE) { bucket totals { total succeeded diverted successRate attemptCount latencyP50Ms latencyP95Ms latencyP99Ms } series { start total succeeded } } }"): typeof import('./graphql.js').DeliveryDeliveryStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDeliveryStats2 { deliveryStats(filter: { eventType: \"stats.bad\" }) { totals { total diverted successRate } } }"): typeof import('./graphql.js').DeliveryDeliveryStats2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryDeliveryStats3 { deliveryStats(filter: { from: \"2020-01-01T00:00:00Z\" }, bucket: MINUTE) { bucket } }"): typeof import('./graphql.js').DeliveryDeliveryStats3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveriesByMessageId($filter: DeliveryFilter!) { deliveries(filter: $filter) { totalCount nodes { messageId webhook { id } event { id } } } }"): typeof import('./graphql.js').DeliveriesByMessageIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventsByIdempotencyKey($key: String!) { events(filter: { idempotencyKey: $key }) { totalCount nodes { id } } }"): typeof import('./graphql.js').EventsByIdempotencyKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventsInWindow($filter: EventFilter!) { events(filter: $filter) { nodes { id createdAt } } }"): typeof import('./graphql.js').EventsInWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveriesInWindow($filter: DeliveryFilter!) { deliveries(filter: $filter) { nodes { createdAt event { id } } } }"): typeof import('./graphql.js').DeliveriesInWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksInWindow($filter: WebhookFilter!) { webhooks(filter: $filter) { nodes { id createdAt } } }"): typeof import('./graphql.js').WebhooksInWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryRecentTest($id: ID!) { testWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').DeliveryRecentTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryRecent($ids: [ID!]!) {\n        webhooks(filter: { ids: $ids }) { nodes { id ... on OutgoingWebhook { recentDeliveries { succeeded failed successRate } } } }\n      }"): typeof import('./graphql.js').DeliveryRecentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DestinationDeliveries($webhookId: ID!) {\n      deliveries(first: 10, filter: { webhookId: $webhookId }) { nodes { status failureTrigger failureMessage attempts { failureTrigger failureMessage responseStatus } } }\n    }\n  "): typeof import('./graphql.js').DestinationDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DestinationTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { __typename ... on TestWebhookPayload { attempt { responseStatus } } } }"): typeof import('./graphql.js').DestinationTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DestinationTestAttempt($id: ID!) { testWebhook(input: { id: $id }) { __typename ... on TestWebhookPayload { attempt { responseStatus failureTrigger failureMessage } delivery { status } } } }"): typeof import('./graphql.js').DestinationTestAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SandboxWebhookCount {\n    webhooks(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').SandboxWebhookCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SandboxDeliveries($webhookId: ID!) {\n    deliveries(first: 10, filter: { webhookId: $webhookId }) {\n      nodes {\n        status\n        attempts {\n          failureTrigger\n          failureMessage\n          responseStatus\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SandboxDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostgresRestartEvents { events(first: 100) { totalCount } }"): typeof import('./graphql.js').PostgresRestartEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerViewer { viewer { name } }"): typeof import('./graphql.js').GraphqlServerViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerViewer2 { viewer { tenant { id } } apiKeys { edges { node { tenant { id } } } } }"): typeof import('./graphql.js').GraphqlServerViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerViewer3 { a: viewer { name } b: viewer { name } c: viewer { name } d: viewer { name } e: viewer { name } f: viewer { name } }"): typeof import('./graphql.js').GraphqlServerViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerApiKeys { apiKeys(first: 101) { totalCount } }"): typeof import('./graphql.js').GraphqlServerApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerApiKeys2 { apiKeys(last: 101) { totalCount } }"): typeof import('./graphql.js').GraphqlServerApiKeys2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerApiKeys3 { apiKeys(first: 100) { totalCount } }"): typeof import('./graphql.js').GraphqlServerApiKeys3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlServerCreateApiKey($name: String!) { createApiKey(input: { name: $name, scopes: [WEBHOOKS_VIEW] }) { __typename } }"): typeof import('./graphql.js').GraphqlServerCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerApiKeys4 { apiKeys { totalCount nodes { id } } }"): typeof import('./graphql.js').GraphqlServerApiKeys4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerApiKeys5($after: String) { apiKeys(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }"): typeof import('./graphql.js').GraphqlServerApiKeys5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerApiKeys6 { apiKeys(last: 2) { nodes { id } } }"): typeof import('./graphql.js').GraphqlServerApiKeys6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerApiKeys7 { apiKeys(first: 1) { nodes { id } } }"): typeof import('./graphql.js').GraphqlServerApiKeys7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').GraphqlServerNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlServerNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').GraphqlServerNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlServerRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on Error { code message } } }"): typeof import('./graphql.js').GraphqlServerRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateIncomingAuthentication($input: UpdateIncomingWebhookInput!) {\n        updateIncomingWebhook(input: $input) {\n          __typename\n          ... on UpdateIncomingWebhookPayload { webhook { authentication { type secretHint } } }\n        }\n      }\n    "): typeof import('./graphql.js').UpdateIncomingAuthenticationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingAuthenticationPlugins { plugins { id versions { version authentication } } }"): typeof import('./graphql.js').IncomingAuthenticationPluginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhookHistory($first: Int!) { webhooks(first: $first, filter: { kind: INCOMING }, orderBy: { field: NAME }) { nodes { __typename ... on IncomingWebhook { id name\n  events(first: 3) { totalCount nodes { id eventType webhook { id } } }\n  recoveries: events(filter: { eventType: RECOVERY }) { totalCount nodes { eventKey } }\n  alerts(first: 2) { totalCount nodes { id state webhook { id } } }\n  resolvedAlerts: alerts(filter: { state: RESOLVED }) { totalCount nodes { state } } } } } }"): typeof import('./graphql.js').IncomingWebhookHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhookHistoryViewer { viewer { name } }"): typeof import('./graphql.js').IncomingWebhookHistoryViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhookHistoryPage($id: ID!, $after: String) { webhook(id: $id) { __typename ... on IncomingWebhook {\n      events(first: 3, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }"): typeof import('./graphql.js').IncomingWebhookHistoryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhookLookup($filter: WebhookFilter) { webhooks(filter: $filter, first: 100) { totalCount nodes { id } } webhookStats(filter: $filter, groupBy: [KIND]) { total } }"): typeof import('./graphql.js').IncomingWebhookLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhookLookupRegenerate($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename ... on RegenerateAccessKeyPayload { webhook { accessKey } } } }"): typeof import('./graphql.js').IncomingWebhookLookupRegenerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksPlugins { plugins { id name latestVersion capability optionsSchema versions { version optionsSchema } } }"): typeof import('./graphql.js').IncomingWebhooksPluginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksWebhooks { webhooks(first: 100, filter: { kind: INCOMING, pluginId: \"grafana\" }) { totalCount nodes { id __typename } } }"): typeof import('./graphql.js').IncomingWebhooksWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksWebhooks2 { webhooks(first: 100, filter: { kind: OUTGOING }) { nodes { __typename } } }"): typeof import('./graphql.js').IncomingWebhooksWebhooks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksDisableWebhook($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').IncomingWebhooksDisableWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksEnableWebhook($id: ID!) { enableWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').IncomingWebhooksEnableWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksNode($id: ID!) { node(id: $id) { ... on IncomingWebhook { requests { total error } } } }"): typeof import('./graphql.js').IncomingWebhooksNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksAlerts($id: ID!) { alerts(first: 10, filter: { webhookId: $id }) { totalCount nodes { state eventCount events(first: 20) { totalCount } } } }"): typeof import('./graphql.js').IncomingWebhooksAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksAlerts2($id: ID!) { alerts(first: 10, filter: { webhookId: $id, state: RESOLVED }) { nodes { id state resolvedAt eventCount urgency severity } } }"): typeof import('./graphql.js').IncomingWebhooksAlerts2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksAlert($id: ID!) { alert(id: $id) { state webhook { id } } }"): typeof import('./graphql.js').IncomingWebhooksAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksResolveAlert($id: ID!) { resolveAlert(input: { id: $id }) { __typename ... on ResolveAlertPayload { alert { id state resolvedAt } } ...MutationError } }"): typeof import('./graphql.js').IncomingWebhooksResolveAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksAlerts3($id: ID!) { alerts(first: 10, filter: { webhookId: $id, state: TRIGGERED }) { totalCount } }"): typeof import('./graphql.js').IncomingWebhooksAlerts3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksRegenerateAccessKey($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename ... on RegenerateAccessKeyPayload { webhook { webhookUrl } } ...MutationError } }"): typeof import('./graphql.js').IncomingWebhooksRegenerateAccessKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) { updateWebhookPlugin(input: $input) { __typename ... on UpdateWebhookPluginPayload { webhook { plugin { version upgradeMode options metadata } } } ...MutationError } }"): typeof import('./graphql.js').IncomingWebhooksUpdateWebhookPluginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksVerifyWebhookPlugin($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { ... on VerifyWebhookPluginPayload { ok message } ...MutationError } }"): typeof import('./graphql.js').IncomingWebhooksVerifyWebhookPluginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksVerifyWebhookPlugin2($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { ... on VerifyWebhookPluginPayload { ok message } } }"): typeof import('./graphql.js').IncomingWebhooksVerifyWebhookPlugin2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksUpdateIncomingWebhook($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on UpdateIncomingWebhookPayload { webhook { name projectId tags } } ...MutationError } }"): typeof import('./graphql.js').IncomingWebhooksUpdateIncomingWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksUpdateIncomingWebhook2($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on ValidationError { issues { path } } } }"): typeof import('./graphql.js').IncomingWebhooksUpdateIncomingWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').IncomingWebhooksDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncomingWebhooksCreateApiKey { createApiKey(input: { name: \"reader\", scopes: [DELIVERIES_VIEW] }) { ... on CreateApiKeyPayload { key } } }"): typeof import('./graphql.js').IncomingWebhooksCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksAlerts4 { alerts(first: 1) { totalCount } }"): typeof import('./graphql.js').IncomingWebhooksAlerts4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksIncomingEvents($filter: IncomingEventFilter) { incomingEvents(first: 10, filter: $filter) { totalCount nodes { eventKey } } }"): typeof import('./graphql.js').IncomingWebhooksIncomingEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncomingWebhooksIncomingEventStats($filter: IncomingEventStatsFilter, $groupBy: IncomingEventGroup!) { incomingEventStats(filter: $filter, groupBy: $groupBy, bucket: MINUTE) { total groups { key count } series { start total groups { key count } } } }"): typeof import('./graphql.js').IncomingWebhooksIncomingEventStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputLimitsCreateOutgoingWebhook($headers: [HttpHeaderInput!]) { createOutgoingWebhook(input: { name: \"limits\", url: \"https://receiver.example.com/hook\", eventTypes: [\"*\"], headers: $headers }) {\n  __typename ... on ValidationError { issues { path message } } } }"): typeof import('./graphql.js').InputLimitsCreateOutgoingWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputLimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').InputLimitsNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputLimitsUpdateOutgoingWebhook($id: ID!, $headers: [HttpHeaderInput!]) { updateOutgoingWebhook(input: { id: $id, addHeaders: $headers }) { __typename ... on ValidationError { issues { path message } } } }"): typeof import('./graphql.js').InputLimitsUpdateOutgoingWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputLimitsCreateOutgoingWebhook2 { createOutgoingWebhook(input: { name: \"lists\", url: \"https://receiver.example.com/hook\", eventTypes: [\"*\"] }) { __typename ... on CreateOutgoingWebhookPayload { webhook { id } } } }"): typeof import('./graphql.js').InputLimitsCreateOutgoingWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputLimitsUpdateOutgoingWebhook2($input: UpdateOutgoingWebhookInput!) { updateOutgoingWebhook(input: $input) { __typename ... on ValidationError { issues { path message } } } }"): typeof import('./graphql.js').InputLimitsUpdateOutgoingWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on ValidationError { issues { path message } } } }"): typeof import('./graphql.js').InputLimitsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCreateKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { key apiKey { id } } }\n}"): typeof import('./graphql.js').LiveCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').LiveRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveRedeliver($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').LiveRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveInline($id: ID!) { deliveryUpdated(filter: { webhookId: $id, statuses: [SUCCEEDED] }) { delivery { eventType } } }"): typeof import('./graphql.js').LiveInlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveRenamed($which: DeliveryUpdateFilter) { deliveryUpdated(filter: $which) { delivery { eventType } } }"): typeof import('./graphql.js').LiveRenamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveDisable($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').LiveDisableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveRotate($id: ID!) { rotateWebhookSecret(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').LiveRotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveDelete($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').LiveDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsViewer { viewer { name } }"): typeof import('./graphql.js').MetricsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MetricsCreateApiKey { createApiKey(input: { name: \"metrics reader\", scopes: [EVENTS_PUBLISH] }) { __typename ... on CreateApiKeyPayload { key } } }"): typeof import('./graphql.js').MetricsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsWebhooks { webhooks(first: 1) { totalCount } }"): typeof import('./graphql.js').MetricsWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksDisableWebhook($id: ID!) { disableWebhook(input: { id: $id }) { ... on DisableWebhookPayload { webhook { state enabled ... on OutgoingWebhook { active } } } } }"): typeof import('./graphql.js').OutgoingWebhooksDisableWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksEnableWebhook($id: ID!) { enableWebhook(input: { id: $id }) { ... on EnableWebhookPayload { webhook { state enabled } } } }"): typeof import('./graphql.js').OutgoingWebhooksEnableWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename ... on DeleteWebhookPayload { deletedId } ...MutationError } }"): typeof import('./graphql.js').OutgoingWebhooksDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksDeleteWebhook2($id: ID!) { deleteWebhook(input: { id: $id }) { __typename ...MutationError } }"): typeof import('./graphql.js').OutgoingWebhooksDeleteWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutgoingWebhooksWebhook($id: ID!) { webhook(id: $id) { id } }"): typeof import('./graphql.js').OutgoingWebhooksWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksRotateWebhookSecret($id: ID!, $s: Int) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: $s }) { __typename\n      ... on RotateWebhookSecretPayload { secret webhook { secretHint } } ...MutationError } }"): typeof import('./graphql.js').OutgoingWebhooksRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutgoingWebhooksWebhook2($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { suspended active suspendReason } } }"): typeof import('./graphql.js').OutgoingWebhooksWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksUnsuspendWebhook($id: ID!) { unsuspendWebhook(input: { id: $id }) { ... on UnsuspendWebhookPayload { webhook { suspended suspendedAt suspendReason consecutiveFailures active } } } }"): typeof import('./graphql.js').OutgoingWebhooksUnsuspendWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutgoingWebhooksWebhook3($id: ID!) { webhook(id: $id) { name enabled } }"): typeof import('./graphql.js').OutgoingWebhooksWebhook3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksCreateApiKey { createApiKey(input: { name: \"ro\", scopes: [WEBHOOKS_VIEW] }) { __typename ... on CreateApiKeyPayload { key } } }"): typeof import('./graphql.js').OutgoingWebhooksCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksCreateApiKey2 { createApiKey(input: { name: \"pub\", scopes: [EVENTS_PUBLISH] }) { __typename ... on CreateApiKeyPayload { key } } }"): typeof import('./graphql.js').OutgoingWebhooksCreateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutgoingWebhooksWebhooks { webhooks { totalCount } }"): typeof import('./graphql.js').OutgoingWebhooksWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutgoingWebhooksWebhookStats { webhookStats(groupBy: [KIND]) { total } }"): typeof import('./graphql.js').OutgoingWebhooksWebhookStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutgoingWebhooksWebhook4($id: ID!) { webhook(id: $id) { enabled } }"): typeof import('./graphql.js').OutgoingWebhooksWebhook4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutgoingWebhooksApiKeys { apiKeys(first: 1) { nodes { id } } }"): typeof import('./graphql.js').OutgoingWebhooksApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutgoingWebhooksDisableWebhook2($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').OutgoingWebhooksDisableWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryCostWebhooks { webhooks(first: 50) { nodes { ... on OutgoingWebhook { deliveries(first: 20) { nodes { status } } } } } }"): typeof import('./graphql.js').QueryCostWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryCostWarmKey { viewer { name } }"): typeof import('./graphql.js').QueryCostWarmKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryCostViewer { viewer { name } }"): typeof import('./graphql.js').QueryCostViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryCostWebhooks2 { webhooks(first: 100) { nodes { ... on OutgoingWebhook { deliveries(first: 100) { nodes { attempts { durationMs } } } } } } }"): typeof import('./graphql.js').QueryCostWebhooks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisteredPluginsRegister($input: RegisterPluginInput!) { registerPlugin(input: $input) { __typename\n  ... on RegisterPluginPayload { plugin { id source url secretHint latestVersion versions { version authentication } } }\n  ... on ValidationError { issues { path message } } ... on ConflictError { message } ... on ForbiddenError { message } } }"): typeof import('./graphql.js').RegisteredPluginsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegisteredPluginsVersion($id: ID!) { webhook(id: $id) { __typename ... on IncomingWebhook { plugin { version upgradeMode metadata } } } }"): typeof import('./graphql.js').RegisteredPluginsVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisteredPluginsUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) { updateWebhookPlugin(input: $input) { __typename ... on ValidationError { issues { path message } } } }"): typeof import('./graphql.js').RegisteredPluginsUpdateWebhookPluginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisteredPluginsUpdate($input: UpdateRegisteredPluginInput!) { updateRegisteredPlugin(input: $input) { __typename\n  ... on UpdateRegisteredPluginPayload { plugin { latestVersion } } ... on ValidationError { issues { path message } } } }"): typeof import('./graphql.js').RegisteredPluginsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegisteredPluginsList { plugins { id source } }"): typeof import('./graphql.js').RegisteredPluginsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegisteredPluginsListOther { plugins { id } }"): typeof import('./graphql.js').RegisteredPluginsListOtherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegisteredPluginsAlerts($id: ID!) { webhook(id: $id) { __typename ... on IncomingWebhook { alerts { nodes { state eventKey } } } } }"): typeof import('./graphql.js').RegisteredPluginsAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisteredPluginsUnregister($pluginId: String!) { unregisterPlugin(input: { pluginId: $pluginId }) { __typename ... on ConflictError { message } } }"): typeof import('./graphql.js').RegisteredPluginsUnregisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisteredPluginsDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }"): typeof import('./graphql.js').RegisteredPluginsDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretFieldsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }"): typeof import('./graphql.js').SecretFieldsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretFieldsCreateIncomingWebhook { createIncomingWebhook(input: { name: \"secret url\", plugin: { pluginId: \"generic-json\" } }) {\n      ... on CreateIncomingWebhookPayload { webhook { id webhookUrl accessKey } } } }"): typeof import('./graphql.js').SecretFieldsCreateIncomingWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretFieldsCreateIncomingWebhook2 { createIncomingWebhook(input: { name: \"made by adder\", plugin: { pluginId: \"generic-json\" } }) {\n      ... on CreateIncomingWebhookPayload { webhook { id webhookUrl } } } }"): typeof import('./graphql.js').SecretFieldsCreateIncomingWebhook2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecretFieldsNode($id: ID!) { node(id: $id) { ... on IncomingWebhook { webhookUrl } } }"): typeof import('./graphql.js').SecretFieldsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretFieldsCreateOutgoingWebhook($url: String!, $headers: [HttpHeaderInput!]) { createOutgoingWebhook(input: { name: \"with credentials\", url: $url, eventTypes: [\"secret.*\"], headers: $headers }) {\n      ... on CreateOutgoingWebhookPayload { webhook { id headers { name values } } } } }"): typeof import('./graphql.js').SecretFieldsCreateOutgoingWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecretFieldsNode2($id: ID!) { node(id: $id) { ... on OutgoingWebhook { name headers { name values } } } }"): typeof import('./graphql.js').SecretFieldsNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretFieldsTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { ... on TestWebhookPayload { delivery { id } } } }"): typeof import('./graphql.js').SecretFieldsTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecretFieldsNode3($id: ID!) { node(id: $id) { ... on Delivery { attempts { requestHeaders { name value } } } } }"): typeof import('./graphql.js').SecretFieldsNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsWebhookStats($ids: [ID!], $groupBy: [WebhookStatsGroup!]!, $aggregates: [WebhookStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {\n  webhookStats(filter: { ids: $ids }, groupBy: $groupBy, aggregates: $aggregates, orderBy: $orderBy, limit: $limit) {\n    total totals { function field value } rows { kind pluginId capability eventType count aggregates { function field value } } } }"): typeof import('./graphql.js').StatisticsWebhookStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsViewer { viewer { name } }"): typeof import('./graphql.js').StatisticsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsIncomingEventStats($webhookId: ID, $groupBy: IncomingEventGroup!, $thenBy: [IncomingEventGroup!], $aggregates: [IncomingEventStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {\n  incomingEventStats(filter: { webhookId: $webhookId }, groupBy: $groupBy, thenBy: $thenBy, aggregates: $aggregates, orderBy: $orderBy, limit: $limit, bucket: DAY) {\n    total groups { key keys count aggregates { value } } series { total groups { key count } } } }"): typeof import('./graphql.js').StatisticsIncomingEventStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsViewer2 { viewer { name } }"): typeof import('./graphql.js').StatisticsViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SwitchesViewer { viewer { name } }"): typeof import('./graphql.js').SwitchesViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TypedErrorsDeleteWebhook { deleteWebhook(input: { id: \"abc\" }) { __typename ... on ValidationError { issues { path message } } } }"): typeof import('./graphql.js').TypedErrorsDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TypedErrorsResendDivertedDeliveries($ids: [ID!]) { resendDivertedDeliveries(input: { ids: $ids }) { __typename ... on ValidationError { issues { path } } } }"): typeof import('./graphql.js').TypedErrorsResendDivertedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TypedErrorsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').TypedErrorsNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TypedErrorsViewer { viewer { name } }"): typeof import('./graphql.js').TypedErrorsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookListingWebhooks { webhooks(first: 5, after: \"bm9wZQ\") { totalCount } }"): typeof import('./graphql.js').WebhookListingWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookListingWebhooks2 { webhooks(filter: { eventTypes: [\"bad type\"] }) { totalCount } }"): typeof import('./graphql.js').WebhookListingWebhooks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookListingWebhookStats { webhookStats(groupBy: [STATE, PROJECT]) { total rows { state projectId count kind } } }"): typeof import('./graphql.js').WebhookListingWebhookStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookListingWebhookStats2 { webhookStats(groupBy: [KIND, SUSPENDED, EVENT_TYPE], filter: { projectId: \"p0\" }) { total rows { kind suspended eventType count } } }"): typeof import('./graphql.js').WebhookListingWebhookStats2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookListingWebhookStats3 { webhookStats(groupBy: [CREATED_DAY]) { total rows { createdDay count } } }"): typeof import('./graphql.js').WebhookListingWebhookStats3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookListingWebhookStats4 { webhookStats(groupBy: []) { total } }"): typeof import('./graphql.js').WebhookListingWebhookStats4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookListingWebhooks3 { webhooks(first: 50, filter: { active: true }) { totalCount nodes { id kind name state enabled projectId tags createdAt updatedAt\n    ... on OutgoingWebhook { url headers { name values } eventTypes secretHint suspended active lastFailureAt consecutiveFailures\n      failureHandling { timeoutSeconds } } } } }"): typeof import('./graphql.js').WebhookListingWebhooks3Document;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
