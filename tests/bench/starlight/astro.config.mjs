// @ts-check
/**
 * Starlight with default options except two, for a like-for-like comparison with our site:
 * French as the only language, and a short fixed sidebar. Starlight's default sidebar lists
 * every page on every page, which makes a 1,000-page build write a million links; our header
 * navigation is a handful of links too.
 */
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";

export default defineConfig({
  integrations: [
    starlight({
      title: "Fuites tiers payant",
      defaultLocale: "root",
      locales: { root: { label: "Français", lang: "fr" } },
      sidebar: [{ label: "Accueil", link: "/" }],
    }),
  ],
});
