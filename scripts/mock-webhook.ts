/**
 * Sends every webhook example of the bundled spec (generated/openapi.json), signed like Scalev signs them, to a
 * local receiver, and prints each event with the receiver's answer.
 *
 *   npx tsx scripts/mock-webhook.ts http://127.0.0.1:3000/webhooks      (or: make mock-webhook URL=…)
 *   URL=http://localhost:3000/webhooks npx tsx scripts/mock-webhook.ts
 *
 * Options: --event <name> (repeatable: only these events), --duplicate (send each event twice, as an
 * at-least-once redelivery would), --allow-remote (allow a non-loopback URL).
 * Secret: WEBHOOK_SECRET, or a clearly fake development secret when unset.
 * Signature: X-Scalev-Hmac-Sha256 = Base64(HMAC-SHA256(secret, raw body)), computed with node:crypto,
 * independently of src/webhooks.ts. Exits 1 when a delivery fails or is not answered with a 2xx.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

const DEV_SECRET = "dev-only-fake-webhook-secret-do-not-use";
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    event: { type: "string", multiple: true },
    duplicate: { type: "boolean", default: false },
    "allow-remote": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

function fail(message: string): never {
  console.error(`mock-webhook: ${message}`);
  process.exit(2);
}

if (values.help) {
  console.log("usage: tsx scripts/mock-webhook.ts <receiver URL> [--event name]… [--duplicate] [--allow-remote]");
  process.exit(0);
}

const target = positionals[0] || process.env.URL;
if (!target) fail("give the receiver URL as the argument or in URL (e.g. http://127.0.0.1:3000/webhooks).");
let url: URL;
try {
  url = new URL(target);
} catch {
  fail(`not a URL: ${target}`);
}
if (url.protocol !== "http:" && url.protocol !== "https:") fail(`only http(s) URLs are supported, got ${url.protocol}`);
const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
if (!loopback && !values["allow-remote"]) {
  fail(`refusing to send to ${url.host}: not a loopback address. Pass --allow-remote if you really mean it.`);
}

const secret = process.env.WEBHOOK_SECRET || DEV_SECRET;
console.log(
  process.env.WEBHOOK_SECRET
    ? "Signing with WEBHOOK_SECRET."
    : `Signing with the fake development secret "${DEV_SECRET}" (set WEBHOOK_SECRET to use yours).`,
);

const spec = JSON.parse(readFileSync(resolve(import.meta.dirname, "../generated/openapi.json"), "utf8"));
const examples = Object.entries<any>(spec.webhooks ?? {}).map(([name, item]) => {
  const media = item.post?.requestBody?.content?.["application/json"];
  const example = media?.example ?? Object.values<any>(media?.examples ?? {})[0]?.value;
  if (example === undefined) fail(`the spec has no example for webhook ${name}`);
  return { name, example };
});
const unknown = (values.event ?? []).filter((name) => !examples.some((e) => e.name === name));
if (unknown.length) fail(`no such webhook in the spec: ${unknown.join(", ")}`);
const selected = values.event ? examples.filter((e) => values.event!.includes(e.name)) : examples;

let failures = 0;
for (const { name, example } of selected) {
  const body = JSON.stringify(example);
  const signature = createHmac("sha256", secret).update(body).digest("base64");
  for (let attempt = 0; attempt < (values.duplicate ? 2 : 1); attempt++) {
    const label = `${name}${example.unique_id ? ` ${example.unique_id}` : ""}${attempt ? " (redelivery)" : ""}`;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-scalev-hmac-sha256": signature, "user-agent": "scalev-mock-webhook" },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.body?.cancel();
      if (!response.ok) failures++;
      console.log(`${response.ok ? "ok  " : "FAIL"} ${label} → ${response.status} ${response.statusText}`.trimEnd());
    } catch (error) {
      failures++;
      console.log(`FAIL ${label} → ${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : error}`);
    }
  }
}
console.log(`${selected.length} event(s) sent to ${url.href}; ${failures} failed.`);
process.exit(failures ? 1 : 0);
