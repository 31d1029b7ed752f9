/**
 * The one place markdown-it is configured. Every Markdown file of the site goes through
 * `renderMarkdown`; raw HTML is never passed through: it is recognised only to be refused.
 */
import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";
import anchor from "markdown-it-anchor";
import attrs from "markdown-it-attrs";
import container from "markdown-it-container";
import footnote from "markdown-it-footnote";
import { t, type Lang } from "../../i18n/index.ts";
import { citationPlugin, type CitationEnv } from "./citations.ts";
import { factBlocksOf, factBlocksPlugin, type FactBlock } from "./fact-blocks.ts";
import { slugify } from "../text/slug.ts";
import { phoneLinks } from "./phone-links.ts";
import { QUOTES, frenchSpacing, holdHyphenatedWords, typeset } from "../text/typography.ts";

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** Source ids cited with `[@id]`, in order of first citation. */
  citations: string[];
  /** Internal link targets, checked against the site's pages by the loader. */
  links: string[];
  /** `::facts` blocks, which the page model fills from the incident facts. */
  factBlocks: FactBlock[];
}

const CALLOUTS = ["note", "warning", "tip"] as const;

function headingText(inline: Token | undefined): string {
  // Children, not `content`, so that a `{#custom-id}` attribute is not part of the text.
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("")
    .trim();
}

/** Site-internal link targets (`/que-faire/#x`), for the loader's link check. */
function internalLinksOf(tokens: Token[]): string[] {
  return tokens
    .flatMap((token) => token.children ?? [])
    .filter((token) => token.type === "link_open")
    .map((token) => String(token.attrGet("href") ?? ""))
    .filter((href) => href.startsWith("/"));
}

/** Marks the text of headings, which the `text` rule below renders with held hyphens. */
function headingTextRule(state: StateCore): void {
  state.tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    for (const child of state.tokens[index + 1]?.children ?? []) {
      if (child.type === "text") child.meta = { ...child.meta, heldHyphens: true };
    }
  });
}

function frenchSpacingRule(state: StateCore): void {
  for (const block of state.tokens) {
    for (const child of block.children ?? []) {
      if (child.type === "text") child.content = frenchSpacing(child.content);
    }
  }
}

/**
 * Raw HTML is refused, not silently escaped: an author who typed `<script>` or `<div>`
 * expected it to do something, and must learn it does not. The parser recognises HTML only
 * so that this check can find it; no HTML token ever reaches the renderer.
 */
function refuseRawHtml(tokens: Token[]): void {
  for (const token of tokens) {
    const html =
      token.type === "html_block" ? token : token.children?.find((child) => child.type === "html_inline");
    if (html) {
      throw new Error(
        `raw HTML is not allowed in Markdown: ${JSON.stringify(html.content.trim().slice(0, 60))}`,
      );
    }
  }
}

/**
 * Images come from the site itself: one from another site is a request the reader did not
 * ask for (a tracker can hide in a pixel), and the Content-Security-Policy, which allows only
 * the site's own images, would show it broken anyway.
 */
function refuseExternalImages(tokens: Token[]): void {
  for (const token of tokens.flatMap((block) => block.children ?? [])) {
    if (token.type !== "image") continue;
    const src = String(token.attrGet("src") ?? "");
    if (new URL(src, "https://site.invalid/page/").origin !== "https://site.invalid") {
      throw new Error(
        `image from another site ${JSON.stringify(src)}: put the image in public/ and write its address as /…`,
      );
    }
  }
}

function createRenderer(lang: Lang): MarkdownIt {
  const md = markdownIt({ html: true, linkify: false, typographer: true, quotes: QUOTES[lang] });
  // markdown-it already refuses javascript:, vbscript:, file: and most data: addresses; make
  // the refusal an error instead of a silently dropped link.
  const isSafe = md.validateLink.bind(md);
  md.validateLink = (url: string) => {
    if (!isSafe(url))
      throw new Error(`unsafe link address ${JSON.stringify(url)} (javascript:, data:, file: are refused)`);
    return true;
  };

  // Only `id` may be set from Markdown (`## Titre {#mon-id}`): any other attribute could
  // smuggle in event handlers or styles.
  md.use(attrs, { allowedAttributes: ["id"] });
  md.use(anchor, {
    level: [2, 3, 4],
    slugify,
    getTokensText: (tokens: Token[]) => headingText({ children: tokens } as Token),
    uniqueSlugStartIndex: 1,
    failOnNonUnique: true,
    tabIndex: false,
    // Without JavaScript, each heading is still a link to its own anchor.
    permalink: anchor.permalink.headerLink({ class: "heading-link" }),
  });
  md.use(footnote);
  md.use(citationPlugin);
  md.use(phoneLinks);
  md.use(factBlocksPlugin);

  for (const kind of CALLOUTS) {
    md.use(container, kind, {
      render(tokens: Token[], index: number) {
        const token = tokens[index];
        if (token?.nesting !== 1) return "</div>\n";
        const written = token.info.trim().slice(kind.length).trim();
        const title = written ? typeset(lang, written) : t(lang, `callout.${kind}`);
        return `<div class="callout callout-${kind}" role="note"><p class="callout-title">${md.utils.escapeHtml(title)}</p>\n`;
      },
    });
  }

  if (lang === "fr") md.core.ruler.after("smartquotes", "french-spacing", frenchSpacingRule);
  md.core.ruler.push("heading-text", headingTextRule);
  const renderText = md.renderer.rules.text!;
  md.renderer.rules.text = (tokens, index, options, env, self) => {
    const html = renderText(tokens, index, options, env, self);
    return tokens[index]?.meta?.heldHyphens ? holdHyphenatedWords(html) : html;
  };
  return md;
}

const renderers = new Map<Lang, MarkdownIt>();

function rendererFor(lang: Lang): MarkdownIt {
  let md = renderers.get(lang);
  if (!md) {
    md = createRenderer(lang);
    renderers.set(lang, md);
  }
  return md;
}

/**
 * Renders a Markdown body to HTML, listing its headings and cited source ids. Passing the
 * same `env` to several calls makes heading ids unique across all the parts of one page.
 */
export function renderMarkdown(source: string, lang: Lang, env: CitationEnv): RenderedMarkdown {
  const md = rendererFor(lang);
  const tokens = md.parse(source, env);
  refuseRawHtml(tokens);
  refuseExternalImages(tokens);
  const headings: Heading[] = [];
  tokens.forEach((token, index) => {
    const id = token.attrGet("id");
    if (token.type === "heading_open" && id) {
      headings.push({
        depth: Number(token.tag.slice(1)),
        slug: String(id),
        text: headingText(tokens[index + 1]),
      });
    }
  });
  const html = md.renderer.render(tokens, md.options, env);
  return {
    html,
    headings,
    citations: [...(env.citations ?? [])],
    links: internalLinksOf(tokens),
    factBlocks: factBlocksOf(tokens),
  };
}

/** Text made safe inside HTML, as markdown-it escapes it. */
export const escapeHtml = (text: string): string => rendererFor("fr").utils.escapeHtml(text);

/** A plain title as HTML, its short hyphenated words held on one line (« est-il »). */
export const titleHtml = (text: string): string => holdHyphenatedWords(escapeHtml(text));

/**
 * Renders one line of inline Markdown (no paragraph around it): the short texts of YAML
 * data, with the same typography, phone links and refusal of raw HTML as page bodies.
 * Citations are not allowed there: such texts cite their sources in a field of their own.
 */
export function renderInline(source: string, lang: Lang): string {
  const md = rendererFor(lang);
  const env: CitationEnv = { sourceNumbers: new Map() };
  const tokens = md.parseInline(source, env);
  refuseRawHtml(tokens);
  refuseExternalImages(tokens);
  return md.renderer.render(tokens, md.options, env);
}
