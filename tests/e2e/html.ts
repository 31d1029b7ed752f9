/** Reading built pages with a real HTML parser (parse5), for tests that need no browser. */
import { parse } from "parse5";

export interface Element {
  nodeName: string;
  attrs: { name: string; value: string }[];
  childNodes?: Element[];
  value?: string;
}

export function parseHtml(html: string): Element {
  return parse(html) as unknown as Element;
}

export function findAll(
  root: Element,
  match: (element: Element) => boolean,
  found: Element[] = [],
): Element[] {
  if (root.attrs && match(root)) found.push(root);
  for (const child of root.childNodes ?? []) findAll(child, match, found);
  return found;
}

export const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

export function textOf(element: Element): string {
  if (element.nodeName === "#text") return element.value ?? "";
  return (element.childNodes ?? []).map(textOf).join("");
}

/** `<meta property|name=key content=…>` of a document. */
export function metaContent(root: Element, key: string): string | undefined {
  const meta = findAll(
    root,
    (e) => e.nodeName === "meta" && (attr(e, "property") === key || attr(e, "name") === key),
  );
  return meta[0] ? attr(meta[0], "content") : undefined;
}
