/**
 * scripts/mock-violations.ts and mock-request-guard.ts, on Prism's own header and problem+json
 * formats: what the mock writes instead of the spec's fixed 400/422 example, and the guard's parsers.
 */
import { describe, expect, it } from "vitest";
import { checkHeaders, checkTarget, jsonDepth } from "../../scripts/mock-request-guard.ts";
import { rewriteAnswer, rewritesBody } from "../../scripts/mock-violations.ts";

const violation = (location: string[], code: string | number, message: string, severity = "Error") => ({ location, severity, code, message });
const prismAnswer = (status: number, violations: unknown[] | string, headers: Record<string, string> = {}) => ({
  status,
  headers: { "content-type": "application/json", "sl-violations": typeof violations === "string" ? violations : JSON.stringify(violations), ...headers },
});

function rewrite(status: number, violations: unknown[] | string, request: Record<string, string> = {}) {
  const answer = prismAnswer(status, violations);
  expect(rewritesBody(answer.status, answer.headers)).toBe(true);
  return rewriteAnswer(answer.status, answer.headers, '{"error":"customer_name can\'t be blank"}', request);
}

describe("validation answers", () => {
  it("locate each violation in path notation and drop Prism's repeated prefix", () => {
    const rewritten = rewrite(422, [
      violation(["request", "body", "items", "0", "quantity"], "minimum", "Request body property items.0.quantity must be >= 1"),
      violation(["request", "body", "notes", "a b"], "type", "Request body property notes.a b must be string"),
      violation(["request", "query", "page_size"], "type", "Request query parameter page_size must be integer"),
      violation(["request", "path", "id"], "format", 'Request path parameter id must match format "uuid"'),
    ]);
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
    const rewritten = rewrite(400, [
      violation(["request", "body"], "required", "Request body must have required property 'customer_name'"),
      violation(["request", "body", "items", "0"], "additionalProperties", "Request body property items.0 must NOT have additional properties; found 'qty'"),
    ]);
    expect(rewritten?.status).toBe(400);
    expect(rewritten?.body.error).toBe("body.customer_name is required; body.items[0].qty is not a property this operation accepts");
  });

  it("name the Content-Type a route refuses", () => {
    const rewritten = rewrite(422, [violation(["request"], 415, "Supported content types: application/json")], { "content-type": "text/plain" });
    expect(rewritten?.body.error).toBe('Content-Type "text/plain" is not accepted here. Supported content types: application/json');
  });

  it("say so when Prism cut the list short", () => {
    expect(rewrite(422, 'Too many violations! [{"location":["request","body"]')?.body).toEqual({
      error: expect.stringContaining("too many places"),
      error_code: "validation_failed",
    });
  });

  it("keep Prism's body when it lists only warnings (e.g. Prefer: code=422 on a valid request)", () => {
    expect(rewrite(422, [violation(["request", "query", "old"], "deprecated", "Query parameter old is deprecated", "Warning")])).toBeUndefined();
  });

  it("leave other statuses alone: a 401's violation is the missing credential", () => {
    const answer = prismAnswer(401, [violation(["request"], 401, "Invalid security scheme used")]);
    expect(rewritesBody(answer.status, answer.headers)).toBe(false);
  });
});

describe("Prism's problem+json answers", () => {
  const problem = (status: number, body: object) => {
    const headers = { "content-type": "application/problem+json" };
    expect(rewritesBody(status, headers)).toBe(true);
    return rewriteAnswer(status, headers, JSON.stringify(body), { prefer: "code=404, example=x", accept: "*/*" });
  };

  it("read as the API's error shape", () => {
    const type = "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR";
    expect(problem(404, { type, title: "Route not resolved, no path matched", status: 404, detail: "The route /v3/x hasn't been found in the specification file" })).toEqual({
      status: 404,
      body: { error: "The route /v3/x hasn't been found in the specification file", error_code: "no_path_matched" },
    });
  });

  it("carry the violations of --errors mode", () => {
    const validation = [violation(["request", "body", "quantity"], "type", "Request body property quantity must be integer")];
    expect(problem(422, { type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY", title: "Invalid request", validation })?.body).toMatchObject({
      error: "body.quantity must be integer",
      error_code: "validation_failed",
    });
  });

  it("turn the 500 Prism gives for an unsatisfiable Prefer into the 404 it gives for the same cause", () => {
    const title =
      "https://stoplight.io/prism/errors#NOT_FOUND: The server cannot find the requested content. We tried default response, but we got https://stoplight.io/prism/errors#NOT_FOUND: The server cannot find the requested content";
    expect(problem(500, { type: "https://stoplight.io/prism/errors#UNKNOWN", title, status: 500, detail: "" })).toEqual({
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

  it("refuse targets Prism would read as a host", () => {
    for (const target of ["//", "//host/v3/orders", "/\\host/v3/orders", "//%25"]) expect(checkTarget(target)?.body.error_code, target).toBe("invalid_request_target");
    for (const target of ["/v3/orders", "/v3/orders?status=paid&x=%C3%A9", "/v3/a//b"]) expect(checkTarget(target), target).toBeUndefined();
  });
});
