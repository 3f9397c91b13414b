/**
 * `scalev-v3-mock/msw`: the mock as MSW request handlers, for test runners (`setupServer` from
 * `msw/node`) and browsers (`setupWorker` from `msw/browser`, Storybook). The same routes, credentials,
 * validation, examples and state as the `scalev-mock` command, with no server and no Prism.
 */
export { createScalevHandlers, SCALEV_BASE_URL, type Preference, type ScalevHandlersOptions, type ScalevMockHandlers } from "./handlers.ts";
