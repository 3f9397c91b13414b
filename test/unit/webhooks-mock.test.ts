/**
 * `scalev-mock webhook` (mock/webhook.ts, run as the package ships it: mock/dist/cli.js) against a real
 * local receiver (node:http on 127.0.0.1, port 0) that reads the raw body and verifies each delivery
 * with parseWebhook.
 */
import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseWebhook, ScalevWebhookError, type ScalevWebhookEvent } from "../../src/index.ts";
import { bundledSpec } from "../support/spec.ts";

const root = resolve(import.meta.dirname, "../..");
const cli = resolve(root, "mock/dist/cli.js");
const DEV_SECRET = "dev-only-fake-webhook-secret-do-not-use"; // the command's documented default

interface Receiver {
  url: string;
  events: ScalevWebhookEvent[];
  rejected: string[];
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
});

function readRaw(request: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => done(Buffer.concat(chunks)));
    request.on("error", fail);
  });
}

/** A receiver that acknowledges verified events (once per unique_id) and answers 401 to the rest. */
async function startReceiver(secret: string): Promise<Receiver> {
  const receiver: Receiver = { url: "", events: [], rejected: [] };
  const seen = new Set<string>();
  server = createServer(async (request, response) => {
    try {
      const event = await parseWebhook(await readRaw(request), request.headers, secret);
      const duplicate = "unique_id" in event && seen.has(event.unique_id);
      if ("unique_id" in event) seen.add(event.unique_id);
      if (!duplicate) receiver.events.push(event);
      response.writeHead(200).end();
    } catch (error) {
      receiver.rejected.push(error instanceof ScalevWebhookError ? error.reason : String(error));
      response.writeHead(401).end();
    }
  });
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("receiver has no address");
  receiver.url = `http://127.0.0.1:${address.port}/webhooks`;
  return receiver;
}

function runScript(args: string[], env: Record<string, string | undefined> = {}) {
  const { WEBHOOK_SECRET: _secret, URL: _url, ...inherited } = process.env;
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [cli, "webhook", ...args], { cwd: root, env: { ...inherited, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const specEvents = Object.keys(bundledSpec().webhooks ?? {});

describe("scalev-mock webhook", () => {
  it("delivers every spec example, signed with WEBHOOK_SECRET, to a receiver that verifies them", async () => {
    const receiver = await startReceiver("receiver-test-secret-41c7");
    const { code, stdout } = await runScript([receiver.url], { WEBHOOK_SECRET: "receiver-test-secret-41c7" });
    expect(receiver.rejected).toEqual([]);
    expect(receiver.events.map((e) => e.event)).toEqual(specEvents);
    expect(code).toBe(0);
    for (const name of specEvents) expect(stdout).toMatch(new RegExp(`^ok +${name.replace(/\./g, "\\.")}\\b.* → 200`, "m"));
    expect(stdout).not.toContain("receiver-test-secret-41c7");
    expect(stdout).toContain(`${specEvents.length} event(s) sent`);
  });

  it("uses the fake development secret by default and takes the URL from the URL variable", async () => {
    const receiver = await startReceiver(DEV_SECRET);
    const { code, stdout } = await runScript(["--event", "business.test_event"], { URL: receiver.url });
    expect(code).toBe(0);
    expect(stdout).toContain(DEV_SECRET);
    expect(receiver.events).toEqual([bundledSpec().webhooks["business.test_event"].post.requestBody.content["application/json"].example]);
  });

  it("with --duplicate redelivers each event with the same unique_id, and the receiver keeps one", async () => {
    const receiver = await startReceiver(DEV_SECRET);
    const { code, stdout } = await runScript([receiver.url, "--duplicate", "--event", "order.created", "--event", "payment.received"]);
    expect(code).toBe(0);
    expect(stdout.match(/\(redelivery\) → 200/g)).toHaveLength(2);
    expect(receiver.events.map((e) => e.event)).toEqual(["order.created", "payment.received"]);
  });

  it("exits 1 and prints the status when the receiver rejects the signature", async () => {
    const receiver = await startReceiver("the-receivers-own-secret");
    const { code, stdout } = await runScript([receiver.url, "--event", "order.created"], { WEBHOOK_SECRET: "a-different-secret" });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL order\.created event_\S+ → 401/m);
    expect(receiver.rejected).toEqual(["bad_signature"]);
  });

  it("refuses a non-loopback URL without --allow-remote, before sending anything", async () => {
    const { code, stderr } = await runScript(["http://203.0.113.10:8080/webhooks"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/refusing to send to 203\.0\.113\.10:8080: not a loopback address/);
  });

  it("refuses an unknown event name and a missing URL", async () => {
    const unknown = await runScript(["http://127.0.0.1:9/webhooks", "--event", "order.shipped"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no such webhook in the spec: order.shipped");
    const missing = await runScript([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("give the receiver URL");
  });
});
