/** Base class of every error this package throws. */
export class ScalevError extends Error {
  override name = "ScalevError";
}

/** The client was configured or called in a way that cannot work; thrown before any request is sent. */
export class ScalevConfigError extends ScalevError {
  override name = "ScalevConfigError";
}
