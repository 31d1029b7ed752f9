import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "../../src/lib/text/placeholders.ts";

describe("fillPlaceholders", () => {
  it("writes what a reader typed as text, $ signs included", () => {
    expect(
      fillPlaceholders("{count} résultats pour « {query} ».", { count: "42", query: "viamedis $` $& $1 $$" }),
    ).toBe("42 résultats pour « viamedis $` $& $1 $$ ».");
  });

  it("fills every placeholder and leaves one without a value as written", () => {
    expect(fillPlaceholders("{a}, {a} et {b} ; {toString}", { a: "x" })).toBe("x, x et {b} ; {toString}");
  });
});
