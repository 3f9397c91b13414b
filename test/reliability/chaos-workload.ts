/**
 * The chaos workload, run as its own process (by chaos.test.ts, or by hand:
 * `CHAOS_SEED=random npx tsx test/reliability/chaos-workload.ts`). It drives a seeded mix of GETs, POST
 * order creations, PATCHes, paginations and calls aborted with a falsy reason through the client
 * against the chaos server, prints one JSON summary line, closes the server and then simply returns:
 * the process must exit by itself (a leaked timer or socket would keep it alive) and an unhandled
 * rejection makes Node exit non-zero.
 */
import { createScalevClient, paginate, ScalevError, unwrap } from "../../src/index.ts";
import { FAULTS, REFUSED, startChaosServer, STRAY_GUEST_TOKEN, TERMINAL, type Fault } from "./chaos-server.ts";
import { chaosSeed, seededRandom } from "./seeded-random.ts";

const CALLS = Number(process.env.CHAOS_CALLS ?? 1000);
const CONCURRENCY = 16;
const MAX_RETRIES = 2;
const TIMEOUT_MS = 1_000;
/** Longest a call may take: every attempt timing out plus the longest backoffs, with slack. */
const CALL_DEADLINE_MS = (MAX_RETRIES + 1) * TIMEOUT_MS + 1_500 + 8_000;

const warnings: string[] = [];
process.on("warning", (warning) => warnings.push(`${warning.name}: ${warning.message}`));
const seed = chaosSeed();
const random = seededRandom(seed);
const server = await startChaosServer();
const scalev = createScalevClient({
  baseUrl: server.url,
  apiKey: "sk_chaos_000000000000000000",
  storefrontApiKey: "sfpk_chaos_00000000000000",
  guestToken: "gt-chaos-guest-token-0001",
  maxRetries: MAX_RETRIES,
  timeoutMs: TIMEOUT_MS,
});

type Kind = "get" | "storefront" | "post" | "patch" | "paginate" | "abort";
/** The reasons an "abort" call is aborted with: each must come back as the call's rejection, as is. */
const FALSY_REASONS = [null, 0, "", false, Number.NaN] as const;
interface Outcome {
  kind: Kind;
  callId: string;
  faults: Fault[];
  result: "data" | "typed-error" | "untyped-error" | "hung";
  detail?: string;
}

function plan(kind: Kind): Fault[] {
  if (kind === "abort") return ["stall"];
  if (kind === "post" || kind === "patch") return random.next() < 0.45 ? [random.pick(FAULTS)] : [];
  const count = random.pick([0, 0, 0, 1, 1, 2, 2, 3]); // 3 > MAX_RETRIES: that call must fail, typed
  return Array.from({ length: count }, () => random.pick(FAULTS));
}

async function run(kind: Kind, callId: string): Promise<unknown> {
  const headers = { "x-chaos-call": callId };
  const id = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";
  switch (kind) {
    case "get":
      return unwrap(scalev.GET("/v3/orders/{id}", { params: { path: { id } }, headers }));
    case "storefront":
      return unwrap(scalev.GET("/v3/stores/{store_id}/public/cart", { params: { path: { store_id: "store_vlzpML8edzxO5roOdV7Oyfn6" } }, headers } as never));
    case "post":
      return unwrap(
        scalev.POST("/v3/orders", {
          headers,
          body: { store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", customer_name: "Budi Santoso", notes: callId } as never,
        }),
      );
    case "patch":
      return unwrap(scalev.PATCH("/v3/orders/{id}", { params: { path: { id } }, headers, body: { notes: callId } as never }));
    case "paginate":
      return paginate.collect(scalev, "/v3/orders", { headers } as never, { maxPages: 10 });
    case "abort": {
      // Stalled, then aborted with a falsy reason: the call must reject with exactly that reason.
      const reason = random.pick(FALSY_REASONS);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(reason), 20);
      try {
        await scalev.GET("/v3/orders/{id}", { params: { path: { id } }, headers, signal: controller.signal });
      } catch (error) {
        if (Object.is(error, reason)) return "aborted with its reason";
        throw error;
      } finally {
        clearTimeout(timer);
      }
      throw new Error(`call aborted with ${String(reason)} did not reject`);
    }
  }
}

const kinds: Kind[] = Array.from({ length: CALLS }, () => random.pick(["get", "get", "storefront", "post", "post", "patch", "paginate", "paginate", "abort"] as const));
const outcomes: Outcome[] = [];
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < kinds.length) {
      const index = next++;
      const kind = kinds[index]!;
      const callId = `call-${index}`;
      const faults = plan(kind);
      server.plan(callId, faults);
      let deadline: NodeJS.Timeout | undefined;
      const hung = new Promise<"hung">((resolve) => (deadline = setTimeout(() => resolve("hung"), CALL_DEADLINE_MS)));
      const outcome = await Promise.race([
        run(kind, callId).then(
          () => ({ result: "data" as const }),
          (error: unknown) =>
            error instanceof ScalevError
              ? { result: "typed-error" as const, detail: error.name }
              : { result: "untyped-error" as const, detail: `${kind}: ${String(error)}` },
        ),
        hung.then(() => ({ result: "hung" as const })),
      ]);
      clearTimeout(deadline);
      outcomes.push({ kind, callId, faults, ...outcome });
    }
  }),
);

const duplicates = [...server.processed.entries()].filter(([, count]) => count > 1).map(([callId]) => callId);
const recovered = outcomes.filter((o) => o.kind !== "abort" && o.faults.length > 0 && o.result === "data").length;
/** Requests of a call after one answered with an absurd Retry-After (there must be none: the answer comes back at once). */
const afterAbsurdWait = server.received.filter((request, i) => server.received.slice(0, i).some((earlier) => earlier.callId === request.callId && earlier.fault === "absurd-retry-after"));
const calledWithFault = (fault: Fault) => outcomes.filter((o) => o.faults.includes(fault)).length;
const summary = {
  seed,
  calls: outcomes.length,
  faultsInjected: server.faultsInjected,
  recovered,
  typedFailures: outcomes.filter((o) => o.result === "typed-error").length,
  untypedFailures: outcomes.filter((o) => o.result === "untyped-error"),
  hung: outcomes.filter((o) => o.result === "hung").map((o) => o.callId),
  duplicates,
  // Reads recover whenever they met at most MAX_RETRIES faults, none of them terminal by design.
  unrecoveredReads: outcomes.filter(
    (o) => o.kind !== "post" && o.kind !== "patch" && o.kind !== "abort" && o.faults.length <= MAX_RETRIES && !o.faults.some((f) => TERMINAL.has(f)) && o.result !== "data",
  ),
  // Third pass: a stray guest token (a business 200, a cart 503) is never kept, so never sent back;
  // an absurd Retry-After gives the answer back at once; a falsy abort reason is the call's rejection.
  strayGuestTokensSent: server.received.filter((request) => request.guestToken?.startsWith(STRAY_GUEST_TOKEN)).map((request) => `${request.callId} ${request.guestToken}`),
  absurdRetryAfterCalls: calledWithFault("absurd-retry-after"),
  retriedAfterAbsurdWait: afterAbsurdWait.map((request) => request.callId),
  strayGuestTokenCalls: calledWithFault("stray-guest-token"),
  falsyAborts: outcomes.filter((o) => o.kind === "abort").length,
  falsyAbortsMisreported: outcomes.filter((o) => o.kind === "abort" && o.result !== "data").map((o) => `${o.callId}: ${o.detail ?? o.result}`),
  reachedOtherOrigin: server.reachedElsewhere,
  warnings,
  // Writes go again only when refused unprocessed (429, a same-origin redirect); any other fault (but an
  // empty 2xx, which is a success) must end in a typed error.
  writesRetriedAfterArrival: outcomes
    .filter((o) => (o.kind === "post" || o.kind === "patch") && o.faults.length === 1 && !REFUSED.has(o.faults[0]!) && o.faults[0] !== "empty-2xx-chunked" && o.result === "data")
    .map((o) => `${o.callId} (${o.faults[0]})`),
  requestsReceived: server.received.length,
};
console.log(JSON.stringify(summary));
console.error(
  `chaos: seed ${seed}, calls ${summary.calls}, faults injected ${summary.faultsInjected}, recovered ${recovered}, typed failures ${summary.typedFailures}, ` +
    `${duplicates.length} duplicates, ${summary.hung.length} hangs; ` +
    `absurd Retry-After: ${summary.absurdRetryAfterCalls} calls, ${summary.retriedAfterAbsurdWait.length} retried; ` +
    `stray guest tokens: ${summary.strayGuestTokenCalls} 503s and every business 200, ${summary.strayGuestTokensSent.length} kept; ` +
    `falsy abort reasons: ${summary.falsyAborts} calls, ${summary.falsyAbortsMisreported.length} misreported`,
);
await server.close();
