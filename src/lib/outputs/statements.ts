/**
 * The statements a built page makes in its own words, for the check of general statements
 * (`src/lib/facts/claims.ts`): its description and the text runs of its language, leaving out
 * what the build wrote from the facts (elements marked `data-from-facts`: tables, fact
 * blocks, incident cards, source titles), which names its incidents by construction, and the
 * change history (`data-log`), which records what the page said before a correction.
 */
import { Parser } from "htmlparser2";

/** Elements inside which text runs on. */
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "cite",
  "code",
  "em",
  "i",
  "q",
  "small",
  "span",
  "strong",
  "sup",
  "time",
]);
const NOT_PROSE = new Set(["script", "style", "template", "textarea", "svg"]);

export function statementsOf(html: string): string[] {
  const statements: string[] = [];
  // Per open element: whether its text counts.
  const open: boolean[] = [];
  let run = "";
  const endRun = () => {
    if (run.trim()) statements.push(run);
    run = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = open.at(-1) ?? true;
        open.push(
          parent && !NOT_PROSE.has(name) && !("data-from-facts" in attributes) && !("data-log" in attributes),
        );
        if (!INLINE.has(name)) endRun();
        if (name === "meta" && attributes["name"] === "description" && attributes["content"]) {
          statements.push(attributes["content"]);
        }
      },
      ontext(text) {
        if (open.at(-1) ?? true) run += text;
      },
      onclosetag(name) {
        open.pop();
        if (!INLINE.has(name)) endRun();
      },
    },
    { lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(html);
  endRun();
  return statements;
}
