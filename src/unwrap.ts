import { bodyOf } from "./error-body.ts";
import { ScalevApiError, ScalevInputError } from "./errors.ts";
import { redactHeaders, redactText, redactValue } from "./redact.ts";
import { requestOfReplaced } from "./request.ts";
import { ScalevResponse } from "./response.ts";

/** Turns an openapi-fetch result into its error, if it is one. */
export function toApiError(result: { error?: unknown; response: Response }): ScalevApiError | undefined {
  const response = (result as { response?: Partial<Response> } | undefined)?.response;
  if (typeof response?.status !== "number" || typeof response.ok !== "boolean" || typeof response.headers?.forEach !== "function") {
    throw new ScalevInputError("Expected a client call result ({ data, error, response }).");
  }
  const { error } = result;
  if (response.ok && error === undefined) return undefined;
  const request = ScalevResponse.requestOf(response) ?? requestOfReplaced.get(response as Response);
  // Redacted with the credentials of the client that made the request, then (by ScalevApiError) by shape.
  const secrets = request?.secrets;
  return new ScalevApiError({
    status: response.status,
    statusText: response.statusText,
    body: secrets ? redactValue(bodyOf(error), true, secrets) : bodyOf(error),
    headers: secrets ? redactHeaders(response.headers as Headers, secrets) : (response.headers as Headers),
    method: request?.method,
    url: redactText(request?.url ?? response.url ?? "", secrets),
    requiredScopes: request?.requiredScopes,
  });
}

/**
 * The data of a successful call, or a thrown ScalevApiError for a non-2xx answer:
 *   const order = await unwrap(scalev.GET("/v3/orders/{id}", { params: { path: { id } } }));
 * Network failures and timeouts already throw (ScalevConnectionError, ScalevTimeoutError).
 */
export async function unwrap<Data>(call: PromiseLike<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  const result = await call;
  const error = toApiError(result);
  if (error) throw error;
  return result.data as Data;
}
