// @ts-check
import sitemap from "@astrojs/sitemap";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { cachePath } from "./src/lib/build/cache-dir.ts";
import { buildOutputsIntegration } from "./src/lib/outputs/integration.ts";
import { sitemapAlternates } from "./src/lib/outputs/sitemap-alternates.ts";

/**
 * The public address used in canonical links, feeds and the sitemap comes from one setting:
 * SITE_URL at build time (README, "Configuration"). The default suits a local build.
 */
const site = process.env.SITE_URL ?? "http://127.0.0.1:4321";

/** Old URLs kept alive as redirects: the permalink registry is their single source. */
const { redirects } = JSON.parse(readFileSync(new URL("./content/permalinks.json", import.meta.url), "utf8"));

// The sitemap's hreflang pairs are read when the sitemap is written, once the content has been
// checked: read while the config loads, a broken page would fail the build as « Unable to load
// your Astro config » instead of with the loader's message naming the file and the field.
/** @type {ReturnType<typeof sitemapAlternates> | undefined} */
let alternates;
/** @param {string} url */
const alternatesOf = (url) =>
  (alternates ??= sitemapAlternates(fileURLToPath(new URL(".", import.meta.url)), site)).get(url);

export default defineConfig({
  // Caches live in .cache/ (content store, unchanged pages, preview images): a scratch copy of
  // the project, whose node_modules is a link, never shares them with the working tree. A
  // build works on a copy, promoted only when the whole build passed (src/lib/build/cache-dir.ts).
  cacheDir: cachePath("astro"),
  // Pages whose data and code did not change since the last build are copied from the cache
  // instead of rendered again; each page's cacheKey comes from its page model.
  experimental: { incrementalBuild: true },
  redirects,
  site,
  trailingSlash: "always",
  // The stylesheet (about 3 KB gzip) goes inside each page: a first visit needs no second
  // round trip before it can draw. The build puts its hash in the Content-Security-Policy
  // of dist/_headers. Scripts stay external files. Several pages are in flight at once:
  // rendering one overlaps writing others.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
  server: { host: "127.0.0.1", port: 4321 },
  devToolbar: { enabled: false },
  integrations: [
    buildOutputsIntegration({ redirects, site }),
    sitemap({
      filter: (page) => !page.includes("/404"),
      // Each page lists its translations (hreflang), paired by page key like the page heads.
      serialize(item) {
        const links = alternatesOf(item.url);
        return links ? { ...item, links } : item;
      },
    }),
  ],
  // resvg is a native module: load it from node_modules at build time instead of bundling it.
  vite: { ssr: { external: ["@resvg/resvg-js"] }, build: { assetsInlineLimit: 0 } },
  // Astro's own Markdown pipeline is not used: content/ goes through src/lib/markdown/render.ts.
});
