/**
 * Reading content files from disk with errors that name the file: an editor must see which
 * file and which line to fix, not a stack trace from the YAML parser.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import yaml from "js-yaml";

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
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const at = error.mark ? ` (line ${error.mark.line + 1}, column ${error.mark.column + 1})` : "";
      throw new ContentError(file, `broken YAML${at}: ${error.reason}`);
    }
    throw error;
  }
}

export function readYaml(file: string): unknown {
  return parseYaml(readFileSync(file, "utf8"), file);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string, file: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new ContentError(file, "missing frontmatter: the file must start with a `---` block");
  return { data: parseYaml(match[1] ?? "", file), body: text.slice(match[0].length) };
}
