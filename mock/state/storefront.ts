/**
 * The names the state was first published under: `createStorefrontState()` is the mock's one state
 * (state.ts), the storefront's routes and the back office's alike.
 */
export { createMockState as createStorefrontState } from "./state.ts";
export type { MockState as StorefrontState, StateAnswer, StateEvent, StateOptions, StateRequest } from "./state.ts";
