/** The packed tarball through publint and Are the Types Wrong?: any message at all fails. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { expect, inject, it } from "vitest";
import { root } from "./support/consumer.ts";
import { run } from "./support/run.ts";

const consumer = inject("consumer");

it("publint (strict) reports nothing, not even a suggestion", async () => {
  const tarball = readFileSync(consumer.tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
    strict: true,
  });
  expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
});

it("attw finds no problem in any resolution mode (node10, node16 CJS and ESM, bundler)", async () => {
  // The same analysis as `attw --pack`, on the tarball the other consumer tests install.
  const attw = join(root, "node_modules", ".bin", "attw");
  const result = await run(attw, [consumer.tarball, "--format", "json"], { cwd: root });
  const report = JSON.parse(result.stdout) as { problems: object; analysis: { problems: unknown[]; entrypoints: object } };
  expect(report.problems).toEqual({});
  expect(report.analysis.problems).toEqual([]);
  expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([".", "./package.json", "./storefront"]);
  expect(result.code).toBe(0);
});
