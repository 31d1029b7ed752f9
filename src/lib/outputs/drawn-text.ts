/**
 * The text the build draws into images (preview images, exposure tables): drawn as shapes,
 * no scan of the files can read it back. The routes that list the images record it here; when
 * the build sets DRAWN_TEXT_FILE, the build hook writes it there (`./integration.ts`) for
 * `npm run build:publish` to check (no local address, no empty setting). Shared through a
 * process-wide symbol, like the images themselves.
 */
import { writeFileSync } from "node:fs";

export class DrawnText {
  #texts = new Map<string, string[]>();

  /** `path`: the image's address in the site, e.g. `/og/incidents/viamedis-2024.png`. */
  add(path: string, texts: readonly string[]): void {
    this.#texts.set(path, [...texts]);
  }

  /** Writes `{ path: texts }` as JSON. */
  writeTo(file: string): number {
    writeFileSync(file, JSON.stringify(Object.fromEntries(this.#texts)));
    return this.#texts.size;
  }
}

const SHARED = Symbol.for("fuites-tiers-payant.drawn-text");

export function drawnText(): DrawnText {
  const holder = globalThis as { [SHARED]?: DrawnText };
  return (holder[SHARED] ??= new DrawnText());
}

/** The variable naming the file the build hook writes the drawn text to. */
export const DRAWN_TEXT_FILE = "DRAWN_TEXT_FILE";
