import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { freePort } from "./free-port.ts";

const root = resolve(import.meta.dirname, "../..");

export interface RunningPrism {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `prism mock` on the bundled spec on a free loopback port and waits until it answers.
 * `--errors` turns request violations (and responses that break their schema) into error responses.
 */
export async function startPrism(extraArgs: string[] = []): Promise<RunningPrism> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    resolve(root, "node_modules/.bin/prism"),
    ["mock", resolve(root, "generated/openapi.json"), "-h", "127.0.0.1", "-p", String(port), "--errors", ...extraArgs],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`prism exited early:\n${output}`);
    try {
      await fetch(`${url}/__prism_ready_probe__`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`prism did not start within 60 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
}
