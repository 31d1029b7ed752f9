/**
 * The costly part of loading one Markdown page, which needs no Astro: its frontmatter read
 * as YAML, its summary and body rendered, the HTML kept on disk. It runs on worker threads
 * when many pages changed (`./page-workers.ts`), in the loader's thread otherwise. Problems
 * come back as text, for the loader to report in the order an editor expects: the file's
 * frontmatter, then its fields, then its Markdown.
 */
import type { Lang } from "../../i18n/langs.ts";
import type { FactBlock } from "../markdown/fact-blocks.ts";
import { renderMarkdown, type Heading } from "../markdown/render.ts";
import { ContentError, splitFrontmatter } from "./files.ts";
import { writeRenderedPage } from "./rendered-pages.ts";

/**
 * What a page entry keeps in Astro's store: what the site model and the page checks need of
 * every page. Its HTML is kept on disk (`./rendered-pages.ts`).
 */
export interface RenderedMetadata {
  headings: Heading[];
  citations: string[];
  links: string[];
  /** The summary's and body's `::facts` blocks, filled by the page model. */
  factBlocks: FactBlock[];
}

export interface PageRenderInput {
  file: string;
  lang: Lang;
  text: string;
  /** Names the rendered HTML on disk. */
  digest: string;
}

export type PageRenderOutput =
  | { frontmatterProblem: string }
  | { frontmatter: unknown; renderProblem: string }
  | { frontmatter: unknown; metadata: RenderedMetadata };

export function renderPage(
  { file, lang, text, digest }: PageRenderInput,
  sourceNumbers: ReadonlyMap<string, number>,
): PageRenderOutput {
  let split: ReturnType<typeof splitFrontmatter>;
  try {
    split = splitFrontmatter(text, file);
  } catch (error) {
    if (error instanceof ContentError) return { frontmatterProblem: error.problem };
    throw error;
  }
  const frontmatter = split.data;
  const summaryText =
    frontmatter !== null && typeof frontmatter === "object" && "summary" in frontmatter
      ? frontmatter.summary
      : undefined;
  // Summary and body share one env: heading ids stay unique across both, and the page's
  // citation list covers both.
  const env = { sourceNumbers };
  try {
    const summary = typeof summaryText === "string" ? renderMarkdown(summaryText, lang, env) : undefined;
    const rendered = renderMarkdown(split.body, lang, env);
    writeRenderedPage(digest, { html: rendered.html, summaryHtml: summary?.html });
    return {
      frontmatter,
      metadata: {
        headings: [...(summary?.headings ?? []), ...rendered.headings],
        citations: rendered.citations,
        links: [...(summary?.links ?? []), ...rendered.links],
        factBlocks: [...(summary?.factBlocks ?? []), ...rendered.factBlocks],
      },
    };
  } catch (error) {
    return { frontmatter, renderProblem: error instanceof Error ? error.message : String(error) };
  }
}
