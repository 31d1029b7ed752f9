// @ts-check
import { defineConfig } from "astro/config";

/**
 * The public address used in canonical links, feeds and the sitemap comes from one setting:
 * SITE_URL at build time (README, "Configuration"). The default suits a local build.
 */
const site = process.env.SITE_URL ?? "http://127.0.0.1:4321";

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory" },
  server: { host: "127.0.0.1", port: 4321 },
  devToolbar: { enabled: false },
  // Astro's own Markdown pipeline is not used: content/ goes through src/lib/markdown.ts.
});
