/**
 * The build's clock: `SOURCE_DATE_EPOCH` fixes it, so two builds can be compared byte for
 * byte; a value that is not whole seconds is refused rather than read as some other date.
 */
import { describe, expect, it } from "vitest";
import { buildTimeFrom } from "../../src/lib/build/clock.ts";

describe("the build's clock", () => {
  it("is the time SOURCE_DATE_EPOCH gives, in seconds since 1970", () => {
    expect(buildTimeFrom("1796515200").toISOString()).toBe("2026-12-06T00:00:00.000Z");
  });

  it("is now when SOURCE_DATE_EPOCH is unset or empty", () => {
    for (const unset of [undefined, ""]) {
      const before = Date.now();
      const time = buildTimeFrom(unset).getTime();
      expect(time).toBeGreaterThanOrEqual(before);
      expect(time).toBeLessThanOrEqual(Date.now());
    }
  });

  it("refuses a value that is not whole seconds, naming it", () => {
    for (const wrong of ["2026-12-06", "1796515200.5", "-1"]) {
      expect(() => buildTimeFrom(wrong)).toThrow(`not "${wrong}"`);
    }
  });
});
