/**
 * Compares two built sites file by file: `npm run compare-dist -- <before> <after>`. Build
 * both with the same `SOURCE_DATE_EPOCH` (the build's clock) so dates cannot differ; then a
 * refactoring that changes nothing a reader sees leaves every file identical. Lists the files
 * only one side has and the files that differ; exits 1 if any.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

function filesUnder(root: string): Set<string> {
  return new Set(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name))),
  );
}

export interface FolderDifferences {
  /** How many files each side holds. */
  counts: { before: number; after: number };
  onlyBefore: string[];
  onlyAfter: string[];
  /** Files both sides hold whose bytes differ. */
  differing: string[];
}

export function compareFolders(before: string, after: string): FolderDifferences {
  const beforeFiles = filesUnder(before);
  const afterFiles = filesUnder(after);
  return {
    counts: { before: beforeFiles.size, after: afterFiles.size },
    onlyBefore: [...beforeFiles].filter((file) => !afterFiles.has(file)).sort(),
    onlyAfter: [...afterFiles].filter((file) => !beforeFiles.has(file)).sort(),
    differing: [...beforeFiles]
      .filter((file) => afterFiles.has(file))
      .filter((file) => !readFileSync(join(before, file)).equals(readFileSync(join(after, file))))
      .sort(),
  };
}

if (process.argv[1] === import.meta.filename) {
  const [before, after] = process.argv.slice(2);
  if (before === undefined || after === undefined) {
    console.error("usage: npm run compare-dist -- <before-dist> <after-dist>");
    process.exit(2);
  }
  const { counts, onlyBefore, onlyAfter, differing } = compareFolders(before, after);
  for (const file of onlyBefore) console.log(`only in ${before}: ${file}`);
  for (const file of onlyAfter) console.log(`only in ${after}: ${file}`);
  for (const file of differing) console.log(`differs: ${file}`);
  console.log(
    `${counts.before} files before, ${counts.after} after: ${differing.length} differ, ` +
      `${onlyBefore.length} only before, ${onlyAfter.length} only after`,
  );
  process.exit(onlyBefore.length + onlyAfter.length + differing.length === 0 ? 0 : 1);
}
