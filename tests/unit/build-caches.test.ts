import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeAbandonedCopies } from "../../scripts/build-caches.ts";

const roots: string[] = [];
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), "build-caches-"));
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function folderWithFiles(path: string): string {
  mkdirSync(join(path, "nested"), { recursive: true });
  writeFileSync(join(path, "index.html"), "<!doctype html>");
  writeFileSync(join(path, "nested", "page.html"), "<!doctype html>");
  return path;
}

/** A process id that is no longer running: that of a process that has ended. */
const endedPid = spawnSync(process.execPath, ["-e", ""]).pid;

describe("the working copies a stopped build leaves behind", () => {
  it("are deleted by the next build once their build is gone, and only then", () => {
    const root = scratch();
    for (const kind of ["dist-staging", "dist-retired", "cache-staging", "cache-retired"]) {
      folderWithFiles(join(root, `.${kind}-${endedPid}`));
      folderWithFiles(join(root, `.${kind}-${process.pid}`));
    }
    folderWithFiles(join(root, "dist"));
    folderWithFiles(join(root, ".dist-retired-notapid"));

    removeAbandonedCopies(root);

    expect(readdirSync(root).sort()).toEqual([
      `.cache-retired-${process.pid}`,
      `.cache-staging-${process.pid}`,
      `.dist-retired-${process.pid}`,
      ".dist-retired-notapid",
      `.dist-staging-${process.pid}`,
      "dist",
    ]);
  });
});
