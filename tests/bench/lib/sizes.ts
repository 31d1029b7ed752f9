/** Size on disk of a build output: total bytes, number of files, and of HTML pages among them. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function folderSize(dir: string): { bytes: number; files: number; htmlFiles: number } {
  let bytes = 0;
  let files = 0;
  let htmlFiles = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
      if (name.endsWith(".html")) htmlFiles += 1;
    }
  }
  return { bytes, files, htmlFiles };
}
