/**
 * `scalev-v3-mock/msw`: the mock as MSW request handlers, for test runners (`setupServer` from
 * `msw/node`) and browsers (`setupWorker` from `msw/browser`, Storybook). The same routes, credentials,
 * validation, examples, state (storefront and back office) and webhooks as the `scalev-mock` command,
 * with no server and no Prism.
 */
export { createScalevHandlers, SCALEV_BASE_URL, type Preference, type ScalevHandlersOptions, type ScalevMockHandlers } from "./handlers.ts";
export type { Dropped } from "../state/state.ts";
export type { WebhookLogKind, WebhookOptions } from "../webhooks/index.ts";
export { DEV_WEBHOOK_SECRET, WebhookConfigError } from "../webhooks/index.ts";
