/**
 * Per-request cost, side by side: GET and POST on the client as built and on bare openapi-fetch
 * (with and without the same timeout signal), and walks over cursor pages with paginate() and with
 * loops written by hand, against one local keep-alive server in a process of its own (bench/order-server.ts).
 *
 * Built to resolve a percent or two on a shared machine: many short rounds, in each of which every
 * contender runs one slice (a few requests) in an order rotated from round to round, so contenders
 * share the machine's state; a ratio is taken within each round (paired), and the result is the
 * median over the rounds with its 95 % confidence interval.
 */
import { paginationContenders, requestContenders, type Call, type Contender } from "./contenders.ts";
import { orderServerProcess } from "./order-server.ts";
import { estimate, fmt, fmtEstimate, markdownTable, pairedRatios, type Estimate } from "./stats.ts";

/** Wall time in µs per call of `calls` calls, `concurrency` at a time. */
export async function timeCalls(call: Call, calls: number, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < calls) await call();
    }),
  );
  return ((performance.now() - start) * 1000) / calls;
}

interface Mode {
  /** Calls per contender per round. */
  slice: number;
  concurrency: number;
}

/** µs per call of each contender in each round (see the module comment). */
export async function pairedRounds(calls: Record<string, Call>, { slice, concurrency }: Mode, rounds: number): Promise<Record<string, number[]>> {
  const names = Object.keys(calls);
  for (const name of names) await timeCalls(calls[name]!, Math.max(1_500, 40 * slice), concurrency); // warm-up: JIT tiers, sockets, caches
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      times[name]!.push(await timeCalls(calls[name]!, slice, concurrency));
    }
  }
  return times;
}

const SEQUENTIAL: Mode = { slice: 8, concurrency: 1 };
const CONCURRENT: Mode = { slice: 32, concurrency: 16 };
const PAGES = 10;
/** A derived series: the client's time per call less, round by round, what the timeout signal costs bare openapi-fetch. */
export const WITHOUT_SIGNAL_COST = "scalev client less its timeout signal's cost";

export interface OverheadResult {
  markdown: string;
  /** Paired ratios by name, e.g. "GET sequential: scalev client / openapi-fetch (bare) + timeout signal". */
  ratios: Record<string, Estimate>;
}

export async function requestOverhead({ rounds = 400 } = {}): Promise<OverheadResult> {
  const server = await orderServerProcess();
  const { GET, POST, PATCH } = await requestContenders(server.url);
  const pages = await paginationContenders(server.url, PAGES);
  const ratios: Record<string, Estimate> = {};
  const sections: string[] = [];
  const calls = (contenders: Record<string, Contender>) => Object.fromEntries(Object.entries(contenders).map(([name, c]) => [name, c.call]));

  /** `derive` adds series computed from the measured ones within each round (compared like them). */
  const compare = async (label: string, contenders: Record<string, Contender>, mode: Mode, pairs: [string, string][], unit: string, derive?: (times: Record<string, number[]>) => Record<string, number[]>) => {
    const measured = await pairedRounds(calls(contenders), mode, rounds);
    const times = { ...measured, ...derive?.(measured) };
    const rows = Object.keys(contenders).map((name) => [name, `${fmt(estimate(times[name]!).median, 1)} ${unit}`]);
    const ratioRows = pairs.map(([a, b]) => {
      const ratio = estimate(pairedRatios(times[a]!, times[b]!));
      ratios[`${label}: ${a} / ${b}`] = ratio;
      return [`${a} / ${b}`, fmtEstimate(ratio)];
    });
    sections.push(
      [
        `**${label}** (${rounds} rounds of ${mode.slice} ${mode.concurrency > 1 ? `calls, ${mode.concurrency} at a time` : "sequential calls"} per contender)`,
        "",
        markdownTable(["contender", `median time per ${unit === "µs" ? "call" : "walk"}`], rows),
        "",
        markdownTable(["ratio (paired per round)", "median [95 % interval]"], ratioRows),
      ].join("\n"),
    );
  };

  const scalev = "scalev client";
  const bare = "openapi-fetch (bare)";
  const bareSignal = "openapi-fetch (bare) + timeout signal";
  const requestPairs: [string, string][] = [
    [scalev, bareSignal],
    [scalev, bare],
    [bareSignal, bare],
  ];
  // The most leaving out the timeout could save: the client's time less what the signal costs bare openapi-fetch in the same round.
  const writePairs: [string, string][] = [...requestPairs, [WITHOUT_SIGNAL_COST, bare]];
  const withoutSignalCost = (times: Record<string, number[]>) => ({
    [WITHOUT_SIGNAL_COST]: times[scalev]!.map((t, round) => t - (times[bareSignal]![round]! - times[bare]![round]!)),
  });
  for (const [name, mode] of [["sequential", SEQUENTIAL], ["16 concurrent", CONCURRENT]] as const) {
    await compare(`GET ${name}`, GET, mode, requestPairs, "µs");
    await compare(`POST ${name}`, POST, mode, writePairs, "µs", withoutSignalCost);
    await compare(`PATCH ${name}`, PATCH, mode, writePairs, "µs", withoutSignalCost);
  }
  const paginate = "paginate() on the scalev client";
  await compare(`${PAGES}-page walk`, pages, { slice: 1, concurrency: 1 }, [
    [paginate, "hand-written loop on the scalev client"],
    [paginate, "hand-written loop on bare openapi-fetch + timeout signal"],
  ], "µs per walk");
  await server.close();

  const what = (group: string, contenders: Record<string, Contender>) =>
    [`${group}:`, "", ...Object.entries(contenders).map(([name, c]) => `- **${name}**: ${c.does}.`), ""].join("\n");
  const markdown = [
    `A ~4 KB order (GET /v3/orders/{id}), a POST /v3/orders and a PATCH /v3/orders/{id} with a JSON body, answered with the order, and ${PAGES}-page walks of GET /v3/orders (25 short orders a page), over keep-alive loopback HTTP to a server in another process. Every contender runs one slice per round, in an order rotated every round; ratios are taken within a round, and each is the median over the rounds with its 95 % confidence interval.`,
    "",
    what("What each GET contender does", GET),
    what("POST", POST),
    what("PATCH", PATCH),
    what("Page walks", pages),
    `For POST and PATCH, **${WITHOUT_SIGNAL_COST}** is computed, not run: the client's time per call in a round less what the timeout signal added to bare openapi-fetch in that round (bare + signal minus bare). It bounds what leaving out the default timeout could give.`,
    "",
    sections.join("\n\n"),
  ].join("\n");
  return { markdown, ratios };
}
