/**
 * Content Layer loaders for the top-level `content/` folder. Each loader names the file in
 * every error and renders Markdown with the site's own module.
 *
 * Astro keeps the store between builds. An entry whose digest (its file's text, the
 * renderer's version and the ids it may refer to) has not changed is kept as it is, so a
 * rebuild after editing one page validates and renders one page. In `astro dev` the loaders
 * watch their files and load again on any change.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { isLang, type Lang } from "../../i18n/langs.ts";
import { codeFiles, codeHash } from "../build/source-files.ts";
import { typeset } from "../text/typography.ts";
import { ContentError, parseYaml, readContentFile } from "./files.ts";
import { checkPages, glossaryTermProblems, type PageFacts } from "./page-checks.ts";
import { markdownFiles, pageIdOf } from "./page-files.ts";
import type { PageRenderInput, PageRenderOutput, RenderedMetadata } from "./page-render.ts";
import { pageRenderer } from "./page-workers.ts";
import { forgetRenderedPagesExcept, hasRenderedPage } from "./rendered-pages.ts";
import {
  CONTENT_DIR,
  knownCategoryIds,
  knownIncidentIds,
  knownSourceIds,
  refreshVocabulary,
  sourceNumbers,
} from "./vocabulary.ts";

/** The entries of the code that turns content files into entries. */
const RENDERER = ["src/content.config.ts", "src/lib/content/page-worker.ts"];

/**
 * The code that turns content files into entries: every file the content config (loaders,
 * schemas, Markdown module, typography, UI strings) and the page-rendering worker reach
 * through their imports, and the packages. A change to any of them alters entries or
 * rendered HTML even when no content file changed.
 */
export function rendererFiles(): string[] {
  return codeFiles(...RENDERER);
}

/**
 * The renderer's files and the vocabularies: when one changes, every entry is checked and
 * rendered again (a new source shifts citation numbers; a removed incident invalidates
 * references to it).
 */
function environmentVersion(): string {
  refreshVocabulary();
  const hash = codeHash(...RENDERER);
  for (const ids of [knownSourceIds(), knownCategoryIds(), knownIncidentIds()]) {
    hash.update([...ids].join("\n"));
    hash.update("\0");
  }
  return hash.digest("hex");
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

/** Loads again whenever a file under `path` changes (dev server only). */
function reloadOnChange(context: LoaderContext, path: string, load: () => Promise<void>): void {
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(path);
  let running = Promise.resolve();
  watcher.on("all", (_event, changed) => {
    if (!changed.startsWith(path)) return;
    running = running.then(load).catch((error: unknown) => {
      context.logger.error(error instanceof Error ? error.message : String(error));
    });
  });
}

/** Drops entries whose file is gone. */
function removeOthers(context: LoaderContext, kept: ReadonlySet<string>): void {
  for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
}

/** A YAML file holding a list of entries, each with an `id`. */
export function yamlListLoader(fileName: string): Loader {
  return {
    name: "yaml-list",
    async load(context) {
      const file = join(CONTENT_DIR, fileName);
      const run = async () => {
        const text = readContentFile(file);
        const digest = context.generateDigest(`${environmentVersion()}\n${text}`);
        // One file: unchanged text means unchanged entries.
        if (context.meta.get("digest") === digest && context.store.keys().length > 0) return;
        const list = parseYaml(text, file);
        if (!Array.isArray(list)) throw new ContentError(file, "expected a YAML list of entries");
        // Entries are stored in file order, which numbers the sources: start afresh.
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
        context.meta.set("digest", digest);
      };
      await run();
      reloadOnChange(context, file, run);
    },
  };
}

/** A YAML file holding one structured document, stored as the single entry `id`. */
export function yamlDocumentLoader(fileName: string, id: string): Loader {
  return {
    name: "yaml-document",
    async load(context) {
      const file = join(CONTENT_DIR, fileName);
      const run = async () => {
        const text = readContentFile(file);
        const digest = context.generateDigest(`${environmentVersion()}\n${text}`);
        if (context.store.get(id)?.digest === digest) return;
        const data = await validate(context, file, id, asRecord(parseYaml(text, file), file, "the file"));
        context.store.clear();
        context.store.set({ id, data, digest });
      };
      await run();
      reloadOnChange(context, file, run);
    },
  };
}

/** A folder of YAML files, one entry per file, the file name being the id. */
export function yamlFolderLoader(folder: string): Loader {
  return {
    name: "yaml-folder",
    async load(context) {
      const dir = join(CONTENT_DIR, folder);
      const run = async () => {
        const environment = environmentVersion();
        const seen = new Set<string>();
        for (const name of readdirSync(dir)
          .filter((n) => n.endsWith(".yaml"))
          .sort()) {
          const file = join(dir, name);
          const id = name.replace(/\.yaml$/, "");
          seen.add(id);
          const text = readContentFile(file);
          const digest = context.generateDigest(`${environment}\n${text}`);
          if (context.store.get(id)?.digest === digest) continue;
          const data = await validate(context, file, id, asRecord(parseYaml(text, file), file, "the file"));
          context.store.set({ id, data, digest });
        }
        removeOthers(context, seen);
      };
      await run();
      reloadOnChange(context, dir, run);
    },
  };
}

function checkPageId(id: string, file: string): Lang {
  const lang = id.split("/")[0] ?? "";
  if (!isLang(lang)) throw new ContentError(file, `pages live under pages/fr/ or pages/en/, not "${lang}"`);
  if (!/^[a-z]{2}(\/[a-z0-9]+(-[a-z0-9]+)*)+$/.test(id)) {
    throw new ContentError(file, "file and folder names must be lowercase ASCII words joined by hyphens");
  }
  return lang;
}

/** Title, description and change notes in the typography of the page's language, as its body. */
function typesetFrontmatter(lang: Lang, data: Record<string, unknown>): Record<string, unknown> {
  const text = (value: unknown) => (typeof value === "string" ? typeset(lang, value) : value);
  const changes = Array.isArray(data["changes"])
    ? (data["changes"] as Record<string, unknown>[]).map((change) => ({ ...change, summary: text(change["summary"]) }))
    : data["changes"];
  return { ...data, title: text(data["title"]), description: text(data["description"]), changes };
}

type DataEntry = NonNullable<ReturnType<LoaderContext["store"]["get"]>>;

/** A page entry from its rendering: the frontmatter checked, then the Markdown's problems. */
async function pageEntry(
  context: LoaderContext,
  id: string,
  input: PageRenderInput,
  output: PageRenderOutput,
): Promise<DataEntry> {
  const { file, lang, digest } = input;
  if ("frontmatterProblem" in output) throw new ContentError(file, output.frontmatterProblem);
  const data = typesetFrontmatter(
    lang,
    await validate(context, file, id, asRecord(output.frontmatter, file, "the frontmatter")),
  );
  if ("renderProblem" in output) throw new ContentError(file, output.renderProblem);
  const [termProblem] = glossaryTermProblems(String(data["kind"]), output.metadata.headings);
  if (termProblem) throw new ContentError(file, termProblem);
  return {
    id,
    data,
    filePath: relative(process.cwd(), file),
    rendered: { html: "", metadata: output.metadata as unknown as Record<string, unknown> },
    digest,
  };
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
      const run = async () => {
        const environment = environmentVersion();
        const facts: PageFacts[] = [];
        const seen = new Set<string>();
        const pages = markdownFiles(dir).map((file) => {
          const id = pageIdOf(dir, file);
          const text = readContentFile(file);
          const digest = context.generateDigest(`${environment}\n${text}`);
          const stored = context.store.get(id);
          const unchanged = stored?.digest === digest && hasRenderedPage(digest) ? stored : undefined;
          let lang: Lang | undefined;
          let misplaced: unknown;
          try {
            lang = checkPageId(id, file);
          } catch (error) {
            misplaced = error;
          }
          return { id, unchanged, misplaced, input: lang ? { file, lang, text, digest } : undefined };
        });
        // Every changed page is handed out at once; entries are checked in file order, so the
        // first problem reported is the same whichever thread finishes first.
        const changed = pages.flatMap((page) => (page.unchanged || !page.input ? [] : [page.input]));
        const render = pageRenderer(changed.length, sourceNumbers());
        const outputs = new Map(
          changed.map((input) => {
            const output = render.run(input);
            // Pages after the first problem are never awaited; closing the pool rejects them.
            output.catch(() => undefined);
            return [input, output] as const;
          }),
        );
        try {
          for (const { id, unchanged, misplaced, input } of pages) {
            seen.add(id);
            if (!input) throw misplaced;
            const entry = unchanged ?? (await pageEntry(context, id, input, await outputs.get(input)!));
            if (entry !== unchanged) context.store.set(entry);
            const metadata = entry.rendered?.metadata as unknown as RenderedMetadata;
            facts.push({
              file: relative(process.cwd(), input.file),
              id,
              lang: input.lang,
              key: String(entry.data["key"]),
              kind: String(entry.data["kind"]),
              incident: entry.data["incident"] as string | undefined,
              category: entry.data["category"] as string | undefined,
              citations: metadata.citations,
              links: metadata.links,
              factBlocks: metadata.factBlocks,
            });
          }
        } finally {
          await render.close();
        }
        removeOthers(context, seen);
        forgetRenderedPagesExcept(new Set(context.store.values().map((entry) => String(entry.digest))));
        const problems = checkPages(facts, knownCategoryIds());
        if (problems.length > 0) throw new Error(`Content problems:\n  ${problems.join("\n  ")}`);
      };
      await run();
      reloadOnChange(context, dir, run);
    },
  };
}
