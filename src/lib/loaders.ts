/**
 * Content Layer loaders for the top-level `content/` folder. Each loader names the file in
 * every error, renders Markdown with the site's own module, and mixes the renderer's version
 * into each entry's digest so Astro's cache never serves HTML from an older renderer.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import type { Lang } from "../i18n/index.ts";
import { ContentError, readYaml, splitFrontmatter } from "./content-files.ts";
import { renderMarkdown } from "./markdown.ts";
import { checkPages, type PageFacts } from "./page-checks.ts";
import { CONTENT_DIR, sourceNumbers } from "./vocabulary.ts";

/** Files whose change alters rendered HTML even when no content file changed. */
const RENDERER_FILES = [
  "src/lib/markdown.ts",
  "src/lib/markdown-citations.ts",
  "src/lib/typography.ts",
  "src/lib/slug.ts",
  "src/i18n/fr.ts",
  "src/i18n/en.ts",
  "content/sources.yaml",
  "package-lock.json",
];

let rendererVersion: string | undefined;
function currentRendererVersion(): string {
  if (!rendererVersion) {
    const hash = createHash("sha256");
    for (const file of RENDERER_FILES) hash.update(readFileSync(join(process.cwd(), file)));
    rendererVersion = hash.digest("hex");
  }
  return rendererVersion;
}

async function validate(
  context: LoaderContext,
  file: string,
  id: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  try {
    return await context.parseData({ id, data, filePath: relative(process.cwd(), file) });
  } catch (error) {
    throw new ContentError(file, error instanceof Error ? error.message : String(error));
  }
}

function asRecord(value: unknown, file: string, what: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ContentError(file, `expected ${what} to be a YAML mapping of fields`);
  }
  return value as Record<string, unknown>;
}

/** A YAML file holding a list of entries, each with an `id`. */
export function yamlListLoader(fileName: string): Loader {
  return {
    name: "yaml-list",
    async load(context) {
      const file = join(CONTENT_DIR, fileName);
      const list = readYaml(file);
      if (!Array.isArray(list)) throw new ContentError(file, "expected a YAML list of entries");
      context.store.clear();
      const seen = new Set<string>();
      for (const [index, raw] of list.entries()) {
        const entry = asRecord(raw, file, `entry ${index + 1}`);
        const id = String(entry["id"] ?? `#${index + 1}`);
        if (seen.has(id)) throw new ContentError(file, `duplicate id "${id}"`);
        seen.add(id);
        const data = await validate(context, file, id, entry);
        context.store.set({ id, data, digest: context.generateDigest(data) });
      }
    },
  };
}

/** A folder of YAML files, one entry per file, the file name being the id. */
export function yamlFolderLoader(folder: string): Loader {
  return {
    name: "yaml-folder",
    async load(context) {
      const dir = join(CONTENT_DIR, folder);
      context.store.clear();
      for (const name of readdirSync(dir)
        .filter((n) => n.endsWith(".yaml"))
        .sort()) {
        const file = join(dir, name);
        const id = name.replace(/\.yaml$/, "");
        const data = await validate(context, file, id, asRecord(readYaml(file), file, "the file"));
        context.store.set({ id, data, digest: context.generateDigest(data) });
      }
    },
  };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(dir, name))
    .sort();
}

/**
 * Markdown pages under `content/pages/<lang>/`. The id is the path without extension
 * (`fr/incidents/viamedis-2024`), from which the page's URL is derived.
 */
export function markdownPagesLoader(folder: string): Loader {
  return {
    name: "markdown-pages",
    async load(context) {
      const dir = join(CONTENT_DIR, folder);
      const numbers = sourceNumbers();
      const facts: PageFacts[] = [];
      context.store.clear();
      for (const file of markdownFiles(dir)) {
        const id = relative(dir, file).split(sep).join("/").replace(/\.md$/, "");
        const lang = id.split("/")[0];
        if (lang !== "fr" && lang !== "en") {
          throw new ContentError(file, `pages live under pages/fr/ or pages/en/, not "${lang}"`);
        }
        if (!/^[a-z]{2}(\/[a-z0-9]+(-[a-z0-9]+)*)+$/.test(id)) {
          throw new ContentError(
            file,
            "file and folder names must be lowercase ASCII words joined by hyphens",
          );
        }
        const { data: frontmatter, body } = splitFrontmatter(readFileSync(file, "utf8"), file);
        const data = await validate(context, file, id, asRecord(frontmatter, file, "the frontmatter"));
        // Summary and body share one env: heading ids stay unique across both, and the
        // page's citation list covers both.
        const env = { sourceNumbers: numbers };
        let summary, rendered;
        try {
          const summaryText = typeof data["summary"] === "string" ? data["summary"] : undefined;
          summary = summaryText ? renderMarkdown(summaryText, lang as Lang, env) : undefined;
          rendered = renderMarkdown(body, lang as Lang, env);
        } catch (error) {
          throw new ContentError(file, error instanceof Error ? error.message : String(error));
        }
        facts.push({
          file: relative(process.cwd(), file),
          id,
          lang,
          key: String(data["key"]),
          kind: String(data["kind"]),
          incident: data["incident"] as string | undefined,
          category: data["category"] as string | undefined,
          citations: rendered.citations,
          links: [...(summary?.links ?? []), ...rendered.links],
        });
        context.store.set({
          id,
          data,
          body,
          filePath: relative(process.cwd(), file),
          rendered: {
            html: rendered.html,
            metadata: {
              headings: [...(summary?.headings ?? []), ...rendered.headings],
              citations: rendered.citations,
              summaryHtml: summary?.html,
              sections: rendered.sections,
            },
          },
          digest: context.generateDigest({ body, data, renderer: currentRendererVersion() }),
        });
      }
      const problems = checkPages(facts);
      if (problems.length > 0) throw new Error(`Content problems:\n  ${problems.join("\n  ")}`);
    },
  };
}
