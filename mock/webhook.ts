/**
 * `scalev-mock webhook <receiver URL>` (in this repository: `make mock-webhook URL=…`): sends every
 * webhook example of the spec, signed like Scalev signs them, to a local receiver, and prints each
 * event with the receiver's answer.
 *
 * Options: --event <name> (repeatable: only these events), --duplicate (send each event twice, as an
 * at-least-once redelivery would), --allow-remote (allow a non-loopback URL), --spec <file>.
 * Secret: WEBHOOK_SECRET, or a clearly fake development secret when unset.
 * Signature: X-Scalev-Hmac-Sha256 = Base64(HMAC-SHA256(secret, raw body)), computed with WebCrypto
 * (webhooks/sign.ts, as the mock's own webhooks are), independently of the client's parseWebhook. Exit
 * code 1 when a delivery fails or is not answered with a 2xx, 2 on bad input.
 */
import { parseArgs } from "node:util";
import { defaultSpecPath, readSpecDocument } from "./spec-file.ts";
import { UsageError } from "./options.ts";
import { DEV_WEBHOOK_SECRET, receiverUrl, SIGNATURE_HEADER, signWebhookBody, WebhookConfigError } from "./webhooks/index.ts";

export { DEV_WEBHOOK_SECRET };
const USAGE = "usage: scalev-mock webhook <receiver URL> [--event <name>]… [--duplicate] [--allow-remote] [--spec <file>]";

interface WebhookExample {
  name: string;
  example: Record<string, unknown>;
}

function examplesOf(specPath: string): WebhookExample[] {
  let spec: { webhooks?: Record<string, any> };
  try {
    spec = readSpecDocument(specPath) as typeof spec;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return Object.entries(spec.webhooks ?? {}).map(([name, item]) => {
    const media = item?.post?.requestBody?.content?.["application/json"];
    const example = media?.example ?? Object.values<any>(media?.examples ?? {})[0]?.value;
    if (example === undefined) throw new UsageError(`the spec has no example for webhook ${name}`);
    return { name, example };
  });
}

function receiver(target: string | undefined, allowRemote: boolean): URL {
  try {
    return receiverUrl(target, allowRemote);
  } catch (error) {
    if (!(error instanceof WebhookConfigError)) throw error;
    const hint = error.reason === "remote" ? " Pass --allow-remote if you really mean it." : error.reason === "missing" ? `\n${USAGE}` : "";
    throw new UsageError(`${error.message}${hint}`);
  }
}

/** Sends the events; resolves to the exit code. Throws UsageError on bad input. */
export async function sendWebhooks(args: string[], env: Record<string, string | undefined>, print: (line: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        event: { type: "string", multiple: true },
        duplicate: { type: "boolean", default: false },
        "allow-remote": { type: "boolean", default: false },
        spec: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    print(USAGE);
    return 0;
  }
  const url = receiver(positionals[0] || env.URL, values["allow-remote"]);
  const examples = examplesOf(values.spec ?? defaultSpecPath());
  const unknown = (values.event ?? []).filter((name) => !examples.some((e) => e.name === name));
  if (unknown.length) throw new UsageError(`no such webhook in the spec: ${unknown.join(", ")}`);
  const selected = values.event ? examples.filter((e) => values.event!.includes(e.name)) : examples;

  const secret = env.WEBHOOK_SECRET || DEV_WEBHOOK_SECRET;
  print(env.WEBHOOK_SECRET ? "Signing with WEBHOOK_SECRET." : `Signing with the fake development secret "${DEV_WEBHOOK_SECRET}" (set WEBHOOK_SECRET to use yours).`);
  let failures = 0;
  for (const { name, example } of selected) {
    const body = JSON.stringify(example);
    const signature = await signWebhookBody(body, secret);
    for (let attempt = 0; attempt < (values.duplicate ? 2 : 1); attempt++) {
      const label = `${name}${example.unique_id ? ` ${example.unique_id}` : ""}${attempt ? " (redelivery)" : ""}`;
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signature, "user-agent": "scalev-mock-webhook" },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        await response.body?.cancel();
        if (!response.ok) failures++;
        print(`${response.ok ? "ok  " : "FAIL"} ${label} → ${response.status} ${response.statusText}`.trimEnd());
      } catch (error) {
        failures++;
        print(`FAIL ${label} → ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : error}`);
      }
    }
  }
  print(`${selected.length} event(s) sent to ${url.href}; ${failures} failed.`);
  return failures ? 1 : 0;
}
