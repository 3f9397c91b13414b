/** Base class of every error this package throws. */
export class ScalevError extends Error {
  override name = "ScalevError";
}

/** The client was configured or called in a way that cannot work; thrown before any request is sent. */
export class ScalevConfigError extends ScalevError {
  override name = "ScalevConfigError";
}

/** A caller-supplied value (an id, a page size, …) is not valid; nothing was sent. */
export class ScalevInputError extends ScalevError {
  override name = "ScalevInputError";
}

/** The API answered with a non-2xx status. */
export class ScalevApiError extends ScalevError {
  override name = "ScalevApiError";
  constructor(
    message: string,
    readonly details: {
      status: number;
      /** `error` of the JSON error body, or the plain-text body. */
      error: string | undefined;
      errorCode: string | undefined;
      /** Parsed JSON body, or the raw text when the body is not JSON. */
      body: unknown;
      headers: Headers;
      method: string;
      url: string;
    },
  ) {
    super(message);
  }
  get status() {
    return this.details.status;
  }
}

/** An attempt exceeded its timeout. */
export class ScalevTimeoutError extends ScalevError {
  override name = "ScalevTimeoutError";
}

/** The request could not reach the API (DNS, refused or reset connection, …). */
export class ScalevConnectionError extends ScalevError {
  override name = "ScalevConnectionError";
}
