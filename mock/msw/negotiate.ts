/**
 * Which declared answer Prism gives, in static mode (mocker/negotiator): for a valid request the lowest
 * 2xx (or the status `Prefer: code=` asks for), its content chosen by the Accept header and its first
 * example (or the one `Prefer: example=` names); for an invalid request the 401, 415, 422 or 400 the
 * operation declares, else Prism's own problem. Failures are Prism's problems with Prism's words.
 */
import type { PrismProblem } from "../violations.ts";
import { parseContentType, preferredMediaType } from "./media-types.ts";
import type { ModelContent, ModelExample, ModelOperation, ModelResponse } from "./model.ts";
import { prismProblem } from "./router.ts";
import type { Diagnostic } from "./validate.ts";

/** A negotiated answer: status code, media type, headers and where its body comes from. */
export interface Negotiated {
  code: string;
  mediaType?: string;
  headers: ModelResponse["headers"];
  /** The example chosen; undefined: no example (the body is generated from the schema, or none). */
  example?: ModelExample;
  /** The content whose schema makes the body when there is no example. */
  content?: ModelContent;
}

/** Prism's failures: a problem (ProblemJsonError) or a plain Error (500, type UNKNOWN). */
export type Failure = { problem: PrismProblem } | { message: string };
type Result = { ok: Negotiated } | { failure: Failure };

export interface Desired {
  code?: number;
  exampleKey?: string;
  /** The Accept header split on commas, as Prism keeps it; undefined without one. */
  mediaTypes?: string[];
}

const ok = (negotiated: Negotiated): Result => ({ ok: negotiated });
const problem = (type: string, title: string, status: number, detail: string): Result => ({ failure: { problem: prismProblem(type, title, status, detail) } });
const notFound = (detail: string) => problem("NOT_FOUND", "The server cannot find the requested content", 404, detail);

/** How `String(error)` reads in Prism: "https://stoplight.io/prism/errors#NOT_FOUND: The server cannot…". */
export const failureText = (failure: Failure) => ("problem" in failure ? `${failure.problem.type}: ${failure.problem.title}` : `Error: ${failure.message}`);

const normalizedRange = (response: ModelResponse): ModelResponse => (/^\dXX$/.test(response.code) ? { ...response, code: `${response.code[0]}00` } : response);

function byStatusCode(responses: ModelResponse[], status: number): ModelResponse | undefined {
  const exact = responses.find((response) => response.code.toLowerCase() === String(status));
  if (exact) return exact;
  const range = responses.find((response) => response.code === `${String(status)[0]}XX`);
  return range && { ...range, code: String(status) };
}

function defaultResponse(responses: ModelResponse[], status = 200): ModelResponse | undefined {
  const found = responses.find((response) => response.code === "default");
  return found && { ...found, code: String(status) };
}

function lowest2xx(responses: ModelResponse[]): ModelResponse | undefined {
  const successes = responses.filter((response) => /^2(\d\d|XX)$/.test(response.code));
  const [first] = [...successes].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return first && normalizedRange(first);
}

/** The content the media types prefer; retried without their parameters (other than q) when none fits. */
function bestContent(contents: ModelContent[], mediaTypes: string[]): ModelContent | undefined {
  const best = contents.length ? preferredMediaType(mediaTypes.join(","), contents.map((content) => content.mediaType)) : undefined;
  const found = best === undefined ? undefined : contents.find((content) => content.mediaType === best);
  if (found) return found;
  const withoutParameters = mediaTypes.flatMap((mediaType) => {
    const parsed = parseContentType(mediaType);
    if (!parsed || !Object.keys(parsed.parameters).some((name) => name !== "q")) return [];
    return [parsed.parameters.q === undefined ? parsed.type : `${parsed.type}; q=${parsed.parameters.q}`];
  });
  return withoutParameters.length ? bestContent(contents, withoutParameters) : undefined;
}

function fromContent(code: string, exampleKey: string | undefined, content: ModelContent): Result {
  if (exampleKey !== undefined) {
    const example = content.examples.find((candidate) => candidate.key === exampleKey);
    return example ? ok({ code, mediaType: content.mediaType, headers: {}, example, content }) : notFound(`Response for contentType: ${content.mediaType} and exampleKey: ${exampleKey} does not exist.`);
  }
  return ok({ code, mediaType: content.mediaType, headers: {}, example: content.examples[0], content });
}

function forResponse(method: string, desired: Desired, response: ModelResponse): Result {
  const { code, headers, contents } = response;
  if (method === "head") return ok({ code, headers });
  const withHeaders = (result: Result): Result => ("ok" in result ? ok({ ...result.ok, headers }) : result);
  if (!desired.mediaTypes?.length) {
    const content = contents.find((c) => c.mediaType === "*/*") ?? bestContent(contents, ["application/json", "*/*"]);
    if (!content) return ok({ code, mediaType: "text/plain", headers });
    return withHeaders(fromContent(code, desired.exampleKey, content));
  }
  const content = bestContent(contents, desired.mediaTypes);
  if (!content) {
    if (contents.length === 0 || code === "204" || desired.mediaTypes.some((mediaType) => mediaType.includes("*/*"))) return ok({ code, headers });
    return problem("NOT_ACCEPTABLE", "The server cannot produce a representation for your accept header", 406, `Unable to find content for ${desired.mediaTypes}`);
  }
  const result = withHeaders(fromContent(code, desired.exampleKey, content));
  return "ok" in result && result.ok.mediaType === "*/*" ? ok({ ...result.ok, mediaType: "text/plain" }) : result;
}

function forUnspecifiedCode(operation: ModelOperation, desired: Desired): Result {
  const { responses } = operation;
  const response = lowest2xx(responses) ?? defaultResponse(responses) ?? (responses[0] && normalizedRange(responses[0]));
  if (!response) return problem("NO_RESPONSE_RESPONSE_DEFINED", "No response defined for the selected operation", 500, "");
  return forResponse(operation.method, desired, response);
}

/** The answer to a request that passed validation. */
export function negotiateValid(operation: ModelOperation, desired: Desired): Result {
  if (desired.code === undefined) return forUnspecifiedCode(operation, desired);
  const response = byStatusCode(operation.responses, desired.code) ?? defaultResponse(operation.responses, desired.code);
  if (!response) return notFound(`Requested status code ${desired.code} is not defined in the document.`);
  const specific = forResponse(operation.method, desired, response);
  if ("ok" in specific) return specific;
  const fallback = forUnspecifiedCode(operation, desired);
  if ("ok" in fallback) return fallback;
  const text = failureText(fallback.failure);
  return { failure: { message: `${text}. We tried default response, but we got ${text}` } };
}

/** The statuses Prism looks for to answer these violations with. */
function expectedCodes(violations: Diagnostic[]): number[] {
  if (violations.some((v) => v.code === 401)) return [401];
  if (violations.some((v) => v.code === 415)) return [415, 422, 400];
  return [422, 400];
}

/** Prism's own problem for violations no declared answer covers. */
function violationsProblem(violations: Diagnostic[]): { problem: PrismProblem; headers: Record<string, string> } {
  const security = violations.find((v) => v.code === 401);
  if (security) {
    const detail = "Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you.";
    return { problem: prismProblem("UNAUTHORIZED", "Invalid security scheme used", 401, detail), headers: security.tags?.length ? { "WWW-Authenticate": security.tags.join(",") } : {} };
  }
  const contentType = violations.find((v) => v.code === 415);
  if (contentType) return { problem: prismProblem("INVALID_CONTENT_TYPE", "Invalid content type", 415, contentType.message), headers: {} };
  const detail = "Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.";
  const validation = violations.map((v) => ({ location: v.path, severity: v.severity, code: v.code, message: v.message }));
  return { problem: { ...prismProblem("UNPROCESSABLE_ENTITY", "Invalid request", 422, detail), validation }, headers: {} };
}

/** The answer to a request that failed validation (security or input). */
export function negotiateInvalid(operation: ModelOperation, violations: Diagnostic[], preferredCode: number | undefined, exampleKey: string | undefined): { ok: Negotiated } | { problem: PrismProblem; headers: Record<string, string> } {
  const codes = expectedCodes(violations);
  const key = preferredCode !== undefined && codes.includes(preferredCode) ? exampleKey : undefined;
  const { responses } = operation;
  let response: ModelResponse | undefined;
  for (const code of codes) if ((response = byStatusCode(responses, code))) break;
  response ??= defaultResponse(responses, codes[0]);
  if (!response) return violationsProblem(violations);
  const withExamples = response.contents.find((content) => content.examples.length > 0);
  if (withExamples) {
    const example = key === undefined ? withExamples.examples[0] : withExamples.examples.find((candidate) => candidate.key === key);
    if (!example) return { problem: prismProblem("NOT_FOUND", "The server cannot find the requested content", 404, `Response for contentType: ${withExamples.mediaType} and exampleKey: ${key} does not exist.`), headers: {} };
    return { ok: { code: response.code, mediaType: withExamples.mediaType, headers: response.headers, example } };
  }
  const withSchema = response.contents.find((content) => content.hasSchema);
  if (withSchema) return { ok: { code: response.code, mediaType: withSchema.mediaType, headers: response.headers, content: withSchema } };
  return { ok: { code: response.code, headers: response.headers } };
}
