/**
 * Fills the `{name}` placeholders of a UI string, at build time (`t()`) and in the browser
 * (a search's status line, « Mes données exposées »). A value is text: `$&` or `` $` `` in what
 * a reader typed is never read as a replacement pattern. A placeholder without a value stays
 * as written, so a missing one shows.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? placeholder) : placeholder,
  );
}
