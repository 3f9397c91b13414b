/**
 * The client's call signatures: openapi-fetch's `Client<paths>`, with the per-call options the client
 * honours (`timeoutMs`, `maxRetries`) typed on GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS and TRACE.
 *
 * A ScalevClient stays assignable to `Client<paths>` (openapi-react-query, and any helper written for
 * openapi-fetch clients, infer `paths` from it through `request`, which is openapi-fetch's own type).
 * That is also the limit of checking: openapi-fetch's options type ends in `[key: string]: unknown`,
 * and TypeScript relates the two only while ours does too, so a misspelled top-level key (`parmas`)
 * still compiles, as with openapi-fetch. Everything below the top level is checked (path, query and
 * header parameters, the body), and so are the types of the client's own options.
 */
import type { Client, FetchResponse, MaybeOptionalInit, Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";

/** Options a single call may set on top of openapi-fetch's; they override the client's for that call. */
export interface ScalevRequestOptions {
  /** Timeout of each attempt of this call in ms, response body included (Infinity for none). */
  timeoutMs?: number | undefined;
  /** Retries of this call after the first attempt (0: no retry). */
  maxRetries?: number | undefined;
}

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type Media = `${string}/${string}`;

/** The paths that have operation `M`. */
type PathsWith<Paths, M extends HttpMethod> = { [P in keyof Paths]: Paths[P] extends { [K in M]: any } ? P : never }[keyof Paths];

type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** openapi-fetch's options argument (required when the operation has required parameters or body), plus the client's. */
type InitParam<Init> = RequiredKeysOf<Init> extends never
  ? [(Init & ScalevRequestOptions & { [key: string]: unknown })?]
  : [Init & ScalevRequestOptions & { [key: string]: unknown }];

/**
 * openapi-fetch's result, with the `error` a non-2xx answer really gets: an object, never a string.
 * A text or empty error body (a plain-text 429) comes as `{ error, message }` (src/error-body.ts), which
 * is the API's JSON error shape (ApiErrorResponse, declared on every operation). So `if (error) throw …`
 * leaves `data` as the 2xx body.
 */
type CallResult<Operation extends Record<string | number, any>, Init> =
  FetchResponse<Operation, Init, Media> extends infer Result
    ? Result extends { error: infer Body } ? { data?: never; error: Exclude<Body, string>; response: Response } : Result
    : never;

// `Paths` is a type parameter (always `paths`), not a direct reference: that way TypeScript resolves
// the path union lazily, and a call costs the type checker what an openapi-fetch call costs.
type Method<Paths extends Record<string, any>, M extends HttpMethod> = <P extends PathsWith<Paths, M>, Init extends MaybeOptionalInit<Paths[P], M>>(
  url: P,
  ...init: InitParam<Init>
) => Promise<CallResult<Paths[P][M] & {}, Init>>;

/** The typed calls of a Scalev client. */
export interface ScalevCalls {
  /** openapi-fetch's request(method, path, init); per-call options are honoured here too, untyped. */
  request: Client<paths, Media>["request"];
  GET: Method<paths, "get">;
  PUT: Method<paths, "put">;
  POST: Method<paths, "post">;
  DELETE: Method<paths, "delete">;
  OPTIONS: Method<paths, "options">;
  HEAD: Method<paths, "head">;
  PATCH: Method<paths, "patch">;
  TRACE: Method<paths, "trace">;
  /** Register middleware (openapi-fetch's; it sees each request with its credentials set). */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
}
