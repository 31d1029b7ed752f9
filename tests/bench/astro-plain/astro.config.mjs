// @ts-check
/**
 * Astro with its built-in Markdown pipeline and default options: the baseline of
 * `npm run bench`. The bench copies this folder to a scratch folder, links the site's own
 * node_modules (same astro version) and writes the generated pages into `content/`.
 */
import { defineConfig } from "astro/config";

export default defineConfig({
  // Same URL shape as our site, so the output folders compare.
  trailingSlash: "always",
  build: { format: "directory" },
});
