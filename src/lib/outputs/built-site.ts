/**
 * Reading a built site once: every HTML file, the address it is served at, and what the
 * checks need from its markup (ids, links, stylesheets, scripts), gathered in one streaming
 * pass with htmlparser2. The link check, the permalink registry, the weight budget and the
 * tests all read the site through this module, so each page is parsed once per run.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { Parser } from "htmlparser2";

export interface BuiltFile {
  /** Path under the site folder, with forward slashes: `incidents/viamedis-2024/index.html`. */
  file: string;
  /** The address it is served at: `/incidents/viamedis-2024/`, or `/404.html`. */
  url: string;
}

export interface PageScan extends BuiltFile {
  /** Every `id` of the page, in document order. */
  ids: string[];
  /**
   * Ids the permalink registry protects: those of headings (h1–h6), and of any element
   * marked `data-anchor` (a question's item on the FAQ's index keeps the anchor it had).
   */
  anchorIds: string[];
  /** Addresses the page points at: `a`/`link` href, `script`/`img`/`source` src. */
  links: string[];
  stylesheets: string[];
  scripts: string[];
  /** A redirect page (meta refresh), built for an old address. */
  redirect: boolean;
  /** The text of each `<style>` element, for the Content-Security-Policy's hashes. */
  inlineStyles: string[];
  /** The text of each JSON `<script>` element (JSON-LD, data for a page's script). */
  jsonScripts: string[];
  /**
   * Text a reader sees in French (text runs, and the attributes shown or read aloud),
   * for the typography check; code and elements marked in another language are left out.
   */
  frenchText: string[];
}

/** The address a built file is served at. */
export function urlOfFile(file: string): string {
  const path = `/${file.split(sep).join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/** Every HTML file of a built site except Pagefind's, sorted by path. */
export function builtHtmlFiles(siteDir: string): BuiltFile[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith(`pagefind${sep}`))
    .map((file) => ({ file: file.split(sep).join("/"), url: urlOfFile(file) }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

const LINK_ATTRIBUTE: Record<string, string> = {
  a: "href",
  link: "href",
  script: "src",
  img: "src",
  source: "src",
};

/** Elements inside which text runs on: their tags do not end a run of text. */
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "cite",
  "code",
  "data",
  "em",
  "i",
  "mark",
  "q",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
]);
/** Script elements that hold data, not code. */
const JSON_TYPES = new Set(["application/json", "application/ld+json"]);
/** Elements whose text is not prose: code, scripts and styles. */
const NOT_PROSE = new Set(["code", "kbd", "pre", "samp", "script", "style", "template", "textarea"]);
/** Attributes whose value a reader sees or hears. */
const TEXT_ATTRIBUTES = ["alt", "aria-label", "placeholder", "title"];
const TEXT_META = new Set([
  "description",
  "og:title",
  "og:description",
  "og:image:alt",
  "twitter:title",
  "twitter:description",
]);

export function scanHtml(html: string, built: BuiltFile): PageScan {
  const scan: PageScan = {
    ...built,
    ids: [],
    anchorIds: [],
    links: [],
    stylesheets: [],
    scripts: [],
    redirect: false,
    inlineStyles: [],
    jsonScripts: [],
    frenchText: [],
  };
  let style: string | undefined;
  let json: string | undefined;
  // Each open element's language and whether its text is prose, innermost last.
  const open: { name: string; french: boolean; prose: boolean }[] = [];
  let run = "";
  const endRun = () => {
    if (run.trim()) scan.frenchText.push(run);
    run = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = open.at(-1);
        const lang = attributes["lang"];
        const french = lang ? lang.startsWith("fr") : (parent?.french ?? false);
        open.push({ name, french, prose: !NOT_PROSE.has(name) && (parent?.prose ?? true) });
        if (!INLINE.has(name)) endRun();
        if (french) {
          for (const attribute of TEXT_ATTRIBUTES) {
            const value = attributes[attribute];
            if (value) scan.frenchText.push(value);
          }
          const meta = attributes["name"] ?? attributes["property"];
          if (name === "meta" && meta && TEXT_META.has(meta) && attributes["content"]) {
            scan.frenchText.push(attributes["content"]);
          }
        }
        const id = attributes["id"];
        if (id) {
          scan.ids.push(id);
          if (/^h[1-6]$/.test(name) || "data-anchor" in attributes) scan.anchorIds.push(id);
        }
        const link = LINK_ATTRIBUTE[name];
        const target = link ? attributes[link] : undefined;
        if (target) scan.links.push(target);
        // A print stylesheet is fetched only to print: it is no part of the page's first load.
        if (
          name === "link" &&
          attributes["rel"] === "stylesheet" &&
          attributes["media"] !== "print" &&
          target
        )
          scan.stylesheets.push(target);
        if (name === "script" && target) scan.scripts.push(target);
        if (name === "meta" && attributes["http-equiv"]?.toLowerCase() === "refresh") scan.redirect = true;
        if (name === "style") style = "";
        if (name === "script" && JSON_TYPES.has(attributes["type"] ?? "")) json = "";
      },
      ontext(text) {
        if (style !== undefined) style += text;
        if (json !== undefined) json += text;
        const current = open.at(-1);
        if (current?.french && current.prose) run += text;
      },
      onclosetag(name) {
        if (name === "style" && style !== undefined) scan.inlineStyles.push(style);
        if (name === "style") style = undefined;
        if (name === "script" && json !== undefined) scan.jsonScripts.push(json);
        if (name === "script") json = undefined;
        open.pop();
        if (!INLINE.has(name)) endRun();
      },
    },
    // Style elements are raw text, which the parser passes on exactly as written, as the
    // hash of the Content-Security-Policy needs.
    { lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(html);
  endRun();
  return scan;
}

/** Every HTML page of a built site, scanned once. */
export function scanSite(siteDir: string): PageScan[] {
  return builtHtmlFiles(siteDir).map((built) =>
    scanHtml(readFileSync(join(siteDir, built.file), "utf8"), built),
  );
}
