// What GraphiQL opens with on a browser's first visit: one tab per example operation. The examples
// are checked against the schema by a test.
import type { GraphiQLOptions } from "graphql-yoga";

/** A new tab's headers: the one every operation needs, to be completed. */
export const GRAPHIQL_HEADERS = JSON.stringify({ Authorization: "Bearer <your API key>" }, null, 2);

const tab = (query: string, variables?: Record<string, unknown>) => ({
  query,
  variables: variables ? JSON.stringify(variables, null, 2) : null,
  headers: GRAPHIQL_HEADERS,
});

const viewerTab = tab(`# Who am I: the key's name, scopes and tenant.
# Put your API key in the Authorization header (Headers pane, below) first.
query Viewer {
  viewer {
    name
    scopes
    tenant {
      id
      name
    }
  }
}
`);

export const GRAPHIQL_TABS = [
  viewerTab,
  tab(
    `# Create an outgoing webhook. The secret is shown only in this answer.
mutation CreateOutgoingWebhook($input: CreateOutgoingWebhookInput!) {
  createOutgoingWebhook(input: $input) {
    __typename
    ... on CreateOutgoingWebhookPayload {
      secret
      webhook {
        id
        name
        url
        eventTypes
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
`,
    { input: { name: "billing", url: "https://example.com/hooks", eventTypes: ["invoice.*"] } },
  ),
  tab(
    `# Publish an event: every enabled webhook subscribed to its type gets a signed delivery.
mutation PublishEvent($input: PublishEventInput!) {
  publishEvent(input: $input) {
    __typename
    ... on PublishEventPayload {
      deliveryCount
      duplicate
      event {
        id
        type
      }
    }
    ... on Error {
      code
      message
    }
  }
}
`,
    { input: { type: "invoice.paid", payload: { invoice: "in_123", amount: 4200 }, idempotencyKey: "in_123-paid" } },
  ),
  tab(
    `# Webhooks, 20 to a page: \`after: endCursor\` for the next page, or \`offset\` for page N.
query Webhooks($filter: WebhookFilter) {
  webhooks(first: 20, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      state
      ... on OutgoingWebhook {
        url
        eventTypes
        consecutiveFailures
        lastFailureAt
      }
    }
  }
}
`,
    { filter: { active: true } },
  ),
  tab(`# Deliveries that were diverted after their retries, with what the receiver answered.
query DivertedDeliveries {
  deliveries(first: 20, filter: { status: DIVERTED }) {
    totalCount
    nodes {
      id
      status
      eventType
      failureMessage
      webhook {
        name
      }
      attempts {
        attemptNumber
        responseStatus
        responseBody
        durationMs
      }
    }
  }
}
`),
  tab(`# Live: each delivery's status changes and attempts as they happen (Server-Sent Events).
# Run it, then publish an event from the PublishEvent tab; stop it with the same button.
subscription LiveDeliveries {
  deliveryUpdated {
    status
    attemptCount
    changedAt
    delivery {
      id
      eventType
      webhook {
        name
      }
      attempts {
        attemptNumber
        responseStatus
        durationMs
      }
    }
  }
}
`),
] satisfies GraphiQLOptions["defaultTabs"];

/**
 * The page's options. The bundled page ignores `defaultQuery`: its editor starts with `query`, or
 * with its welcome text when there is none (whatever the tab holds), and `query` is missing from
 * yoga's option type, so this object is not written as a literal of it.
 */
const page = {
  title: "hookrelay",
  defaultTabs: GRAPHIQL_TABS,
  defaultHeaders: GRAPHIQL_HEADERS,
  query: viewerTab.query,
};
export const GRAPHIQL_PAGE: GraphiQLOptions = page;
