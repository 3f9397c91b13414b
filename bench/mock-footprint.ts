/**
 * The mock's footprint (issue 22): the `scalev-mock` command as the package ships it (mock/dist/cli.js,
 * its defaults: stateful storefront, offline pictures, a log line per request) side by side with bare
 * `prism mock` (the prism-cli this repository installs, its defaults) on the same spec file, in one run.
 *
 * Each round starts both, one after the other in an order that alternates from round to round, and for
 * each measures: start to first 200 (spawn to the first 200 on GET /v3/orders, polled every 10 ms);
 * throughput over 10,000 requests (a business, a storefront and a customer route in turn, 8 at a time,
 * over keep-alive connections); the server's CPU time per request over those requests; and its RSS
 * after them (every process of its tree). Ratios are paired within a round (mock / bare Prism) and
 * summarised over the rounds: the median and a 95 % interval of the median. Both write their log to
 * /dev/null. Run alone: `npx tsx bench/mock-footprint.ts` (MOCK_BENCH_ROUNDS, MOCK_BENCH_REQUESTS).
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { join, resolve } from "node:path";
import { freePort } from "../test/support/free-port.ts";
import { fmt, markdownTable, medianInterval, summarize } from "./stats.ts";

const root = resolve(import.meta.dirname, "..");
const SPEC = join(root, "generated", "openapi.json");
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
/** The same three routes for both: what a storefront, a customer area and a back office call. */
const ROUTES: [string, Record<string, string>][] = [
  ["/v3/orders", { Authorization: "Bearer sk_bench_0000000000" }],
  [`/v3/stores/${STORE}/public/items`, { "X-Scalev-Storefront-Api-Key": "sfpk_bench_0000000000" }],
  [`/v3/stores/${STORE}/customers/me`, { Authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.YmVuY2g" }],
];

type Contender = "scalev-mock" | "prism mock";
const CONTENDERS: Record<Contender, (port: number) => string[]> = {
  "scalev-mock": (port) => [join(root, "mock", "dist", "cli.js"), "--port", String(port), "--host", "127.0.0.1", "--spec", SPEC],
  "prism mock": (port) => [join(root, "node_modules", "@stoplight", "prism-cli", "dist", "index.js"), "mock", SPEC, "-p", String(port), "-h", "127.0.0.1"],
};

interface Sample {
  firstOkMs: number;
  requestsPerSecond: number;
  cpuMsPerRequest: number;
  rssMiB: number;
}

const CLOCK_TICKS = 100;
/** User + system CPU time of a process, in ms (/proc/<pid>/stat fields 14 and 15, in clock ticks). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** RSS of a process and every process below it, in MiB. */
function treeRssMiB(pid: number): number {
  const rss = (/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? "0") as string;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return Number(rss) / 1024 + children.reduce((sum, child) => sum + treeRssMiB(child), 0);
}

function get(agent: Agent, port: number, [path, headers]: [string, Record<string, string>]): Promise<number> {
  return new Promise((done, fail) => {
    const sent = request({ host: "127.0.0.1", port, path, headers, agent }, (answer) => {
      answer.resume();
      answer.on("end", () => done(answer.statusCode!));
    });
    sent.on("error", fail);
    sent.end();
  });
}

async function measure(contender: Contender, requests: number, concurrency: number): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, CONTENDERS[contender](port), { cwd: root, stdio: "ignore" });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const probe = new Agent({ keepAlive: false });
  try {
    let firstOkMs: number | undefined;
    while (firstOkMs === undefined) {
      if (child.exitCode !== null) throw new Error(`${contender} exited before it answered`);
      if (performance.now() - started > 120_000) throw new Error(`${contender} did not answer within 120 s`);
      const status = await get(probe, port, ROUTES[0]!).catch(() => 0);
      if (status === 200) firstOkMs = performance.now() - started;
      else await new Promise((r) => setTimeout(r, 10));
    }
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const cpuBefore = cpuMs(child.pid!);
    const loadStart = performance.now();
    let next = 0;
    let failures = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const route = ROUTES[next++ % ROUTES.length]!;
          if ((await get(agent, port, route)) !== 200) failures++;
        }
      }),
    );
    const seconds = (performance.now() - loadStart) / 1000;
    const cpu = cpuMs(child.pid!) - cpuBefore;
    agent.destroy();
    if (failures > 0) throw new Error(`${contender}: ${failures} of ${requests} requests did not answer 200`);
    return { firstOkMs, requestsPerSecond: requests / seconds, cpuMsPerRequest: cpu / requests, rssMiB: treeRssMiB(child.pid!) };
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

export interface FootprintResult {
  markdown: string;
  /** Rows for the report's table of targets: what, target, measured, verdict. */
  targets: string[][];
}

export async function mockFootprint({
  rounds = Number(process.env.MOCK_BENCH_ROUNDS ?? 5),
  requests = Number(process.env.MOCK_BENCH_REQUESTS ?? 10_000),
  concurrency = 8,
} = {}): Promise<FootprintResult> {
  execFileSync("npm", ["run", "--silent", "build", "-w", "scalev-v3-mock"], { cwd: root, stdio: "ignore" });
  const samples: Record<Contender, Sample[]> = { "scalev-mock": [], "prism mock": [] };
  for (let round = 0; round < rounds; round++) {
    const order: Contender[] = round % 2 === 0 ? ["scalev-mock", "prism mock"] : ["prism mock", "scalev-mock"];
    for (const contender of order) {
      samples[contender].push(await measure(contender, requests, concurrency));
      process.stderr.write(`bench: mock footprint, round ${round + 1}/${rounds}, ${contender} done\n`);
    }
  }

  const metrics: { key: keyof Sample; label: string; unit: string; digits: number; target: string; met: (ratio: number) => boolean }[] = [
    { key: "rssMiB", label: `RSS after ${requests.toLocaleString("en")} requests`, unit: " MiB", digits: 0, target: "≤ 1.3×", met: (r) => r <= 1.3 },
    { key: "firstOkMs", label: "start to first 200", unit: " ms", digits: 0, target: "≤ 1.1×", met: (r) => r <= 1.1 },
    { key: "requestsPerSecond", label: "throughput", unit: " req/s", digits: 0, target: "≥ 0.95×", met: (r) => r >= 0.95 },
    { key: "cpuMsPerRequest", label: "CPU time per request", unit: " ms", digits: 2, target: "", met: () => true },
  ];
  const rows: string[][] = [];
  const targets: string[][] = [];
  for (const metric of metrics) {
    const mine = samples["scalev-mock"].map((s) => s[metric.key]);
    const bare = samples["prism mock"].map((s) => s[metric.key]);
    const ratios = mine.map((value, i) => value / bare[i]!);
    const ratio = summarize(ratios).median;
    const { low, high } = medianInterval(ratios);
    const measured = `${fmt(ratio)}× [${fmt(low)}–${fmt(high)}]`;
    rows.push([metric.label, `${fmt(summarize(mine).median, metric.digits)}${metric.unit}`, `${fmt(summarize(bare).median, metric.digits)}${metric.unit}`, measured, metric.target || "—"]);
    if (metric.target) targets.push([`mock vs bare prism mock: ${metric.label}`, metric.target, measured, metric.met(ratio) ? "met" : "**not met**"]);
  }
  const perRound = Array.from({ length: rounds }, (_, i) => {
    const [m, p] = [samples["scalev-mock"][i]!, samples["prism mock"][i]!];
    return [String(i + 1), `${fmt(m.rssMiB, 0)} / ${fmt(p.rssMiB, 0)}`, `${fmt(m.firstOkMs, 0)} / ${fmt(p.firstOkMs, 0)}`, `${fmt(m.requestsPerSecond, 0)} / ${fmt(p.requestsPerSecond, 0)}`, `${fmt(m.cpuMsPerRequest, 2)} / ${fmt(p.cpuMsPerRequest, 2)}`];
  });
  const markdown = `${rounds} rounds; in each, \`scalev-mock\` (mock/dist/cli.js, its defaults: stateful storefront, offline pictures, a log line per request) and bare \`prism mock\` (prism-cli, its defaults) start on the same spec (generated/openapi.json), in an order that alternates from round to round, and each gets ${requests.toLocaleString("en")} requests, ${concurrency} at a time over keep-alive connections: GET /v3/orders, GET /public/items and GET /customers/me in turn. Medians over the rounds; ratios are mock / bare Prism, paired within a round, with a 95 % interval of their median in brackets. RSS covers every process of each command's tree (one process each).

${markdownTable(["measure", "scalev-mock", "bare prism mock", "ratio [95 % interval]", "target"], rows)}

Per round (scalev-mock / bare prism mock):

${markdownTable(["round", "RSS MiB", "first 200 ms", "req/s", "CPU ms/request"], perRound)}

Prism's HTTP mocking runs inside the mock's own process as a library (the \`@stoplight/prism-http\` that \`prism mock\` runs behind its server), so there is no proxy hop and no second process; the mock does not load the CLI's argument parser, file watcher or pretty logger, and logs one line per request where the CLI logs several.`;
  return { markdown, targets };
}

if (process.argv[1] === import.meta.filename) {
  const result = await mockFootprint();
  console.log(`${markdownTable(["what", "target", "measured", "verdict"], result.targets)}\n\n${result.markdown}`);
}
