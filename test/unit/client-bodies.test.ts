/**
 * 2xx answers whose body is not JSON: each has a documented, typed outcome (never a raw SyntaxError).
 * - empty (also chunked) or whitespace-only: `data` is undefined, as for a 204;
 * - a JSON content type that does not parse: ScalevResponseError (retried for idempotent methods);
 * - any other content type (HTML, text/plain, octet-stream): ScalevResponseError when read as JSON
 *   (the default), the body as asked with parseAs "text" / "arrayBuffer" / "blob" / "stream";
 * - JSON without a content type: parsed.
 */
import { describe, expect, it } from "vitest";
import { ScalevResponseError, unwrap } from "../../src/index.ts";
import { useTestClient, type Handler } from "../support/http-test-server.ts";

const { server, client } = useTestClient({ apiKey: "sk_test_bodies0000000001", maxRetries: 0 });
const get = (c = client(), parseAs?: "json" | "text" | "arrayBuffer" | "blob" | "stream") => c.GET("/v3/orders/tags", parseAs ? { parseAs } : {});

/** An answer without Content-Length (chunked), in pieces. */
const chunked =
  (status: number, contentType: string | undefined, ...pieces: string[]): Handler =>
  (_req, res) => {
    res.writeHead(status, contentType ? { "content-type": contentType } : {});
    for (const piece of pieces) res.write(piece);
    res.end();
  };
const sized =
  (status: number, contentType: string | undefined, body: string | Buffer): Handler =>
  (_req, res) => {
    res.writeHead(status, { ...(contentType ? { "content-type": contentType } : {}), "content-length": Buffer.byteLength(body) });
    res.end(body);
  };

describe("2xx bodies that are not JSON", () => {
  it.each([
    ["empty, chunked, JSON type", chunked(200, "application/json")],
    ["empty, chunked, no type", chunked(200, undefined)],
    ["empty, Content-Length 0", sized(200, "application/json", "")],
    ["whitespace only", chunked(200, "application/json", " \n", "\t ")],
    ["201 empty", chunked(201, "application/json")],
  ])("%s: data is undefined", async (_name, handler) => {
    server.reply(handler);
    const { data, error, response } = await get();
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
    expect(response.ok).toBe(true);
  });

  it.each([
    ["an HTML page", "text/html; charset=utf-8", "<!doctype html><html><body>Welcome to nginx</body></html>"],
    ["text/plain", "text/plain", "OK"],
    ["octet-stream", "application/octet-stream", "\u0000\u0001binary"],
    ["JSON type that does not parse (chunked)", "application/json", '{"tags": ["a", '],
  ])("%s: ScalevResponseError naming the status and type", async (_name, type, body) => {
    server.reply(chunked(200, type, body));
    const error = await get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevResponseError);
    expect((error as Error).message).toMatch(/answered 200/);
    server.reply(sized(200, type, body));
    await expect(unwrap(get())).rejects.toBeInstanceOf(ScalevResponseError);
  });

  it("a non-JSON 2xx body is served as asked with another parseAs", async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    server.reply(sized(200, "text/html", "<p>hi</p>"), sized(200, "application/octet-stream", bytes), sized(200, "application/octet-stream", bytes), chunked(200, "text/plain", "a", "b"));
    expect((await get(client(), "text")).data).toBe("<p>hi</p>");
    expect(new Uint8Array((await get(client(), "arrayBuffer")).data as ArrayBuffer)).toEqual(new Uint8Array(bytes));
    expect(new Uint8Array(await ((await get(client(), "blob")).data as Blob).arrayBuffer())).toEqual(new Uint8Array(bytes));
    expect(await new Response((await get(client(), "stream")).data as ReadableStream).text()).toBe("ab");
  });

  it("JSON without a Content-Type, or with a +json type, is parsed", async () => {
    server.reply(chunked(200, undefined, '{"a":', "1}"), sized(200, "application/problem+json; charset=utf-8", '{"b":2}'));
    expect((await get()).data).toEqual({ a: 1 });
    expect((await get()).data).toEqual({ b: 2 });
  });

  it("GET: a 2xx JSON body that does not parse is retried; an HTML 2xx is not retried and stays typed", async () => {
    server.reply(chunked(200, "application/json", "{trunc"), chunked(200, "application/json", '{"ok":true}'));
    expect((await get(client({ maxRetries: 1 }))).data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    server.reset();
    server.reply(chunked(200, "text/html", "<p>captive portal</p>"), chunked(200, "application/json", '{"ok":true}'));
    await expect(get(client({ maxRetries: 1 }))).rejects.toBeInstanceOf(ScalevResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it("error answers without a JSON error object come as the error shape; the body stays readable as sent", async () => {
    server.reply(chunked(502, "text/html", "<h1>Bad Gateway</h1>"), chunked(404, "application/json"));
    const page = await get();
    expect(page.error).toEqual({ error: "<h1>Bad Gateway</h1>", message: "<h1>Bad Gateway</h1>" });
    expect(await page.response.text()).toBe("<h1>Bad Gateway</h1>");
    const empty = await get();
    expect(empty.response.status).toBe(404);
    expect(empty.error).toEqual({ error: "404 Not Found", message: "404 Not Found" });
  });

  it("the response you get back reads the same bytes every way, more than once", async () => {
    server.reply(chunked(200, "application/json", '{"tags":', '["a"]}'));
    const { response } = await get();
    expect(await response.json()).toEqual({ tags: ["a"] });
    expect(await response.text()).toBe('{"tags":["a"]}');
    expect(await response.clone().json()).toEqual({ tags: ["a"] });
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"tags":["a"]}');
    expect(await (await response.blob()).text()).toBe('{"tags":["a"]}');
    expect(await new Response(response.body).text()).toBe('{"tags":["a"]}');
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get("content-length")).toBe("14");
  });

  it("members it does not answer itself go to a native Response over the same bytes (formData())", async () => {
    server.reply(sized(200, "application/x-www-form-urlencoded", "a=1&b=two"));
    const { response } = await get(client(), "text");
    expect(Object.fromEntries(await response.formData())).toEqual({ a: "1", b: "two" });
    expect(await response.text()).toBe("a=1&b=two");
  });
});
