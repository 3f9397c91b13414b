/** The mock's state (state.ts): no HTTP, no Node built-ins. */
export { createMockState } from "./state.ts";
export type { Dropped, MockState, StateAnswer, StateEvent, StateOptions, StateRequest } from "./state.ts";
