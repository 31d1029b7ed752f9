/**
 * The exposure images' PNG cache (`src/lib/outputs/exposure-image/png.ts`): an SVG seen before
 * is not rasterised again, and the build hook forgets the images no route used.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const caches = mkdtempSync(join(tmpdir(), "exposure-pngs-"));
process.env["BUILD_CACHE_DIR"] = caches;
const { exposurePngs } = await import("../../src/lib/outputs/exposure-image/png.ts");
const folder = join(caches, "exposure-images");
const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="${fill}"/></svg>`;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

afterAll(() => rmSync(caches, { recursive: true, force: true }));

describe("exposure PNGs", () => {
  it("rasterises an SVG once, then reads the PNG from the cache", async () => {
    const first = await exposurePngs().png(svg("red"));
    expect([...first.slice(0, 4)]).toEqual(PNG_SIGNATURE);
    const [cached] = readdirSync(folder);
    expect(cached).toMatch(/^[0-9a-f]{32}\.png$/);
    // A cached file with other bytes is what comes back: proof that nothing was drawn again.
    writeFileSync(join(folder, cached ?? ""), "cached");
    expect(Buffer.from(await exposurePngs().png(svg("red"))).toString()).toBe("cached");
    expect(readdirSync(folder)).toHaveLength(1);
    const other = await exposurePngs().png(svg("blue"));
    expect([...other.slice(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it("forgets the cached images this build did not use", () => {
    writeFileSync(join(folder, "0123456789abcdef0123456789abcdef.png"), "from an older table");
    expect(exposurePngs().forgetUnused()).toBe(1);
    expect(existsSync(join(folder, "0123456789abcdef0123456789abcdef.png"))).toBe(false);
    expect(readdirSync(folder)).toHaveLength(2);
  });
});
