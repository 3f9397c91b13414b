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
import type { RequiredKeysOf } from "openapi-typescript-helpers";
import type { paths } from "../generated/schema.d.ts";

/** Options a single call may set on top of openapi-fetch's; they override the client's for that call. */
export interface ScalevRequestOptions {
  /** Timeout of each attempt of this call in ms, response body included (Infinity for none). */
  timeoutMs?: number;
  /** Retries of this call after the first attempt (0: no retry). */
  maxRetries?: number;
}

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type Media = `${string}/${string}`;

/** The paths that have operation `M`. */
type PathsWith<M extends HttpMethod> = { [P in keyof paths]: paths[P] extends { [K in M]: any } ? P : never }[keyof paths];

/** openapi-fetch's options argument (required when the operation has required parameters or body), plus the client's. */
type InitParam<Init> = RequiredKeysOf<Init> extends never
  ? [(Init & ScalevRequestOptions & { [key: string]: unknown })?]
  : [Init & ScalevRequestOptions & { [key: string]: unknown }];

type Method<M extends HttpMethod> = <P extends PathsWith<M>, Init extends MaybeOptionalInit<paths[P], M>>(
  url: P,
  ...init: InitParam<Init>
) => Promise<FetchResponse<paths[P][M] & {}, Init, Media>>;

/** The typed calls of a Scalev client. */
export interface ScalevCalls {
  /** openapi-fetch's request(method, path, init); per-call options are honoured here too, untyped. */
  request: Client<paths, Media>["request"];
  GET: Method<"get">;
  PUT: Method<"put">;
  POST: Method<"post">;
  DELETE: Method<"delete">;
  OPTIONS: Method<"options">;
  HEAD: Method<"head">;
  PATCH: Method<"patch">;
  TRACE: Method<"trace">;
  /** Register middleware (openapi-fetch's; it sees each request with its credentials set). */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
}
