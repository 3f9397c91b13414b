/**
 * How a call travels from the client's methods to the transport. openapi-fetch builds a request with
 * the `Request` class it is given; the client gives it OutgoingRequest, which records the call (URL,
 * method, headers, serialized body, the call's route and options) without building a native Request:
 * the only native Request is the one fetch builds for each attempt.
 *
 * When middleware is registered (`use()`, or a call's `middleware` option), it must see native
 * Requests, so OutgoingRequest builds one instead, and two internal middlewares run around the
 * user's: the first sets the credentials (so middleware sees the request as it will be sent), the
 * last ties the final request (a middleware may replace it) to the call.
 */
import { defaultBodySerializer, type Middleware } from "openapi-fetch";
import { applyCredentials, type CredentialStore } from "./credentials.ts";
import { ScalevInputError } from "./errors.ts";
import { redactError } from "./redact.ts";
import type { AnsweredRequest } from "./response.ts";
import type { Route } from "./route.ts";

/** Common server limit for a request line (nginx's default buffer); longer URLs get 414/431 answers. */
const MAX_URL_LENGTH = 8_192;

/** Key of the call the client's methods add to openapi-fetch's init. */
export const CALL = Symbol("scalev call");

/** A call as the client resolved it: the route, and the options that apply (the call's own, else the client's). */
export interface Call {
  route: Route;
  timeoutMs: number;
  maxRetries: number;
  /** Middleware will see the request: build a native one. */
  viaMiddleware: boolean;
  /** When the call started (nextStart()): of two answers handing back the same credential, the later start's is kept. */
  started: number;
}

/** What the transport sends. */
export interface Outgoing {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  redirect: RequestRedirect;
  /** Other RequestInit members the caller passed (cache, credentials, mode, …). */
  extras: RequestInit | undefined;
  /** undefined only for a native Request the client did not make. */
  call: Call | undefined;
  /** The credentials are still to be set (no middleware ran). */
  needsCredentials: boolean;
}

/** openapi-fetch's JSON body serializer, with its TypeError (a BigInt, a cycle) turned into ScalevInputError. */
export function bodySerializer(body: unknown, headers?: Headers | Record<string, string>): unknown {
  try {
    return (defaultBodySerializer as (body: unknown, headers?: unknown) => unknown)(body, headers);
  } catch (error) {
    throw new ScalevInputError(`The request body cannot be serialized: ${(error as Error)?.message ?? String(error)}`, { cause: redactError(error) });
  }
}

/** Members of openapi-fetch's init that OutgoingRequest reads itself, or that are the client's own. */
const OWN_KEYS = new Set(["method", "headers", "body", "signal", "redirect", "timeoutMs", "maxRetries"]);

/** A native Request, with the invalid-init TypeError fetch would throw turned into ScalevInputError. */
function nativeRequest(url: string, init: RequestInit): Request {
  try {
    return new Request(url, init);
  } catch (error) {
    throw new ScalevInputError(`The request options are not valid: ${(error as Error)?.message ?? String(error)}`, { cause: redactError(error) });
  }
}

/** The recorded call of each native Request built for middleware. */
const recorded = new WeakMap<Request, Outgoing>();

// The fields OutgoingRequest sets (declaration merging: the class assigns them in its constructor).
export interface OutgoingRequest extends Outgoing {}

/** The `Request` class the client gives openapi-fetch (see the module comment). */
export class OutgoingRequest {
  /**
   * openapi-fetch checks what middleware returns with `instanceof` its Request class: native Requests
   * (all middleware ever sees) pass, as with openapi-fetch's default class.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request || OutgoingRequest.isOwn(value);
  }
  static isOwn(value: unknown): value is OutgoingRequest {
    return typeof value === "object" && value !== null && #own in value;
  }
  #own = true;

  constructor(url: string, init: RequestInit & { [CALL]?: Call }) {
    if (url.length > MAX_URL_LENGTH) throw new ScalevInputError(`The request URL has ${url.length} characters; servers refuse over ${MAX_URL_LENGTH}.`);
    const call = init[CALL];
    let extras: Record<string, unknown> | undefined;
    for (const key in init) if (!OWN_KEYS.has(key)) (extras ??= {})[key] = (init as Record<string, unknown>)[key];
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers as Headers;
    this.body = init.body;
    this.signal = init.signal ?? undefined;
    this.redirect = init.redirect ?? "follow";
    this.extras = extras;
    this.call = call;
    this.needsCredentials = call !== undefined;
    if (extras) nativeRequest(url, { method: this.method, ...extras }); // only to refuse invalid options now
    if (call?.viaMiddleware) {
      const request = nativeRequest(url, init);
      recorded.set(request, this);
      return request as unknown as OutgoingRequest;
    }
  }
}

const NATIVE_EXTRAS = ["cache", "credentials", "integrity", "keepalive", "mode", "referrerPolicy"] as const;

/**
 * What the transport sends for a native Request (one that went through middleware): its fields, its
 * body read once so every attempt can resend it, and the call, when the client made it.
 */
export async function outgoingOf(request: Request): Promise<Outgoing> {
  const extras: Record<string, unknown> = {};
  for (const key of NATIVE_EXTRAS) extras[key] = request[key];
  return {
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body === null ? undefined : await request.arrayBuffer(),
    signal: request.signal,
    redirect: request.redirect,
    extras: extras as RequestInit,
    call: recorded.get(request)?.call,
    needsCredentials: false,
  };
}

/** Method and URL of the request behind a Response a middleware replaced (unwrap() names them in its errors). */
export const requestOfReplaced = new WeakMap<Response, AnsweredRequest>();

/**
 * The client's own middleware, for when user middleware is registered: `first` sets the credentials
 * before any user middleware runs, `last` ties the request that will be sent to the call.
 */
export function internalMiddleware(store: CredentialStore): { first: Middleware; last: Middleware } {
  const callOfParams = new WeakMap<object, Outgoing>();
  return {
    first: {
      onRequest({ request, params }) {
        const outgoing = recorded.get(request);
        if (!outgoing?.call) return undefined;
        callOfParams.set(params, outgoing);
        const pending = applyCredentials(request.headers, store, outgoing.call.route);
        return pending && pending.then(() => undefined);
      },
      onResponse({ request, response }) {
        if (!requestOfReplaced.has(response)) requestOfReplaced.set(response, { method: request.method, url: request.url, secrets: store.secrets });
        return undefined;
      },
    },
    last: {
      onRequest({ request, params }) {
        const outgoing = callOfParams.get(params);
        if (outgoing && !recorded.has(request)) recorded.set(request, outgoing);
        return undefined;
      },
    },
  };
}
