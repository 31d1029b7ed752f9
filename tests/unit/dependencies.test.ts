/**
 * Dependency hygiene that can be checked offline: every dependency is pinned to an exact
 * version, the lockfile records them, and `npm run audit` exists for the registry check
 * (which needs the registry's advisory endpoint, so it is not part of the offline tests).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string }>;
};

describe("dependencies", () => {
  const all = { ...pkg.dependencies, ...pkg.devDependencies };

  it("are pinned to exact versions", () => {
    expect(Object.entries(all).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version))).toEqual([]);
  });

  it("are recorded at those versions in the lockfile", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const mismatched = Object.entries(all).filter(
      ([name, version]) => lock.packages[`node_modules/${name}`]?.version !== version,
    );
    expect(mismatched).toEqual([]);
  });

  it("can be audited with `npm run audit` at high severity", () => {
    expect(pkg.scripts["audit"]).toBe("npm audit --audit-level=high");
  });
});
