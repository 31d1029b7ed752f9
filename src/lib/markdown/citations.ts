import type { Env, MarkdownIt, StateInline } from "markdown-it";

/** Per render: each source's number, its position in `content/sources.yaml` (1-based). */
export interface CitationEnv extends Env {
  sourceNumbers: ReadonlyMap<string, number>;
  citations?: string[];
}

const CITATION = /^\[@([a-z0-9-]+(?:\s*[;,]\s*@?[a-z0-9-]+)*)\]/;

/**
 * `[@source-id]` or `[@a; @b]` cites entries of `content/sources.yaml`. A source keeps the
 * same number on every page (its position in the bibliography), so "[12]" quoted by a reader
 * means the same source everywhere. An unknown id throws, which fails the build.
 */
export function citationPlugin(md: MarkdownIt): void {
  md.inline.ruler.before("link", "citation", (state: StateInline, silent: boolean) => {
    const match = CITATION.exec(state.src.slice(state.pos));
    if (!match?.[1]) return false;
    if (!silent) {
      const env = state.env as CitationEnv;
      const cited = (env.citations ??= []);
      const ids = match[1].split(/[;,]/).map((id) => id.trim().replace(/^@/, ""));
      for (const id of ids) {
        const number = env.sourceNumbers.get(id);
        if (number === undefined) throw new Error(`unknown source id "${id}" in [@${id}] citation`);
        if (!cited.includes(id)) cited.push(id);
        const token = state.push("citation", "", 0);
        token.meta = { id, number };
      }
    }
    state.pos += match[0].length;
    return true;
  });

  md.renderer.rules["citation"] = (tokens, index) => {
    const { id, number } = tokens[index]?.meta as { id: string; number: number };
    return citeMark(id, number);
  };
}

/**
 * One citation mark, as Markdown citations and generated texts write it. The word "Source"
 * before the number comes from CSS (.cite::before), read by screen readers but not repeated in
 * the HTML of pages that cite a hundred times. Source ids are slugs: nothing to escape.
 */
export const citeMark = (id: string, number: number): string =>
  `<a class="cite" href="#source-${id}">[${number}]</a>`;
