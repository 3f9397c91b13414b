/**
 * `make bench`: runs every benchmark side by side in one run, prints the report and writes
 * bench/RESULTS.md. Not part of the test suite; nothing here is a pass/fail threshold for tests.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem, platform, release } from "node:os";
import { resolve } from "node:path";
import { bundleSize } from "./bundle-size.ts";
import { codegenTime } from "./codegen.ts";
import { paginationScale } from "./pagination-scale.ts";
import { rateLimitThroughput } from "./rate-limit.ts";
import { requestOverhead } from "./request-overhead.ts";
import { markdownTable } from "./stats.ts";
import { typecheckCost } from "./typecheck.ts";

const started = Date.now();
const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
  process.stderr.write(`bench: ${name}…\n`);
  return run();
};

const overhead = await step("per-request overhead", () => requestOverhead());
const bundle = await step("bundle size", () => bundleSize());
const typecheck = await step("type-check cost", () => typecheckCost());
const codegen = await step("codegen time", () => codegenTime());
const pagination = await step("pagination at scale", () => paginationScale());
const rateLimit = await step("rate-limit-bound throughput", () => rateLimitThroughput());

const seq = (name: string) => overhead.perRequest[`sequential: ${name}`]!.median;
const conc = (name: string) => overhead.perRequest[`16 concurrent: ${name}`]!.median;
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");
const targets = [
  ["client vs bare openapi-fetch (sequential / 16 concurrent)", "≤ 1.05×", `${(seq("scalev client") / seq("openapi-fetch (bare)")).toFixed(3)}× / ${(conc("scalev client") / conc("openapi-fetch (bare)")).toFixed(3)}×`, verdict(seq("scalev client") / seq("openapi-fetch (bare)") <= 1.05 && conc("scalev client") / conc("openapi-fetch (bare)") <= 1.05)],
  ["client vs raw fetch (sequential / 16 concurrent)", "≤ 1.15×", `${(seq("scalev client") / seq("raw fetch")).toFixed(3)}× / ${(conc("scalev client") / conc("raw fetch")).toFixed(3)}×`, verdict(seq("scalev client") / seq("raw fetch") <= 1.15 && conc("scalev client") / conc("raw fetch") <= 1.15)],
  ["bundle: this package's runtime + openapi-fetch, gzipped", "≤ 5 KB", `${(bundle.scalevGzip / 1024).toFixed(2)} KB`, verdict(bundle.scalevGzip <= 5 * 1024)],
  ["type-check time vs bare openapi-fetch fixture", "≤ 1.5×", `${typecheck.timeRatio.median.toFixed(2)}×`, verdict(typecheck.timeRatio.median <= 1.5)],
  ["codegen: lint + bundle + types", "≤ 5 s", `${codegen.total.median.toFixed(2)} s`, verdict(codegen.total.median <= 5)],
  ["pagination memory, 100k vs 10k items streamed", "flat (≈ 1×)", `${pagination.flatRatio.toFixed(2)}×`, verdict(pagination.flatRatio <= 1.2)],
  ["rate-limited throughput vs best possible; 429s reaching the caller", "≥ 0.90×; 0", `${rateLimit.efficiency.toFixed(2)}×; ${rateLimit.callerErrors}`, verdict(rateLimit.efficiency >= 0.9 && rateLimit.callerErrors === 0)],
];

/** Why a target can be missed: the analysis behind the numbers, printed only for targets not met. */
const WHY_NOT_MET: Record<string, string> = {
  "client vs bare openapi-fetch (sequential / 16 concurrent)":
    "5 % of a ~170 µs loopback request is ~8 µs; the client adds ~30–45 µs spread over many small costs, none above ~8 %: reading the body inside the attempt (so the timeout covers it and a truncated or invalid 2xx JSON body becomes a typed, retryable error instead of a raw SyntaxError), openapi-fetch's middleware machinery (credentials per route, the request remembered for unwrap's errors), the per-attempt timer and abort signal, rate-limit and guest-token headers, the throttle's accounting, and the garbage all of that makes. Removing the body read or the middleware each saved only 5–8 % in experiments and would drop documented behaviour. Against a real API (tens of ms per request) the difference is well under 1 %.",
  "client vs raw fetch (sequential / 16 concurrent)":
    "Bare openapi-fetch alone is already about 1.15–1.25× raw fetch (see the table below: its own middleware pipeline, serialisers and Response handling), so a client built on openapi-fetch has little or nothing of the 1.15× budget left; see the row above for what the client adds on top.",
  "bundle: this package's runtime + openapi-fetch, gzipped":
    "openapi-fetch alone is 2.8 KB of the 5 KB budget, leaving ~2.2 KB for this package; its runtime is ~6 KB gzipped (~16 KB minified) because it carries the documented features: retries with backoff and Retry-After/X-Ratelimit-Reset, per-attempt timeouts that cover the body, typed and redacted errors, proactive throttling and rate-limit state, credentials per route from the generated route table, guest-token capture, path and option validation, and pagination. Minified code is already tight (messages were shortened); reaching 5 KB would mean dropping about two thirds of those features or splitting them into separate entry points.",
};

const cpu = cpus();
const report = `# Benchmark results

Generated by \`make bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}. Total bench time ${((Date.now() - started) / 1000).toFixed(0)} s.
Every figure is measured in this one run, side by side with its baseline; ratios compare medians or paired runs.

## Targets

${markdownTable(["what", "target", "measured", "verdict"], targets)}

${targets.some((t) => t[3] !== "met") ? `### Targets not met, and why\n\n${targets.filter((t) => t[3] !== "met").map((t) => `- **${t[0]}**: ${WHY_NOT_MET[t[0] as string] ?? "see the section below."}`).join("\n")}\n` : ""}
## 1. Per-request overhead

${overhead.markdown}

## 2. Bundle size

${bundle.markdown}

## 3. Type-check cost

${typecheck.markdown}

## 4. Codegen

${codegen.markdown}

## 5. Pagination at scale

${pagination.markdown}

## 6. Rate-limit-bound throughput

${rateLimit.markdown}
`;
writeFileSync(resolve(import.meta.dirname, "RESULTS.md"), report);
process.stdout.write(report);
