/**
 * A request the state cannot honour: an unknown id, an empty cart, an amount out of range. The state
 * answers it with a status the operation declares (`not_found`: 404 where declared; `invalid`: 400 or
 * 422) and `{error, error_code}`, the API's error shape, and changes nothing.
 */
export class StateRefusal extends Error {
  constructor(
    readonly kind: "not_found" | "invalid",
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}
