/**
 * Processes as Linux's /proc shows them, to prove a test leaves none behind: a process's children, its
 * whole subtree, and whether a pid still runs (an exited child its parent has not yet reaped is not
 * running). Other systems have no /proc: `processTableAvailable` says so and the checks are skipped there.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";

export const processTableAvailable = existsSync("/proc/self/stat");

/** The process's state letter (R, S, Z…), or undefined once it is gone. */
function stateOf(pid: number): string | undefined {
  try {
    // The command name is in parentheses and may hold spaces: the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
  } catch {
    return undefined;
  }
}

export const isRunning = (pid: number) => {
  const state = stateOf(pid);
  return state !== undefined && state !== "Z" && state !== "X";
};

export function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** Every running process below `pid`. */
export function descendantsOf(pid: number): number[] {
  return childrenOf(pid).flatMap((child) => [...(isRunning(child) ? [child] : []), ...descendantsOf(child)]);
}

/** "1234 node mock/cli.ts --port 4010" for a report. */
export function describeProcess(pid: number): string {
  try {
    return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim()}`;
  } catch {
    return `${pid} (gone)`;
  }
}

/** Running processes whose environment holds `name=value`. */
export function processesWithEnv(name: string, value: string): number[] {
  const marker = `${name}=${value}`;
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(marker) && isRunning(pid);
      } catch {
        return false;
      }
    });
}

/** Waits until none of `pids` runs, at most `timeoutMs`; returns those still running. */
export async function untilGone(pids: number[], timeoutMs = 5000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = pids.filter(isRunning);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    left = left.filter(isRunning);
  }
  return left;
}
