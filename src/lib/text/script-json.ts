/**
 * JSON written inside a `<script>` element (JSON-LD, the search page's vocabulary). The HTML
 * parser ends the element at the first `</script`, whatever the JSON means, so `<` is written
 * `\u003c`; `>` and `&` likewise, so no text can open a comment or a character reference either.
 * JSON.parse reads the escapes back as the characters: the data is unchanged. The build
 * parses every such element of every page (`src/lib/outputs/markup-check.ts`).
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
