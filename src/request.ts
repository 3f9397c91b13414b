/**
 * How a call travels from the client's methods to its fetch. openapi-fetch builds a request with the
 * `Request` class it is given; the client gives it OutgoingRequest, which records the call (URL,
 * method, headers, serialized body, per-call options, route) without building a native Request: the
 * only native Request is the one fetch builds for each attempt.
 *
 * When middleware is registered (`use()`, or a call's `middleware` option), it must see native
 * Requests, so OutgoingRequest builds one instead, and two internal middlewares run around the
 * user's: the first sets the credentials (so middleware sees the request as it will be sent), the
 * last ties the final request (a middleware may replace it) to the call's options.
 */
import type { Middleware } from "openapi-fetch";
import type { ScalevRequestOptions } from "./client-types.ts";
import { applyCredentials, type Credentials, type Security } from "./credentials.ts";
import { ScalevInputError } from "./errors.ts";
import { redactError } from "./redact.ts";
import type { Sent } from "./response.ts";

/** Common server limit for a request line (nginx's default buffer); longer URLs get 414/431 answers. */
export const MAX_URL_LENGTH = 8_192;

/** Key of the call description the client's methods add to openapi-fetch's init. */
export const CALL = Symbol("scalev call");

export interface Call {
  method: string;
  schemaPath: string;
  /** The spec's security requirement of the operation. */
  security: Security;
  /** Middleware will see the request: build a native one. */
  viaMiddleware: boolean;
  /** Rate-limit bucket family (rate-limit.ts). */
  family: string;
}

/** A call as the transport sends it. */
export interface Outgoing extends Sent {
  headers: Headers;
  body: BodyInit | null | undefined;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  redirect: RequestRedirect;
  /** Other RequestInit members the caller passed (cache, credentials, mode, …). */
  extras: RequestInit | undefined;
  call: Call | undefined;
  /** Per-call overrides of the client's options. */
  timeoutMs: number | undefined;
  maxRetries: number | undefined;
  /** The credentials are still to be set (no middleware ran). */
  needsCredentials: boolean;
}

const OWN_KEYS = new Set(["method", "headers", "body", "signal", "redirect", "timeoutMs", "maxRetries"]);
const REDIRECT_MODES = new Set(["follow", "manual", "error"]);

function checkPerCall(init: Record<string, unknown>): void {
  const { timeoutMs, maxRetries, signal, redirect } = init;
  if (timeoutMs !== undefined && (typeof timeoutMs !== "number" || !(timeoutMs > 0))) {
    throw new ScalevInputError(`timeoutMs must be a number above 0 (Infinity for none); got ${String(timeoutMs)}.`);
  }
  if (maxRetries !== undefined && (typeof maxRetries !== "number" || !Number.isInteger(maxRetries) || maxRetries < 0)) {
    throw new ScalevInputError(`maxRetries must be a whole number ≥ 0; got ${String(maxRetries)}.`);
  }
  if (signal != null && !(signal instanceof AbortSignal)) throw new ScalevInputError("signal must be an AbortSignal.");
  if (redirect !== undefined && !REDIRECT_MODES.has(redirect as string)) {
    throw new ScalevInputError(`redirect must be "follow", "manual" or "error"; got ${JSON.stringify(String(redirect))}.`);
  }
}

function checkUrl(url: string): void {
  if (url.length > MAX_URL_LENGTH) throw new ScalevInputError(`The request URL has ${url.length} characters; servers refuse over ${MAX_URL_LENGTH}.`);
}

/** A native Request, with the invalid-init TypeError fetch would throw turned into ScalevInputError. */
function nativeRequest(url: string, init: RequestInit): Request {
  try {
    return new Request(url, init);
  } catch (error) {
    throw new ScalevInputError(`The request options are not valid: ${(error as Error)?.message ?? String(error)}`, { cause: redactError(error) });
  }
}

const perCallOf = new WeakMap<Request, Outgoing>();

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
    checkUrl(url);
    checkPerCall(init as Record<string, unknown>);
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
    this.timeoutMs = (init as ScalevRequestOptions).timeoutMs;
    this.maxRetries = (init as ScalevRequestOptions).maxRetries;
    this.needsCredentials = call !== undefined;
    if (extras) nativeRequest(url, { method: this.method, ...extras }); // only to refuse invalid options now
    if (call?.viaMiddleware) {
      const request = nativeRequest(url, init);
      perCallOf.set(request, this);
      return request as unknown as OutgoingRequest;
    }
  }
}

const NATIVE_EXTRAS = ["cache", "credentials", "integrity", "keepalive", "mode", "referrerPolicy"] as const;

/**
 * What the transport sends for a native Request (one that went through middleware): its fields, its
 * body read once so every attempt can resend it, and the call's options when the client made the call.
 */
export async function outgoingOf(request: Request): Promise<Outgoing> {
  const recorded = perCallOf.get(request);
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
    call: recorded?.call,
    timeoutMs: recorded?.timeoutMs,
    maxRetries: recorded?.maxRetries,
    needsCredentials: false,
  };
}

/** Method and URL of a response a middleware replaced (unwrap() names them in its errors). */
export const sentOfReplaced = new WeakMap<Response, Sent>();

/**
 * The client's own middleware, for when user middleware is registered: `first` sets the credentials
 * before any user middleware runs, `last` ties the request that will be sent to the call's options.
 */
export function internalMiddleware(credentials: Credentials): { first: Middleware; last: Middleware } {
  const callOfParams = new WeakMap<object, Outgoing>();
  return {
    first: {
      onRequest({ request, params }) {
        const recorded = perCallOf.get(request);
        const call = recorded?.call;
        if (!call) return undefined;
        callOfParams.set(params, recorded);
        const pending = applyCredentials(request.headers, credentials, call.security, call.method, call.schemaPath);
        return pending && pending.then(() => undefined);
      },
      onResponse({ request, response }) {
        if (!sentOfReplaced.has(response)) sentOfReplaced.set(response, { method: request.method, url: request.url });
        return undefined;
      },
    },
    last: {
      onRequest({ request, params }) {
        const recorded = callOfParams.get(params);
        if (recorded && !perCallOf.has(request)) perCallOf.set(request, recorded);
        return undefined;
      },
    },
  };
}
