/** Reading built pages as a document tree (htmlparser2), for tests that need no browser. */
import { readFileSync } from "node:fs";
import { findAll as findAllIn, getAttributeValue, textContent } from "domutils";
import { parseDocument } from "htmlparser2";
import type { Document, Element } from "domhandler";
import { fileOfPage } from "./built-pages.ts";

export type { Element };

export function parseHtml(html: string): Document {
  return parseDocument(html);
}

/** The document of a built page, by its address. */
export function builtDocument(url: string): Document {
  return parseHtml(readFileSync(fileOfPage(url), "utf8"));
}

export function findAll(root: Document | Element, match: (element: Element) => boolean): Element[] {
  return findAllIn(match, root.children);
}

export const attr = (element: Element, name: string) => getAttributeValue(element, name);

export const textOf = (element: Element) => textContent(element);

/** `<meta property|name=key content=…>` of a document. */
export function metaContent(root: Document, key: string): string | undefined {
  const meta = findAll(
    root,
    (e) => e.name === "meta" && (attr(e, "property") === key || attr(e, "name") === key),
  );
  return meta[0] ? attr(meta[0], "content") : undefined;
}
