import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { ensureMockBuilt } from "./mock-process.ts";
import { describeProcess, processesWithEnv, processTableAvailable, untilGone } from "./processes.ts";

/** Every process the run starts inherits this variable (workers, mocks, Prism, their children). */
export const RUN_MARKER = "SCALEV_TEST_RUN";

const isVitestWorker = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("/vitest/");
  } catch {
    return false;
  }
};

/**
 * Builds the mock package the mock tests run (mock/dist), and proves the run leaves no process behind:
 * it marks the environment every test process inherits, and at the end (after the other global
 * setups have stopped their servers) fails the run if a marked process still runs, naming it.
 */
export default function setup() {
  ensureMockBuilt();
  const run = randomUUID();
  process.env[RUN_MARKER] = run;
  return async () => {
    if (!processTableAvailable) return console.log("Leftover-process check skipped: no /proc on this system.");
    const marked = processesWithEnv(RUN_MARKER, run).filter((pid) => pid !== process.pid && !isVitestWorker(pid));
    const left = await untilGone(marked, 5000);
    if (left.length === 0) return console.log("No process left behind by the tests.");
    console.error(`Processes left behind by the tests (now killed):\n  ${left.map(describeProcess).join("\n  ")}`);
    for (const pid of left) process.kill(pid, "SIGKILL");
    process.exitCode = 1;
  };
}
