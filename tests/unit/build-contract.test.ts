/**
 * The build's promises, on a scratch copy of the project: the public address comes from
 * SITE_URL; a lost permalink fails the build, naming it; a failed build leaves the previous
 * dist/ and the caches of the last good build (.cache/) untouched.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchProject, type RunResult, type ScratchProject } from "../support/scratch-project.ts";

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
    statSync(join(dir, f)).isFile(),
  );
  return new Map(files.map((file) => [file, readFileSync(join(dir, file), "base64")]));
}

describe("the build", () => {
  let project: ScratchProject;
  let first: RunResult;
  let second: RunResult;
  let before: Map<string, string>;
  let cacheBefore: Map<string, string>;

  beforeAll(() => {
    project = createScratchProject();
    first = project.build({ SITE_URL: "https://example.org" });
    before = snapshot(join(project.dir, "dist"));
    cacheBefore = snapshot(join(project.dir, ".cache"));
    // An editor renames a heading: its published anchor would disappear.
    project.edit(
      "content/pages/fr/incidents/viamedis-2024.md",
      "## Comment l'attaque s'est produite",
      "## Le déroulé de l'attaque",
    );
    second = project.build({ SITE_URL: "https://example.org" });
  }, 240_000);
  afterAll(() => project.remove());

  it("succeeds on the real content", () => {
    expect(first.status, first.output).toBe(0);
  });

  it("takes the public address from SITE_URL for canonical links, previews, feeds and robots.txt", () => {
    const page = project.read("dist/incidents/viamedis-2024/index.html");
    expect(page).toContain('<link rel="canonical" href="https://example.org/incidents/viamedis-2024/">');
    expect(page).toContain('content="https://example.org/og/incidents/viamedis-2024.png"');
    expect(project.read("dist/mises-a-jour/atom.xml")).toContain(
      "<id>https://example.org/mises-a-jour/atom.xml</id>",
    );
    expect(project.read("dist/robots.txt")).toContain("Sitemap: https://example.org/sitemap-index.xml");
    expect(project.read("dist/api/v1/incidents.json")).toContain('"site": "https://example.org/"');
  });

  it("fails when a published anchor disappears, naming the URL and the anchor", () => {
    expect(second.status).not.toBe(0);
    expect(second.output).toContain("/incidents/viamedis-2024/#comment-lattaque-sest-produite is gone");
  });

  it("leaves the previous dist/ byte for byte when it fails", () => {
    expect(snapshot(join(project.dir, "dist"))).toEqual(before);
    expect(readdirSync(project.dir).filter((name) => name.startsWith(".dist-"))).toEqual([]);
  });

  it("keeps what it rendered out of the caches when it fails: the next build starts from the last good one", () => {
    const cacheAfter = snapshot(join(project.dir, ".cache"));
    expect(cacheBefore.size).toBeGreaterThan(0);
    const changed = [...new Set([...cacheBefore.keys(), ...cacheAfter.keys()])].filter(
      (file) => cacheBefore.get(file) !== cacheAfter.get(file),
    );
    expect(changed).toEqual([]);
    expect(readdirSync(project.dir).filter((name) => name.startsWith(".cache-"))).toEqual([]);
  });
});
