/**
 * Fault injection: the seeded chaos workload (chaos-workload.ts) runs in its own process so the test
 * can also prove it exits by itself (no leaked timers or sockets) and without unhandled rejections.
 * Fixed seed by default; CHAOS_SEED=random (or a number) on demand.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

function runWorkload(): Promise<{ code: number | null; stdout: string; stderr: string; exitAfterSummaryMs: number }> {
  return new Promise((done, fail) => {
    const child = spawn(resolve(root, "node_modules/.bin/tsx"), ["test/reliability/chaos-workload.ts"], { cwd: root, env: process.env });
    let stdout = "";
    let stderr = "";
    let summaryAt = 0;
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (!summaryAt && stdout.includes("\n")) summaryAt = Date.now();
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill("SIGKILL"), 110_000);
    child.on("error", fail);
    child.on("exit", (code) => {
      clearTimeout(killer);
      done({ code, stdout, stderr, exitAfterSummaryMs: summaryAt ? Date.now() - summaryAt : Infinity });
    });
  });
}

describe("chaos workload", () => {
  it("ends every call in data or a typed error, never writes twice, recovers reads, exits cleanly", async () => {
    const run = await runWorkload();
    const summaryLine = run.stderr.split("\n").find((line) => line.startsWith("chaos:"));
    if (summaryLine) console.log(summaryLine);
    expect(run.code, `workload process failed:\n${run.stderr}`).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split("\n").pop()!);
    expect(summary.calls).toBeGreaterThanOrEqual(1000);
    expect(summary.faultsInjected).toBeGreaterThan(300);
    expect(summary.hung).toEqual([]);
    expect(summary.untypedFailures).toEqual([]);
    expect(summary.duplicates).toEqual([]);
    expect(summary.writesRetriedAfterArrival).toEqual([]);
    expect(summary.unrecoveredReads).toEqual([]);
    expect(summary.reachedOtherOrigin).toEqual([]);
    expect(summary.warnings).toEqual([]);
    expect(summary.strayGuestTokensSent).toEqual([]);
    expect(summary.retriedAfterAbsurdWait).toEqual([]);
    expect(summary.falsyAbortsMisreported).toEqual([]);
    expect(summary.absurdRetryAfterCalls).toBeGreaterThan(0);
    expect(summary.strayGuestTokenCalls).toBeGreaterThan(0);
    expect(summary.falsyAborts).toBeGreaterThan(0);
    expect(summaryLine).toMatch(/\b0 duplicates, 0 hangs\b/);
    expect(summary.recovered).toBeGreaterThan(0);
    expect(summary.typedFailures).toBeGreaterThan(0);
    // It returned on its own: nothing (timer, socket) kept the event loop alive after the work was done.
    expect(run.exitAfterSummaryMs).toBeLessThan(10_000);
  }, 120_000);
});
