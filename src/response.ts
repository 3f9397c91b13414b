/**
 * The response a call gives back. The body is read inside the attempt (so the timeout covers it and a
 * broken body can be retried) and kept, a JSON body as its text and any other as bytes; the object
 * handed to openapi-fetch and to the caller answers like a Response over that body (`instanceof
 * Response`; status, headers, url; json(), text(), blob(), arrayBuffer(), body, clone(), any other
 * member through a native Response built on demand) without building a second native Response per
 * request.
 */
import { ScalevResponseError, UnparsableBodyError } from "./errors.ts";
import { redactError, redactText, type SecretMemory } from "./redact.ts";

const JSON_TYPE = /[/+]json\b/i;
let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;
const encode = (text: string) => (encoder ??= new TextEncoder()).encode(text);
const decode = (bytes: ArrayBuffer) => (decoder ??= new TextDecoder()).decode(bytes);

/** The request an answer belongs to, as unwrap() names it in its error. */
export interface AnsweredRequest {
  method: string;
  url: string;
  /** OAuth scopes the operation needs, looked up when a business route answered 403. */
  requiredScopes?: readonly string[] | undefined;
  /** The credentials of the client that made the request, redacted from errors about its answer. */
  secrets?: SecretMemory | undefined;
}

const NOTHING = Symbol("nothing parsed");

export class ScalevResponse {
  readonly type: ResponseType = "basic";
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected: boolean;
  readonly bodyUsed = false;
  #request: AnsweredRequest;
  /** The body: its text (JSON bodies, read as text) or its bytes (any other). */
  #body: string | ArrayBuffer;
  #data: unknown;
  #native: Response | undefined;

  constructor(from: Response, body: string | ArrayBuffer, data: unknown, request: AnsweredRequest, redirected: boolean, headers = from.headers) {
    installPrototype();
    this.ok = from.ok;
    this.status = from.status;
    this.statusText = from.statusText;
    this.headers = headers;
    this.url = from.url;
    this.redirected = redirected;
    this.#request = request;
    this.#body = body;
    this.#data = data;
  }

  #bytes(): ArrayBuffer {
    const body = this.#body;
    return typeof body === "string" ? (encode(body).buffer as ArrayBuffer) : body.slice(0);
  }
  get body(): ReadableStream<Uint8Array> | null {
    const body = this.#body;
    return (typeof body === "string" ? body.length : body.byteLength) === 0 ? null : new Blob([body]).stream();
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes();
  }
  async blob(): Promise<Blob> {
    return new Blob([this.#body], { type: this.headers.get("content-type") ?? "" });
  }
  async text(): Promise<string> {
    const body = this.#body;
    return typeof body === "string" ? body : decode(body);
  }
  /**
   * The parsed JSON body: undefined for a blank body (as openapi-fetch treats an empty one), and a
   * ScalevResponseError, not a raw SyntaxError, for a body that is not JSON (an HTML page, …).
   */
  json(): Promise<unknown> {
    if (this.#data !== NOTHING) return Promise.resolve(this.#data);
    return this.text().then((text) => {
      if (text.trim() === "") return undefined;
      try {
        return JSON.parse(text);
      } catch (error) {
        const type = this.headers.get("content-type");
        const { method, url, secrets } = this.#request;
        throw new ScalevResponseError(redactText(`${method} ${url} answered ${this.status} with ${type ? `a ${type.split(";")[0]} body` : "a body"} that is not JSON.`, secrets), {
          cause: redactError(error, secrets),
        });
      }
    });
  }
  clone(): ScalevResponse {
    return new ScalevResponse(this as unknown as Response, this.#body, this.#data, this.#request, this.redirected, this.headers);
  }
  /** The request that produced `response`, when the client made it. */
  static requestOf(response: unknown): AnsweredRequest | undefined {
    return typeof response === "object" && response !== null && #request in response ? response.#request : undefined;
  }
  /** The JSON body parsed when the answer was read (2xx JSON answers), else undefined. */
  static dataOf(response: ScalevResponse): unknown {
    return response.#data === NOTHING ? undefined : response.#data;
  }
  /** A native Response over the same body, for the members this class does not answer itself. */
  static native(response: ScalevResponse): Response {
    const nullBody = [101, 204, 205, 304].includes(response.status);
    return (response.#native ??= new Response(nullBody ? null : response.#bytes(), response));
  }
}

let installed = false;
/**
 * Done on first use, not at import: puts Response.prototype behind ScalevResponse (so `instanceof
 * Response` holds, as openapi-fetch's middleware checks need) and forwards every Response member it
 * does not define (formData(), bytes(), …) to `native`.
 */
function installPrototype(): void {
  if (installed || typeof Response !== "function") return;
  installed = true;
  Object.setPrototypeOf(ScalevResponse.prototype, Response.prototype);
  for (const name of Object.getOwnPropertyNames(Response.prototype)) {
    if (name === "constructor" || Object.prototype.hasOwnProperty.call(ScalevResponse.prototype, name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(Response.prototype, name)!;
    Object.defineProperty(ScalevResponse.prototype, name, {
      configurable: true,
      ...(typeof descriptor.value === "function"
        ? {
            value(this: ScalevResponse, ...args: unknown[]) {
              return (ScalevResponse.native(this) as any)[name](...args);
            },
          }
        : {
            get(this: ScalevResponse) {
              return (ScalevResponse.native(this) as any)[name];
            },
          }),
    });
  }
}

/**
 * Reads the whole body: a JSON body (by content type) as text, any other as bytes. A 2xx JSON body is
 * parsed now, so JSON that does not parse fails the attempt (UnparsableBodyError, retried for
 * idempotent methods); a whitespace-only one is no data. Other bodies are kept as they came: read as
 * JSON later, they reject with ScalevResponseError. A body without Content-Length (chunked) gets one
 * in a copy of the headers, so openapi-fetch treats an empty body as no data and parses a full one
 * once, through json().
 */
export function readResponse(response: Response, request: AnsweredRequest, redirected: boolean): ScalevResponse | Promise<ScalevResponse> {
  if (request.method === "HEAD" || response.body === null) return answer(response, "", NOTHING, request, redirected);
  const type = response.headers.get("content-type");
  if (type === null || !JSON_TYPE.test(type)) return response.arrayBuffer().then((bytes) => answer(response, bytes, NOTHING, request, redirected));
  return response.text().then((text) => {
    let data: unknown = NOTHING;
    if (response.ok && text !== "") {
      try {
        data = JSON.parse(text);
      } catch (error) {
        if (text.trim() !== "") {
          throw new UnparsableBodyError(redactText(`${request.method} ${request.url} answered ${response.status} with a body that is not valid JSON.`, request.secrets), {
            cause: redactError(error, request.secrets),
          });
        }
        data = undefined;
      }
    }
    return answer(response, text, data, request, redirected);
  });
}

function answer(response: Response, body: string | ArrayBuffer, data: unknown, request: AnsweredRequest, redirected: boolean): ScalevResponse {
  let headers = response.headers;
  if (!headers.has("content-length")) {
    headers = new Headers(headers);
    headers.delete("transfer-encoding");
    headers.set("content-length", String(typeof body === "string" ? encode(body).byteLength : body.byteLength));
  }
  return new ScalevResponse(response, body, data, request, redirected, headers);
}
