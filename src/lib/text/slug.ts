import { slug } from "github-slugger";

/**
 * Heading ids and URL slugs are lowercase ASCII, accents folded, so that shared
 * links stay readable instead of being percent-encoded by chat apps and mail clients.
 */
export function slugify(text: string): string {
  const folded = text.normalize("NFD").replace(/\p{M}/gu, "");
  return slug(folded)
    .replace(/[^a-z0-9_-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
}
