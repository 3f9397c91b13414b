/**
 * mock/violations.ts and mock/request-guard.ts, on Prism's own violation and problem formats: what the
 * mock writes instead of the spec's fixed 400/422 example and instead of Prism's problem details, and
 * the guard's parsers.
 */
import { describe, expect, it } from "vitest";
import { checkHeaders, checkJsonBody, checkTarget, jsonDepth } from "../../mock/request-guard.ts";
import { problemAnswer, validationAnswer, type PrismProblem, type PrismViolation } from "../../mock/violations.ts";

const violation = (location: string[], code: string | number, message: string, severity = "Error"): PrismViolation => ({ location, severity, code, message });
const context = { prefer: "code=404, example=x", accept: "*/*", contentType: undefined };

describe("validation answers", () => {
  it("locate each violation in path notation and drop Prism's repeated prefix", () => {
    const rewritten = validationAnswer(422, [
      violation(["request", "body", "items", "0", "quantity"], "minimum", "Request body property items.0.quantity must be >= 1"),
      violation(["request", "body", "notes", "a b"], "type", "Request body property notes.a b must be string"),
      violation(["request", "query", "page_size"], "type", "Request query parameter page_size must be integer"),
      violation(["request", "path", "id"], "format", 'Request path parameter id must match format "uuid"'),
    ], undefined);
    expect(rewritten).toEqual({
      status: 422,
      body: {
        error: 'body.items[0].quantity must be >= 1; body.notes["a b"] must be string; query.page_size must be integer; path.id must match format "uuid"',
        error_code: "validation_failed",
        violations: [
          { location: "body.items[0].quantity", message: "must be >= 1", code: "minimum" },
          { location: 'body.notes["a b"]', message: "must be string", code: "type" },
          { location: "query.page_size", message: "must be integer", code: "type" },
          { location: "path.id", message: 'must match format "uuid"', code: "format" },
        ],
      },
    });
  });

  it("name the missing or unknown property itself", () => {
    const rewritten = validationAnswer(400, [
      violation(["request", "body"], "required", "Request body must have required property 'customer_name'"),
      violation(["request", "body", "items", "0"], "additionalProperties", "Request body property items.0 must NOT have additional properties; found 'qty'"),
    ], undefined);
    expect(rewritten?.status).toBe(400);
    expect(rewritten?.body.error).toBe("body.customer_name is required; body.items[0].qty is not a property this operation accepts");
  });

  it("name the Content-Type a route refuses", () => {
    const rewritten = validationAnswer(422, [violation(["request"], 415, "Supported content types: application/json")], "text/plain");
    expect(rewritten?.body.error).toBe('Content-Type "text/plain" is not accepted here. Supported content types: application/json');
  });

  it("keep the spec's example when the request has no error of its own (Prefer: code=422 on a valid request)", () => {
    expect(validationAnswer(422, [violation(["request", "query", "old"], "deprecated", "Query parameter old is deprecated", "Warning")], undefined)).toBeUndefined();
    expect(validationAnswer(422, [violation(["response", "body"], "type", "Response body must be object")], undefined)).toBeUndefined();
  });

  it("leave other statuses alone", () => {
    expect(validationAnswer(401, [violation(["request"], 401, "Invalid security scheme used")], undefined)).toBeUndefined();
  });
});

describe("Prism's problem details", () => {
  const problem = (fields: Partial<PrismProblem> & Pick<PrismProblem, "status" | "type">): PrismProblem => ({ title: "", detail: "", ...fields });

  it("read as the API's error shape", () => {
    const type = "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR";
    expect(problemAnswer(problem({ type, title: "Route not resolved, no path matched", status: 404, detail: "The route /v3/x hasn't been found in the specification file" }), context)).toEqual({
      status: 404,
      body: { error: "The route /v3/x hasn't been found in the specification file", error_code: "no_path_matched" },
    });
  });

  it("name the credential a route needs instead of Prism's own sentence", () => {
    const unauthorized = problem({ status: 401, type: "https://stoplight.io/prism/errors#UNAUTHORIZED", title: "Invalid security scheme used", detail: "Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you." });
    expect(problemAnswer({ ...unauthorized, credentials: "the X-Scalev-Page-Api-Key header" }, context)).toEqual({
      status: 401,
      body: { error: "Missing or malformed credentials: this route needs the X-Scalev-Page-Api-Key header (any value works on the mock).", error_code: "unauthorized" },
    });
    expect(problemAnswer(unauthorized, context).body.error).not.toMatch(/Prism/);
  });

  it("carry the violations of a route that declares no 400/422", () => {
    const validation = [violation(["body", "quantity"], "type", "Request body property quantity must be integer")];
    expect(problemAnswer(problem({ type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY", title: "Invalid request", status: 422, validation }), context).body).toMatchObject({
      error: "body.quantity must be integer",
      error_code: "validation_failed",
    });
  });

  it("turn the 500 Prism gives for an unsatisfiable Prefer into the 404 it gives for the same cause", () => {
    const title =
      "https://stoplight.io/prism/errors#NOT_FOUND: The server cannot find the requested content. We tried default response, but we got https://stoplight.io/prism/errors#NOT_FOUND: The server cannot find the requested content";
    expect(problemAnswer(problem({ type: "https://stoplight.io/prism/errors#UNKNOWN", title, status: 500 }), context)).toEqual({
      status: 404,
      body: { error: "The server cannot find the requested content (Prefer: code=404, example=x, Accept: */*).", error_code: "not_found" },
    });
  });
});

describe("request guard parsers", () => {
  it("measure JSON depth without recursion, ignoring brackets inside strings", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[{{{\\"]]"}]}')).toBe(3);
    expect(jsonDepth(`${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`)).toBe(1_000_000);
  });

  it("accept what the content-type parser accepts and refuse what makes it throw", () => {
    const status = (contentType: string) => checkHeaders({ host: "x", "content-type": contentType }, "1.1")?.status;
    for (const ok of ["application/json", "application/json; charset=utf-8", 'application/json;charset="UTF-8"', "multipart/form-data; boundary=x", "text/plain; a=1; b=\"q\\\"t\""]) {
      expect(status(ok), ok).toBeUndefined();
    }
    for (const bad of [";;;", "application/json;;", 'application/json; charset="', "application/", "/json", "application/json; charset", "a/b c"]) {
      expect(status(bad), bad).toBe(400);
    }
    expect(status("application/json; charset=latin1")).toBe(415);
    expect(status('text/plain; charset="utf-16"')).toBe(415);
  });

  it("parse a JSON body once, refusing what is not UTF-8, too deep or not JSON", () => {
    expect(checkJsonBody(new TextEncoder().encode('{"a":[1]}'))).toEqual({ value: { a: [1] } });
    expect(checkJsonBody(new Uint8Array())).toEqual({ value: undefined });
    expect(checkJsonBody(new Uint8Array([0x22, 0xff, 0x22]))).toMatchObject({ refusal: { status: 400, body: { error_code: "invalid_json" } } });
    expect(checkJsonBody(new TextEncoder().encode(`${"[".repeat(101)}${"]".repeat(101)}`))).toMatchObject({ refusal: { body: { error_code: "json_too_deep" } } });
    expect(checkJsonBody(new TextEncoder().encode("{bad"))).toMatchObject({ refusal: { body: { error_code: "invalid_json" } } });
  });

  it("refuse targets Prism would read as a host, and malformed percent-escapes", () => {
    for (const target of ["/v3/orders/%E0%A4", "/v3/%ZZ", "/v3/orders?x=%"]) expect(checkTarget(target)?.body.error_code, target).toBe("invalid_percent_encoding");
    for (const target of ["//", "//host/v3/orders", "/\\host/v3/orders", "//%25"]) expect(checkTarget(target)?.body.error_code, target).toBe("invalid_request_target");
    for (const target of ["/v3/orders", "/v3/orders?status=paid&x=%C3%A9", "/v3/a//b"]) expect(checkTarget(target), target).toBeUndefined();
  });
});
