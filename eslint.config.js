// @ts-check
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

/** Node's built-in modules, which code that runs in the browser must not import. */
const NODE_MODULES = ["node:*", "fs", "path", "os", "crypto", "child_process", "url", "zlib"];

/**
 * The layers of the README's project map: the content loaders, then the site and page models,
 * then the templates and the outputs, which both read the models and never each other. Each
 * imports only from the layers before it and from the shared folders (schemas, i18n, text,
 * facts, markdown…); the routes (src/pages/) tie them together. A rule of its own
 * (`no-restricted-imports`, not the typescript-eslint one the boundaries below use), so that it
 * adds to those boundaries instead of replacing their options: ESLint keeps one set of
 * options per rule and file.
 * @typedef {"site" | "templates" | "outputs"} Layer
 * @type {{ name: string; files: string[]; after: Layer[] }[]}
 */
const LAYERS = [
  {
    name: "The content loaders",
    files: ["src/lib/content/**"],
    after: ["site", "templates", "outputs"],
  },
  { name: "The site and page models", files: ["src/lib/site/**"], after: ["templates", "outputs"] },
  {
    name: "The templates",
    files: ["src/templates/**", "src/components/**", "src/layouts/**"],
    after: ["outputs"],
  },
  { name: "The outputs", files: ["src/lib/outputs/**"], after: ["templates"] },
];
/**
 * What each layer's folder looks like in an import: patterns match the import as written,
 * so they name the folder with as many `../` as the files that import it need.
 * @type {Record<"content" | Layer, string[]>}
 */
const LAYER_IMPORTS = {
  content: ["**/lib/content/**", "../content/**"],
  site: ["**/lib/site/**", "../site/**", "../../site/**"],
  templates: ["**/templates/**", "**/components/**", "**/layouts/**"],
  outputs: ["**/lib/outputs/**", "../outputs/**", "../../outputs/**"],
};
/** @type {Record<Layer, string>} */
const LAYER_NAMES = { site: "the site and page models", templates: "the templates", outputs: "the outputs" };
/** The shared folders below every layer: they import none of them. */
const FOUNDATIONS = [
  "src/lib/text/**",
  "src/lib/facts/**",
  "src/lib/markdown/**",
  "src/lib/letters/**",
  "src/lib/scam-check/**",
  "src/lib/build/**",
  "src/lib/workers/**",
  "src/i18n/**",
  "src/schemas/**",
];

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
              // As written from src/client/ and from src/lib/search/ alike.
              group: [
                ...LAYER_IMPORTS.content,
                ...LAYER_IMPORTS.site,
                ...LAYER_IMPORTS.outputs,
                "**/lib/markdown/**",
                "../markdown/**",
              ],
              allowTypeImports: true,
              message: "Browser code may import only src/lib/search, src/lib/text and types.",
            },
          ],
        },
      ],
    },
  },
  // Boundary 3: imports go one way, down the layers of the README's "Project map"; what two
  // layers share lives in the lower one.
  ...LAYERS.map((layer) => ({
    files: layer.files,
    /** @type {import("eslint").Linter.RulesRecord} */
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: layer.after.map((folder) => ({
            group: LAYER_IMPORTS[folder],
            message: `${layer.name} do not import ${LAYER_NAMES[folder]} (README, "Project map"): move what both need down.`,
          })),
        },
      ],
    },
  })),
  {
    files: FOUNDATIONS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: Object.values(LAYER_IMPORTS).flat(),
              message:
                'Shared code comes before every layer (README, "Project map"): it imports none of them.',
            },
          ],
        },
      ],
    },
  },
);
