/**
 * The figures the docs quote (package size and file count, import costs, operation counts, Node and
 * TypeScript versions) match the packed package installed in the consumer and the spec: `make docs-figures`
 * rewrites them.
 */
import { join } from "node:path";
import { expect, inject, it } from "vitest";
import { applyFigures, measureFigures } from "../../scripts/docs/figures.ts";

const consumer = inject("consumer");

it("every marked figure in the docs is current (else run `make docs-figures`)", async () => {
  const entry = join(consumer.dir, "node_modules", "scalev-v3-client", "dist", "index.js");
  const figures = await measureFigures({ ...consumer.packed, entry });
  console.log(`docs figures: ${Object.entries(figures).map(([name, value]) => `${name} ${value}`).join("; ")}`);
  const stale = applyFigures(figures, { write: false });
  expect(stale.map(({ file, name, written, measured }) => `${file}: figure:${name} says "${written}", measured "${measured}"`)).toEqual([]);
});
