/**
 * What the build writes beside Astro's pages: preview images and feeds, and valid pages for
 * the old addresses kept as redirects. In a build, the pages route lists the images and feeds
 * (`previewImages().prepare`, `extraFiles().add`), and they are written here when Astro is
 * done. In `astro dev`, routes serve each one on request.
 */
import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DRAWN_TEXT_FILE, type DrawnText } from "./drawn-text.ts";
import { redirectPage } from "./redirect-page.ts";

/** Shared with `./og/images.ts` and `./extra-files.ts`: the same objects, in Astro's bundle. */
const IMAGES = Symbol.for("fuites-tiers-payant.preview-images");
const FILES = Symbol.for("fuites-tiers-payant.extra-files");
const DRAWN = Symbol.for("fuites-tiers-payant.drawn-text");
/** Shared with `./exposure-image/png.ts`. */
const EXPOSURE_PNGS = Symbol.for("fuites-tiers-payant.exposure-pngs");

interface Shared {
  [IMAGES]?: { writeTo(outDir: string): Promise<number> };
  [FILES]?: { writeTo(outDir: string): number };
  [DRAWN]?: DrawnText;
  [EXPOSURE_PNGS]?: { forgetUnused(): number };
}

export interface BuildOutputsOptions {
  /** Old address → new address, from the permalink registry. */
  redirects: Readonly<Record<string, string>>;
  /** The public address (SITE_URL). */
  site: string;
}

export function buildOutputsIntegration({ redirects, site }: BuildOutputsOptions): AstroIntegration {
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
        // Only once every route ran: each image route marks the cached PNG it used.
        shared[EXPOSURE_PNGS]?.forgetUnused();
        // For \`npm run build:publish\`, which checks the text of the images too.
        const drawnFile = process.env[DRAWN_TEXT_FILE];
        if (drawnFile) logger.info(`text of ${shared[DRAWN]?.writeTo(drawnFile) ?? 0} images recorded`);
        // Astro's own redirect pages are not valid HTML (no <html>, \`content="0;url=…"\`).
        for (const [from, to] of Object.entries(redirects)) {
          writeFileSync(join(outDir, from, "index.html"), redirectPage(from, to, site));
        }
      },
    },
  };
}
