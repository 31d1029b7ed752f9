/**
 * What the build writes beside Astro's pages: preview images and feeds. In a build, the
 * pages route lists them (`previewImages().prepare`, `extraFiles().add`), and they are
 * written here when Astro is done. In `astro dev`, routes serve each one on request.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

/** Shared with `./og/images.ts` and `./extra-files.ts`: the same objects, in Astro's bundle. */
const IMAGES = Symbol.for("fuites-tiers-payant.preview-images");
const FILES = Symbol.for("fuites-tiers-payant.extra-files");

interface Shared {
  [IMAGES]?: { writeTo(outDir: string): Promise<number> };
  [FILES]?: { writeTo(outDir: string): number };
}

export function buildOutputsIntegration(): AstroIntegration {
  return {
    name: "build-outputs",
    hooks: {
      "astro:config:setup": ({ command, injectRoute }) => {
        if (command === "dev") {
          injectRoute({ pattern: "/og/[...path].png", entrypoint: "./src/lib/outputs/og/dev-route.ts" });
          injectRoute({ pattern: "/[...path]/atom.xml", entrypoint: "./src/lib/outputs/feed-route.ts" });
        }
      },
      "astro:build:done": async ({ dir, logger }) => {
        const shared = globalThis as Shared;
        const images = shared[IMAGES];
        const files = shared[FILES];
        if (!images || !files) throw new Error("no image or feed was listed: the pages route did not run");
        const outDir = fileURLToPath(dir);
        logger.info(`${await images.writeTo(outDir)} preview images, ${files.writeTo(outDir)} feeds`);
      },
    },
  };
}
