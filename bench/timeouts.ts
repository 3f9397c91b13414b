/**
 * What a timeout costs per attempt on each platform the client runs on: the same probe
 * (bench/timeout-probe.js) times a GET under each way of bounding an attempt, in interleaved rounds,
 * on Node, Bun, Deno, Vercel's edge runtime and headless Chromium, against one local server; and
 * which of AbortSignal.timeout() and AbortSignal.any() each platform has.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { EdgeRuntime } from "edge-runtime";
import { chromium } from "playwright-core";
import { bunBinary, denoCommand } from "../test/consumer/support/runtimes.ts";
import { orderServer } from "./order-server.ts";
import { estimate, fmt, fmtEstimate, markdownTable, pairedRatios, type Estimate } from "./stats.ts";

const probe = readFileSync(resolve(import.meta.dirname, "timeout-probe.js"), "utf8").replace(/^\/\/.*\n/gm, "");
const CHROMIUM = "/usr/bin/chromium";

interface ProbeResult {
  available: Record<string, boolean>;
  times: Record<string, number[]>;
}

const call = (url: string, rounds: number, slice: number) => `(${probe.trim()})(${JSON.stringify(url)}, ${rounds}, ${slice})`;

function runScript(command: string, args: string[]): Promise<ProbeResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done(JSON.parse(out.trim().split("\n").at(-1)!)) : fail(new Error(`${command} exited ${code}: ${err.slice(0, 500)}`))));
  });
}

const printed = (url: string, rounds: number, slice: number) => `${call(url, rounds, slice)}.then((result) => console.log(JSON.stringify(result)));`;

/** Each platform: how to run the probe there, or why it cannot run here. */
function platforms(url: string, rounds: number, slice: number): Record<string, () => Promise<ProbeResult>> {
  const bun = bunBinary();
  const deno = denoCommand();
  return {
    [`Node ${process.version}`]: () => runScript(process.execPath, ["-e", printed(url, rounds, slice)]),
    Bun: () => (bun.path ? runScript(bun.path, ["-e", printed(url, rounds, slice)]) : Promise.reject(new Error(bun.reason))),
    Deno: () => (deno.command ? runScript(deno.command[0]!, [...deno.command.slice(1), "eval", printed(url, rounds, slice)]) : Promise.reject(new Error(deno.reason))),
    "Vercel edge runtime (edge-runtime)": () => new EdgeRuntime().evaluate(call(url, rounds, slice)) as Promise<ProbeResult>,
    "Chromium (headless)": async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
      try {
        const page = await browser.newPage();
        await page.goto(url); // same origin as the API: no CORS preflight
        return (await page.evaluate(call(url, rounds, slice))) as ProbeResult;
      } finally {
        await browser.close();
      }
    },
  };
}

export interface TimeoutResult {
  markdown: string;
  /** Per platform: each strategy's time per request relative to no signal. */
  ratios: Record<string, Record<string, Estimate>>;
}

export async function timeoutCosts({ rounds = 150, slice = 8 } = {}): Promise<TimeoutResult> {
  const server = await orderServer();
  const url = `${server.url}/v3/orders/019e812d-7320-7a3c-9d4e-5a2b8c7d9e11`;
  const ratios: TimeoutResult["ratios"] = {};
  const sections: string[] = [];
  const availability: string[][] = [];
  try {
    for (const [platform, run] of Object.entries(platforms(url, rounds, slice))) {
      let result: ProbeResult;
      try {
        result = await run();
      } catch (error) {
        sections.push(`**${platform}**: not measured here (${(error as Error).message.split("\n")[0]}).`);
        continue;
      }
      availability.push([platform, ...["AbortSignal.timeout", "AbortSignal.any"].map((name) => (result.available[name] ? "yes" : "**no**"))]);
      const baseline = result.times["no signal (no timeout)"]!;
      ratios[platform] = {};
      const rows = Object.entries(result.times).map(([strategy, times]) => {
        const ratio = estimate(pairedRatios(times, baseline));
        ratios[platform]![strategy] = ratio;
        return [strategy, `${fmt(estimate(times).median, 1)} µs`, fmtEstimate(ratio)];
      });
      sections.push([`**${platform}**`, "", markdownTable(["how the attempt is bounded", "median per request", "× no signal [95 %]"], rows)].join("\n"));
    }
  } finally {
    await server.close();
  }
  const markdown = [
    `The same probe (bench/timeout-probe.js) on each platform: ${rounds} rounds of ${slice} sequential GETs of the ~4 KB order per strategy, rotated every round, against one local server; ratios paired per round, median and 95 % interval. Every strategy reads the body and parses it.`,
    "",
    markdownTable(["platform", "AbortSignal.timeout()", "AbortSignal.any()"], availability),
    "",
    sections.join("\n\n"),
    "",
    "How to read it, and what the client does. Every way to bound an attempt that can also *stop* it passes a signal to fetch, and that is most of the cost wherever fetch is undici (Node, the edge runtime): undici follows any signal it is given with a listener, a weak reference and a finalizer, whatever made the signal. A timer racing the fetch without a signal stops the wait but not the request: a stalled server keeps the connection until undici's own 300 s limits, so it is no timeout for the client's purposes. `AbortSignal.timeout()` costs about what an AbortController and a timer cost here (less on some runtimes, more on others: the table), but its timer is not `setTimeout`, so a test that fakes timers cannot make a call time out, and it cannot be cleared when the attempt ends. `AbortSignal.any()` is missing from the edge runtime and costs more than one listener on Node. The client therefore keeps one AbortController and one `setTimeout` per attempt on every platform, joined to the caller's signal by a listener only when there is one; the per-request section compares it with bare openapi-fetch given the same signal.",
  ].join("\n");
  return { markdown, ratios };
}
