/**
 * The bundled spec holds exactly the in-scope operations of the route checklist (the documentation's
 * route list, seq 1-238, plus the operations the published v3 contract added, seq 239-379), each with the
 * checklist's method, path, operationId, tag and summary, and none of them is still a generated stub.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { specOperations } from "../support/spec.ts";

interface ChecklistRow {
  seq: number;
  method: string;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
}

function checklist(): { inScope: ChecklistRow[]; outOfScope: number[] } {
  const [header, ...lines] = readFileSync(resolve(import.meta.dirname, "../route-checklist.tsv"), "utf8").trimEnd().split("\n");
  const columns = header!.split("\t");
  const rows = lines.map((line) => Object.fromEntries(line.split("\t").map((cell, i) => [columns[i], cell])));
  return {
    inScope: rows
      .filter((r) => r.method !== "?")
      .map((r) => ({ seq: Number(r.seq), method: r.method!, path: r.path!, operationId: r.operation_id!, tag: r.tag!, summary: r.summary! })),
    outOfScope: rows.filter((r) => r.method === "?").map((r) => Number(r.seq)),
  };
}

const { inScope, outOfScope } = checklist();
const operations = new Map(specOperations().map((op) => [op.key, op.operation]));

describe("route checklist", () => {
  it("has the documented number of in-scope operations", () => {
    expect(inScope).toHaveLength(373);
    expect(outOfScope).toEqual([80, 215, 216, 217, 218, 219]);
  });

  it("the bundled spec has exactly the in-scope operations, no more", () => {
    const expected = inScope.map((r) => `${r.method} ${r.path}`).sort();
    expect([...operations.keys()].sort()).toEqual(expected);
  });

  it.each(inScope.map((r) => [`${r.seq} ${r.method} ${r.path}`, r] as const))("%s matches the checklist", (_, row) => {
    const op = operations.get(`${row.method} ${row.path}`)!;
    expect(op, "operation missing from the spec").toBeDefined();
    expect(op.operationId).toBe(row.operationId);
    expect(op.summary).toBe(row.summary);
    expect(op.tags).toEqual([row.tag]);
    expect(op["x-scalev-stub"], "still a stub: write it from the documentation").toBeUndefined();
    expect(op.security, "security must be explicit").toBeDefined();
  });

  it("the spec README lists every out-of-scope row with its reason", () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../../spec/README.md"), "utf8");
    for (const seq of outOfScope) expect(readme).toMatch(new RegExp(`^\\| ${seq} \\| .+ \\| .+ \\|$`, "m"));
  });
});
