/**
 * Files the build writes beside the pages without Astro rendering each one as a route: the
 * incident feeds, one per incident. Astro spends a few milliseconds on every route it
 * renders, which at 10,000 incidents is most of a minute; writing the same files at the end
 * of the build costs a tenth of a millisecond each. The pages route lists them (it has the
 * site model); the build hook writes them (it knows the output folder), through a
 * process-wide symbol, as for the preview images.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export class ExtraFiles {
  #files = new Map<string, () => string>();

  /** Lists a file, `path` relative to the site root; its content is made when written. */
  add(path: string, content: () => string): void {
    this.#files.set(path, content);
  }

  writeTo(outDir: string): number {
    const made = new Set<string>();
    for (const [path, content] of this.#files) {
      const target = join(outDir, path);
      const folder = dirname(target);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(target, content());
    }
    return this.#files.size;
  }
}

const SHARED = Symbol.for("fuites-tiers-payant.extra-files");

export function extraFiles(): ExtraFiles {
  const holder = globalThis as { [SHARED]?: ExtraFiles };
  return (holder[SHARED] ??= new ExtraFiles());
}
