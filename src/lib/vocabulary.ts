/**
 * Ids that other content files may refer to (sources, data categories, incidents). Schemas
 * check references against these lists, so a typo fails the build with the bad id named.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ContentError, readYaml } from "./content-files.ts";

export const CONTENT_DIR = join(process.cwd(), "content");

function idsOfList(file: string): string[] {
  const list = readYaml(file);
  if (!Array.isArray(list)) throw new ContentError(file, "expected a YAML list of entries");
  return list.map((entry: unknown, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== "string") throw new ContentError(file, `entry ${index + 1}: field "id" is missing`);
    return id;
  });
}

let sourceIds: Set<string> | undefined;
let categoryIds: Set<string> | undefined;

export function knownSourceIds(): Set<string> {
  return (sourceIds ??= new Set(idsOfList(join(CONTENT_DIR, "sources.yaml"))));
}

/** Each source's number on every page: its position in the bibliography, from 1. */
export function sourceNumbers(): Map<string, number> {
  return new Map([...knownSourceIds()].map((id, index) => [id, index + 1]));
}

export function knownCategoryIds(): Set<string> {
  return (categoryIds ??= new Set(idsOfList(join(CONTENT_DIR, "categories.yaml"))));
}

export function knownIncidentIds(): Set<string> {
  return new Set(
    readdirSync(join(CONTENT_DIR, "incidents"))
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => name.replace(/\.yaml$/, "")),
  );
}
