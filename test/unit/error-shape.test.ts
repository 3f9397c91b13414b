/**
 * `if (error)` tells a failed call from a successful one: a non-2xx answer always gives an object
 * `error`. A JSON error object (or array) comes as sent; a text body (the plain-text 429), a JSON
 * string, number, boolean or null, or no body at all comes as `{ error, message }` with that text (the
 * status line when empty). unwrap() and toApiError() still report the body as it came.
 */
import { describe, expect, it } from "vitest";
import { ScalevApiError, toApiError, unwrap } from "../../src/index.ts";
import { json, text, useTestClient } from "../support/http-test-server.ts";

const { server, client } = useTestClient({ apiKey: "sk_test_shape00000000001", storefrontApiKey: "sfpk_test_shape0000001", maxRetries: 0 });
const tags = (c = client()) => c.GET("/v3/orders/tags", {});

describe("the error of a non-2xx answer", () => {
  it("a plain-text 429: its text is the error shape's message, and if (error) catches it", async () => {
    server.reply(text(429, "Too many requests\n", { "retry-after": "3600" }));
    const { data, error, response } = await tags();
    expect(response.status).toBe(429);
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "Too many requests", message: "Too many requests" });
    let caught = false;
    if (error) caught = true;
    expect(caught).toBe(true);
    expect(await response.text()).toBe("Too many requests\n");
  });

  it("unwrap() and toApiError() still report the text body as sent", async () => {
    server.reply(text(429, "Too many requests"), text(429, "Too many requests"));
    const thrown = await unwrap(tags()).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ScalevApiError);
    expect(thrown).toMatchObject({ status: 429, error: "Too many requests", body: "Too many requests" });
    expect(toApiError(await tags())).toMatchObject({ status: 429, body: "Too many requests" });
  });

  it("a JSON error object or array comes as sent", async () => {
    const body = { error: "Too many requests", error_code: "rate_limited" };
    server.reply(json(429, body), json(400, ["bad"]));
    expect((await tags()).error).toEqual(body);
    expect((await tags()).error).toEqual(["bad"]);
  });

  it.each([
    ["a JSON string", json(422, "Not allowed"), "Not allowed", "Not allowed"],
    ["JSON null", json(400, null), "null", null],
    ["JSON false", json(400, false), "false", false],
  ])("%s becomes the error shape; unwrap() reports the value", async (_name, handler, message, value) => {
    server.reply(handler, handler);
    expect((await tags()).error).toEqual({ error: message, message });
    await expect(unwrap(tags())).rejects.toMatchObject({ body: value });
  });

  it("no body: the status line", async () => {
    server.reply((_req, res) => {
      res.writeHead(503, { "content-length": "0" });
      res.end();
    });
    const { error } = await tags();
    expect(error).toEqual({ error: "503 Service Unavailable", message: "503 Service Unavailable" });
    server.reply((_req, res) => {
      res.writeHead(503, { "content-length": "0" });
      res.end();
    });
    await expect(unwrap(tags())).rejects.toMatchObject({ status: 503, body: undefined });
  });

  it("holds for request(), calls with middleware, and a started checkout intent", async () => {
    server.reply(text(429, "slow down"), text(429, "slow down"), text(429, "slow down"));
    expect((await client().request("get", "/v3/orders/tags", {})).error).toEqual({ error: "slow down", message: "slow down" });
    const withMiddleware = client();
    withMiddleware.use({ onRequest: () => undefined });
    expect((await withMiddleware.GET("/v3/orders/tags", {})).error).toEqual({ error: "slow down", message: "slow down" });
    const started = await client().POST("/v3/stores/{store_id}/public/checkout-intents", {
      params: { path: { store_id: "store_vlzpML8edzxO5roOdV7Oyfn6" } },
      body: {} as never,
    });
    expect(started.error).toEqual({ error: "slow down", message: "slow down" });
  });

  it("2xx answers are untouched", async () => {
    server.reply(json(200, { data: ["vip"] }));
    const result = await tags();
    expect(result.data).toEqual({ data: ["vip"] });
    expect("error" in result).toBe(false);
  });
});
