import { z } from "astro/zod";
import { slugId } from "./common.ts";

/**
 * One group of words readers use for the same thing, `content/search-synonyms.yaml`: a query
 * holding one member is also run with each other member. Written the way people type them:
 * lower case, no accents.
 */
export const synonymSchema = z.strictObject({
  id: slugId,
  lang: z.enum(["fr", "en"]),
  words: z
    .array(
      z.string().regex(/^[a-z0-9][a-z0-9 '-]*$/, {
        error: "write a synonym in lower case without accents (« securite sociale »)",
      }),
    )
    .min(2, { error: "a group needs at least two words" }),
});

export type Synonym = z.infer<typeof synonymSchema>;
