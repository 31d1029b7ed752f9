/**
 * Reading content files from disk with errors that name the file: an editor must see which
 * file and which line to fix, not a stack trace from the YAML parser. What no real content
 * file holds is refused here, before it can reach a page: text that is not UTF-8 (it would
 * show as « caf� »), a Markdown page over 200 KB, a YAML text over 5,000 characters (the
 * longest of each today: 12 KB, 763 characters; a 20 MB one took over a gigabyte to build).
 */
import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import yaml from "js-yaml";

/** The largest Markdown page, in bytes. */
export const MAX_PAGE_BYTES = 200_000;
/** The longest text of a YAML field, in characters. */
export const MAX_YAML_TEXT = 5_000;

const thousands = (value: number) => value.toLocaleString("en");

export class ContentError extends Error {
  /** What is wrong, without the file's name. */
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(`${relative(process.cwd(), file) || file}: ${problem}`);
    this.name = "ContentError";
    this.problem = problem;
  }
}

/**
 * YAML as content uses it: the core schema (strings, numbers, booleans, null), so a date
 * such as `2024-02-01` stays the text the schemas check, never a JavaScript Date.
 */
export function parseYaml(text: string, file: string): unknown {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const at = error.mark ? ` (line ${error.mark.line + 1}, column ${error.mark.column + 1})` : "";
      throw new ContentError(file, `broken YAML${at}: ${error.reason}`);
    }
    throw error;
  }
  const long = overlongText(data, []);
  if (long) {
    throw new ContentError(
      file,
      `${long.path.join(".") || "the file"}: a text of ${thousands(long.length)} characters; a field holds ${thousands(MAX_YAML_TEXT)} at most`,
    );
  }
  return data;
}

/** The first text over the limit, with its path (`named.1.name`), as the schemas name fields. */
function overlongText(value: unknown, path: string[]): { path: string[]; length: number } | undefined {
  if (typeof value === "string") return value.length > MAX_YAML_TEXT ? { path, length: value.length } : undefined;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = overlongText(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * A content file's text: UTF-8 (a byte-order mark dropped), and for a Markdown page, no
 * larger than a page can sensibly be.
 */
export function readContentFile(file: string): string {
  const bytes = readFileSync(file);
  if (file.endsWith(".md") && bytes.length > MAX_PAGE_BYTES) {
    throw new ContentError(
      file,
      `the page is ${thousands(Math.round(bytes.length / 1000))} KB; a Markdown page may be ${thousands(MAX_PAGE_BYTES / 1000)} KB at most (split it into several pages)`,
    );
  }
  const text = bytes.toString("utf8");
  if (!isUtf8(bytes)) {
    // Where the decoder had to replace a byte: the first character an editor must fix.
    const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    throw new ContentError(
      file,
      `the file is not UTF-8 text (line ${line}: saved in another encoding, such as Latin-1?); save it as UTF-8`,
    );
  }
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

export function readYaml(file: string): unknown {
  return parseYaml(readContentFile(file), file);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string, file: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new ContentError(file, "missing frontmatter: the file must start with a `---` block");
  return { data: parseYaml(match[1] ?? "", file), body: text.slice(match[0].length) };
}
