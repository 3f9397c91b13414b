/**
 * What a call hands openapi-fetch, checked before it does: options that would otherwise fail inside
 * openapi-fetch with an untyped error become a ScalevInputError, and nothing is sent.
 */
import { defaultBodySerializer, mergeHeaders } from "openapi-fetch";
import { ScalevInputError } from "./errors.ts";
import { redactError } from "./redact.ts";

/** openapi-fetch's JSON body serializer, with its TypeError (a BigInt, a cycle) turned into ScalevInputError. */
export function bodySerializer(body: unknown, headers?: Headers | Record<string, string>): unknown {
  try {
    return (defaultBodySerializer as (body: unknown, headers?: unknown) => unknown)(body, headers);
  } catch (error) {
    throw new ScalevInputError(`The request body cannot be serialized: ${(error as Error)?.message ?? String(error)}`, { cause: redactError(error) });
  }
}

const PARSE_AS = new Set(["json", "text", "blob", "arrayBuffer", "stream"]);

/**
 * The openapi-fetch options of a call that would otherwise fail inside openapi-fetch with an untyped
 * error (an invalid header name or value, an unknown parseAs, a serializer that is not a function…).
 * Only the options present are checked, so a plain call costs nothing here.
 */
export function checkCallOptions(init: Record<string | symbol, any>): void {
  const { params, headers, parseAs, middleware, fetch, bodySerializer, pathSerializer, querySerializer } = init;
  if (params !== undefined && (typeof params !== "object" || params === null)) throw new ScalevInputError("params must be an object.");
  if (headers !== undefined || params?.header !== undefined) {
    try {
      mergeHeaders(headers, params?.header);
    } catch (error) {
      throw new ScalevInputError(`A header of the call cannot be sent: ${(error as Error)?.message ?? String(error)}`, { cause: redactError(error) });
    }
  }
  if (parseAs !== undefined && !PARSE_AS.has(parseAs)) throw new ScalevInputError(`parseAs must be one of ${[...PARSE_AS].join(", ")}; got ${JSON.stringify(String(parseAs))}.`);
  if (middleware !== undefined && !Array.isArray(middleware)) throw new ScalevInputError("middleware must be an array.");
  for (const [name, value] of [["fetch", fetch], ["bodySerializer", bodySerializer], ["pathSerializer", pathSerializer]] as const) {
    if (value !== undefined && typeof value !== "function") throw new ScalevInputError(`${name} must be a function.`);
  }
  if (querySerializer !== undefined && typeof querySerializer !== "function" && (typeof querySerializer !== "object" || querySerializer === null)) {
    throw new ScalevInputError("querySerializer must be a function or an options object.");
  }
}
