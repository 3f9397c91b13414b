/**
 * The response a call gives back. The body is read inside the attempt (so the timeout covers it and a
 * broken body can be retried) and kept as bytes; the object handed to openapi-fetch and to the caller
 * answers like a Response over those bytes (`instanceof Response`; status, headers, url; json(),
 * text(), blob(), arrayBuffer(), body, clone(), any other member through a native Response built on
 * demand) without building a second native Response per request.
 */
import { ScalevResponseError } from "./errors.ts";
import { redactError } from "./redact.ts";

const JSON_TYPE = /[/+]json\b/i;
let decoder: TextDecoder | undefined;
const decode = (bytes: ArrayBuffer) => (decoder ??= new TextDecoder()).decode(bytes);
const EMPTY = new ArrayBuffer(0);

/** What unwrap() names in its error: the call's method and URL. */
export interface Sent {
  method: string;
  url: string;
  /** OAuth scopes the operation needs, looked up when a business route answered 403. */
  requiredScopes?: readonly string[];
}

const NOTHING = Symbol("nothing parsed");

/** A 2xx JSON body that does not parse: the one ScalevResponseError an idempotent call retries. */
export class UnparsableBodyError extends ScalevResponseError {}

export class ScalevResponse {
  readonly type: ResponseType = "basic";
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected: boolean;
  readonly bodyUsed = false;
  #sent: Sent;
  #bytes: ArrayBuffer;
  #data: unknown;
  #text: string | undefined;
  #native: Response | undefined;

  constructor(from: Response, bytes: ArrayBuffer, data: unknown, sent: Sent, redirected: boolean, headers = from.headers) {
    installPrototype();
    this.ok = from.ok;
    this.status = from.status;
    this.statusText = from.statusText;
    this.headers = headers;
    this.url = from.url;
    this.redirected = redirected;
    this.#sent = sent;
    this.#bytes = bytes;
    this.#data = data;
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#bytes.byteLength === 0 ? null : new Blob([this.#bytes]).stream();
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice(0);
  }
  async blob(): Promise<Blob> {
    return new Blob([this.#bytes], { type: this.headers.get("content-type") ?? "" });
  }
  async text(): Promise<string> {
    return (this.#text ??= decode(this.#bytes));
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
        throw new ScalevResponseError(`${this.#sent.method} ${this.#sent.url} answered ${this.status} with ${type ? `a ${type.split(";")[0]} body` : "a body"} that is not JSON.`, {
          cause: redactError(error),
        });
      }
    });
  }
  clone(): ScalevResponse {
    return new ScalevResponse(this as unknown as Response, this.#bytes, this.#data, this.#sent, this.redirected, this.headers);
  }
  /** The method and URL of the call that produced `response`, when the client made it. */
  static sentOf(response: unknown): Sent | undefined {
    return typeof response === "object" && response !== null && #sent in response ? response.#sent : undefined;
  }
  /** A native Response over the same bytes, for the members this class does not answer itself. */
  static native(response: ScalevResponse): Response {
    const nullBody = [101, 204, 205, 304].includes(response.status);
    return (response.#native ??= new Response(nullBody ? null : response.#bytes.slice(0), response));
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
 * Reads the whole body. A 2xx body with a JSON content type is parsed now, so JSON that does not
 * parse fails the attempt (ScalevResponseError, retried for idempotent methods); a whitespace-only
 * one is no data. Other bodies are kept as bytes: read as JSON later, they reject with
 * ScalevResponseError. A body without Content-Length (chunked) gets one in a copy of the headers, so
 * openapi-fetch treats an empty body as no data and parses a full one once, through json().
 */
export function readResponse(response: Response, sent: Sent, redirected: boolean): ScalevResponse | Promise<ScalevResponse> {
  if (sent.method === "HEAD" || response.body === null) return overBytes(response, EMPTY, sent, redirected);
  return response.arrayBuffer().then((bytes) => overBytes(response, bytes, sent, redirected));
}

function overBytes(response: Response, bytes: ArrayBuffer, sent: Sent, redirected: boolean): ScalevResponse {
  let data: unknown = NOTHING;
  const type = response.headers.get("content-type");
  if (response.ok && bytes.byteLength > 0 && type !== null && JSON_TYPE.test(type)) {
    const text = decode(bytes);
    try {
      data = JSON.parse(text);
    } catch (error) {
      if (text.trim() !== "") {
        throw new UnparsableBodyError(`${sent.method} ${sent.url} answered ${response.status} with a body that is not valid JSON.`, { cause: redactError(error) });
      }
      data = undefined;
    }
  }
  let headers = response.headers;
  if (!headers.has("content-length")) {
    headers = new Headers(headers);
    headers.delete("transfer-encoding");
    headers.set("content-length", String(bytes.byteLength));
  }
  return new ScalevResponse(response, bytes, data, sent, redirected, headers);
}
