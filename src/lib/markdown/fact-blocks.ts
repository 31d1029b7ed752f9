import type { MarkdownIt, StateBlock, Token } from "markdown-it";

/**
 * `::facts <name> [argument]` on a line of its own: a block the site writes from the incident
 * facts when it builds the page (`src/lib/site/fact-blocks.ts`), so a general page names every
 * incident a statement holds for, including incidents added after the page was written.
 *
 * - `::facts who-informs`: who can tell a reader whether they are concerned, per incident.
 * - `::facts exposure <category id>`: where that datum was exposed, not exposed, not stated.
 *
 * Markdown cannot know the facts, so it leaves a marker (an HTML comment no author can type,
 * since raw HTML is refused) that the page model replaces.
 */
export const FACT_BLOCKS = { "who-informs": "none", exposure: "category" } as const;
export type FactBlockName = keyof typeof FACT_BLOCKS;

export interface FactBlock {
  name: FactBlockName;
  /** The category id, for `exposure`. */
  argument?: string | undefined;
}

const LINE = /^::facts(?:\s+(\S+))?(?:\s+(\S+))?\s*$/;

/** The marker a fact block leaves in the rendered HTML. */
export const factBlockMarker = (block: FactBlock): string =>
  `<!--facts ${block.name}${block.argument ? ` ${block.argument}` : ""}-->`;

/** Finds the markers in rendered HTML. */
export const FACT_BLOCK_MARKER = /<!--facts ([a-z-]+)(?: ([a-z0-9-]+))?-->/g;

function parseLine(line: string): FactBlock {
  const [, name, argument] = LINE.exec(line) ?? [];
  if (!name || !(name in FACT_BLOCKS)) {
    throw new Error(
      `unknown fact block ${JSON.stringify(line.trim())}: write "::facts who-informs" or "::facts exposure <category id>"`,
    );
  }
  const needs = FACT_BLOCKS[name as FactBlockName];
  if (needs === "category" && !argument) throw new Error(`"::facts ${name}" needs a data category id`);
  if (needs === "none" && argument) throw new Error(`"::facts ${name}" takes no argument`);
  return { name: name as FactBlockName, argument };
}

export function factBlocksPlugin(md: MarkdownIt): void {
  md.block.ruler.before(
    "paragraph",
    "fact_block",
    (state: StateBlock, startLine: number, _endLine: number, silent: boolean) => {
      const start = state.bMarks[startLine]! + state.tShift[startLine]!;
      const line = state.src.slice(start, state.eMarks[startLine]);
      if (!line.startsWith("::facts")) return false;
      const block = parseLine(line);
      if (silent) return true;
      const token = state.push("fact_block", "", 0);
      token.meta = { ...block };
      token.map = [startLine, startLine + 1];
      state.line = startLine + 1;
      return true;
    },
    { alt: ["paragraph", "blockquote", "list"] },
  );
  md.renderer.rules["fact_block"] = (tokens: Token[], index: number) =>
    `${factBlockMarker(tokens[index]!.meta as unknown as FactBlock)}\n`;
}

/** The fact blocks of parsed Markdown, in order. */
export function factBlocksOf(tokens: readonly Token[]): FactBlock[] {
  return tokens
    .filter((token) => token.type === "fact_block")
    .map((token) => token.meta as unknown as FactBlock);
}
