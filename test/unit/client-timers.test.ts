/**
 * Every timer is capped: waits longer than setTimeout can hold (2^31 - 1 ms, about 24.8 days) neither
 * fire at once (TimeoutOverflowWarning) nor spin; they wait, and the caller's signal still ends them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sleep } from "../../src/timers.ts";
import { json, text, useTestClient } from "../support/http-test-server.ts";

const DAY_S = 86_400;
const { server, client } = useTestClient({ apiKey: "sk_test_timers0000000001" });
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeAll(() => void process.on("warning", onWarning));
afterAll(() => void process.off("warning", onWarning));
afterEach(() => {
  warnings.length = 0;
});
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("server-requested waits beyond setTimeout's range", () => {
  it.each([
    ["Retry-After in seconds (30 days)", { "retry-after": String(30 * DAY_S) }],
    ["Retry-After as a date (a year ahead)", { "retry-after": new Date(Date.now() + 365 * DAY_S * 1000).toUTCString() }],
    ["X-Ratelimit-Reset (epoch seconds, 40 days ahead)", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 40 * DAY_S) }],
    ["Retry-After far beyond any date", { "retry-after": "99999999999999999999" }],
  ])("%s with maxRetryDelayMs: Infinity: waits (no early retry, no warning) until aborted", async (_name, headers) => {
    server.reply(text(429, "Too Many Requests", headers), json(200, {}));
    const controller = new AbortController();
    const call = client({ maxRetryDelayMs: Infinity, throttle: false }).GET("/v3/orders/tags", { signal: controller.signal });
    await settle(300);
    expect(server.requests).toHaveLength(1);
    controller.abort(new Error("gave up"));
    await expect(call).rejects.toThrow("gave up");
    expect(warnings).toEqual([]);
  });

  it("the throttle waits for a reset 40 days ahead (no early send, no warning) until aborted", async () => {
    const reset = String(Date.now() + 40 * DAY_S * 1000); // epoch milliseconds
    server.reply(json(200, {}, { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }));
    const scalev = client({ maxRetryDelayMs: Infinity });
    await scalev.GET("/v3/orders/tags", {});
    const controller = new AbortController();
    const waiting = scalev.GET("/v3/orders/tags", { signal: controller.signal });
    await settle(300);
    expect(server.requests).toHaveLength(1);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect(warnings).toEqual([]);
  });

  it("timeoutMs beyond setTimeout's range means no timeout, without a warning", async () => {
    server.reply(json(200, { ok: true }));
    const { data } = await client({ timeoutMs: 2 ** 40 }).GET("/v3/orders/tags", {});
    expect(data).toEqual({ ok: true });
    expect(warnings).toEqual([]);
  });
});

describe("sleep()", () => {
  it("sleeps in pieces setTimeout can hold: a wait of 2^31 ms has not ended after 100 ms", async () => {
    const controller = new AbortController();
    let ended = false;
    const long = sleep(2 ** 31 + 5, controller.signal).then(() => (ended = true), () => "aborted");
    await settle(100);
    expect(ended).toBe(false);
    controller.abort();
    expect(await long).toBe("aborted");
    expect(warnings).toEqual([]);
  });

  it("Infinity never fires, and still aborts", async () => {
    for (const ms of [Infinity]) {
      const controller = new AbortController();
      const wait = sleep(ms, controller.signal).then(() => "ended", () => "aborted");
      await settle(20);
      controller.abort();
      expect(await wait).toBe("aborted");
    }
    expect(warnings).toEqual([]);
  });
});
