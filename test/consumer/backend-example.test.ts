/**
 * examples/backend run as its README says, against the mock: the service syncs orders with paginate()
 * and receives webhooks signed like Scalev signs them (`scalev-mock webhook`, plus hand-made
 * deliveries signed here with node:crypto).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { root } from "./support/consumer.ts";
import { run } from "./support/run.ts";

const consumer = inject("consumer");
const SECRET = `test-secret-${randomUUID()}`;
const tsx = join(root, "node_modules", ".bin", "tsx");
let server: ChildProcess;
let baseUrl: string;

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(tsx, ["--tsconfig", "examples/backend/tsconfig.json", "examples/backend/src/server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      SCALEV_BASE_URL: consumer.prismUrl,
      SCALEV_API_KEY: "sk_test_backend_example",
      SCALEV_WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      SYNC_INTERVAL_MS: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stderr!.on("data", (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the example did not start within 30 s:\n${output}`)), 30_000);
    createInterface({ input: server.stdout! }).on("line", (line) => {
      output += `${line}\n`;
      if (line.includes("listening on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once("exit", (code) => reject(new Error(`the example exited (${code}):\n${output}`)));
  });
});

afterAll(async () => {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
});

const sign = (body: string, secret = SECRET) => createHmac("sha256", secret).update(body).digest("base64");

function deliver(body: string, headers: Record<string, string> = { "x-scalev-hmac-sha256": sign(body) }) {
  return fetch(`${baseUrl}/webhooks/scalev`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

const storedIds = async () =>
  ((await (await fetch(`${baseUrl}/orders`)).json()) as { id: string; source: string }[]);

describe("order sync (paginate)", () => {
  it("stores every order the API lists", async () => {
    const page = (await (
      await fetch(`${consumer.prismUrl}/v3/orders`, { headers: { Authorization: "Bearer sk_test_backend_example" } })
    ).json()) as { data: { id?: string }[]; has_next?: boolean };
    const response = await fetch(`${baseUrl}/sync`, { method: "POST" });
    expect(response.status).toBe(200);
    const result = await response.json();
    // The mock answers every cursor with the same example page: paginate() notices the repeated
    // cursor and the sync stops there, keeping what it read, instead of looping forever.
    if (page.has_next) expect(result).toMatchObject({ complete: false, stoppedBy: "repeated_cursor" });
    else expect(result).toMatchObject({ complete: true, fetched: page.data.length });

    const expected = [...new Set(page.data.map((order) => order.id).filter(Boolean))].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await storedIds()).map((order) => order.id).sort()).toEqual(expected);
  });
});

describe("webhooks", () => {
  it("acknowledges every example event, and each redelivery only once (scalev-mock webhook --duplicate)", async () => {
    const before = (await (await fetch(`${baseUrl}/health`)).json()).webhooks;
    const sent = await run(process.execPath, ["mock/dist/cli.js", "webhook", `${baseUrl}/webhooks/scalev`, "--duplicate"], {
      cwd: root,
      env: { ...process.env, WEBHOOK_SECRET: SECRET },
    });
    expect(sent.stdout).toMatch(/; 0 failed\./);
    expect(sent.code).toBe(0);

    // What the receiver must count, from the same examples the sender used.
    const spec = JSON.parse(readFileSync(join(root, "generated", "openapi.json"), "utf8"));
    const seen = new Set<string>();
    let processed = 0;
    let duplicates = 0;
    for (const item of Object.values<any>(spec.webhooks)) {
      const media = item.post.requestBody.content["application/json"];
      const example = media.example ?? Object.values<any>(media.examples)[0].value;
      for (let delivery = 0; delivery < 2; delivery++) {
        if (example.unique_id && seen.has(example.unique_id)) duplicates++;
        else processed++;
        if (example.unique_id) seen.add(example.unique_id);
      }
    }
    const after = (await (await fetch(`${baseUrl}/health`)).json()).webhooks;
    expect(after.processed - before.processed).toBe(processed);
    expect(after.duplicates - before.duplicates).toBe(duplicates);
    expect(after.rejected).toBe(before.rejected);
  });

  it("applies order events to the store", async () => {
    const id = randomUUID();
    const event = (name: string) => JSON.stringify({ event: name, unique_id: `event_${randomUUID()}`, timestamp: new Date().toISOString(), data: { id } });
    expect((await deliver(event("order.updated"))).status).toBe(200);
    expect(await storedIds()).toContainEqual(expect.objectContaining({ id, source: "webhook" }));
    expect((await deliver(event("order.deleted"))).status).toBe(200);
    expect((await storedIds()).map((order) => order.id)).not.toContain(id);
  });

  it("answers forged, unsigned and malformed deliveries as the README says", async () => {
    const body = JSON.stringify({ event: "order.created", unique_id: `event_${randomUUID()}`, data: { id: randomUUID() } });
    expect((await deliver(body, { "x-scalev-hmac-sha256": sign(body, "not-the-secret") })).status).toBe(401);
    expect((await deliver(body, {})).status).toBe(401);
    expect((await deliver(`${body} `, { "x-scalev-hmac-sha256": sign(body) })).status).toBe(401);
    expect((await deliver("not json", { "x-scalev-hmac-sha256": sign("not json") })).status).toBe(400);
    const unknown = JSON.stringify({ event: "order.teleported", unique_id: `event_${randomUUID()}`, data: {} });
    expect((await deliver(unknown)).status).toBe(200);
  });
});
