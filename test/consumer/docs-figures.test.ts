/**
 * The figures the docs quote (package size and file count, import costs, operation counts, Node
 * versions) match what the built package and the spec measure now: `make docs-figures` rewrites them.
 */
import { expect, it } from "vitest";
import { applyFigures, measureFigures } from "../../scripts/docs/figures.ts";

it("every marked figure in the docs is current (else run `make docs-figures`)", async () => {
  const figures = await measureFigures();
  console.log(`docs figures: ${Object.entries(figures).map(([name, value]) => `${name} ${value}`).join("; ")}`);
  const stale = applyFigures(figures, { write: false });
  expect(stale.map(({ file, name, written, measured }) => `${file}: figure:${name} says "${written}", measured "${measured}"`)).toEqual([]);
});
