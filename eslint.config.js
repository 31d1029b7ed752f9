// @ts-check
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

/** Node's built-in modules, which code that runs in the browser must not import. */
const NODE_MODULES = ["node:*", "fs", "path", "os", "crypto", "child_process", "url", "zlib"];

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".dist-staging-*/",
      ".dist-retired-*/",
      ".astro/",
      ".cache/",
      ".cache-staging-*/",
      ".cache-retired-*/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "tests/bench/results/",
      "tests/bench/.tools/",
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // Unused names are type errors already (tsconfig strictest); `_`-prefixed ones are deliberate.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Boundary 1: the content collections are read in one place, the site model's loader, so
  // that no page scans the whole site again (README, "Project map"). The content config
  // declares the collections and is the only other importer.
  {
    files: ["**/*.ts", "**/*.astro", "**/*.mjs", "**/*.js"],
    // The benchmark's throwaway comparison projects are other sites with their own rules.
    ignores: [
      "src/lib/site/load.ts",
      "src/content.config.ts",
      "tests/bench/astro-plain/**",
      "tests/bench/starlight/**",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "astro:content",
              message: "Read the site model (src/lib/site/load.ts) instead of the collections.",
            },
          ],
        },
      ],
    },
  },
  // Boundary 2: search logic and browser scripts run in the reader's browser: nothing from
  // Node, Astro or the build-time parts of src/lib (types are erased, so they may be shared).
  {
    files: ["src/lib/search/**", "src/client/**", "src/lib/facts/exposure-union.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "astro:content", message: "Browser code cannot read the collections." }],
          patterns: [
            { group: NODE_MODULES, message: "Browser code cannot use Node's modules." },
            { group: ["astro", "astro/*", "astro:*"], message: "Browser code cannot import Astro." },
            {
              group: ["**/lib/content/**", "**/lib/site/**", "**/lib/outputs/**", "**/lib/markdown/**"],
              allowTypeImports: true,
              message: "Browser code may import only src/lib/search, src/lib/text and types.",
            },
          ],
        },
      ],
    },
  },
);
