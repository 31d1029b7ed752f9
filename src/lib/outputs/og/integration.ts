/**
 * Preview images in the build and in `astro dev`. In a build, the pages list their images
 * (`previewImages().prepare`), which are drawn while the HTML renders and linked into the
 * output when Astro is done. In dev, a route draws each image when it is asked for.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

const SHARED = Symbol.for("fuites-tiers-payant.preview-images");

export function previewImagesIntegration(): AstroIntegration {
  return {
    name: "preview-images",
    hooks: {
      "astro:config:setup": ({ command, injectRoute }) => {
        if (command === "dev") {
          injectRoute({ pattern: "/og/[...path].png", entrypoint: "./src/lib/outputs/og/dev-route.ts" });
        }
      },
      "astro:build:done": async ({ dir, logger }) => {
        const images = (globalThis as { [SHARED]?: { writeTo(outDir: string): Promise<number> } })[SHARED];
        if (!images) throw new Error("no preview image was listed: the pages route did not run");
        const count = await images.writeTo(fileURLToPath(dir));
        logger.info(`${count} preview images in og/`);
      },
    },
  };
}
