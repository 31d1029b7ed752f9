// @ts-check
/** A plain `glob()` loader and no schema: Astro reads and renders the Markdown itself. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

// Named like our collection, so the page template type-checks in the site's project too.
export const collections = {
  pages: defineCollection({ loader: glob({ pattern: "**/*.md", base: "./content" }) }),
};
