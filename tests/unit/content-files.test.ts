/**
 * Reading content files: what the build refuses before any page is made (markup in a name),
 * each refusal naming the file and the field. Files are parsed here, not built.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as files from "../../src/lib/content/files.ts";
import { glossaryTermProblems } from "../../src/lib/content/page-checks.ts";
import { categorySchema } from "../../src/schemas/category.ts";
import { incidentSchema } from "../../src/schemas/incident.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const viamedis = files.parseYaml(
  readFileSync(join(ROOT, "content/incidents/viamedis-2024.yaml"), "utf8"),
  "viamedis-2024.yaml",
) as Record<string, unknown>;

describe("names (an operator, a category's label)", () => {
  it("refuse < and >, which only markup needs", () => {
    const operator = incidentSchema.safeParse({
      ...viamedis,
      operator: "Viamedis</script><a href=//x.example>",
    });
    expect(operator.success).toBe(false);
    expect(operator.error?.issues[0]?.path).toEqual(["operator"]);
    expect(operator.error?.issues[0]?.message).toMatch(/< and >/);
    const label = categorySchema.safeParse({
      id: "nir",
      slug: { fr: "nir", en: "nir" },
      label: { fr: "NIR", en: "NIR &lt;b&gt;</script>" },
      inText: { fr: "le NIR", en: "the NIR" },
      short: { fr: "NIR", en: "NIR" },
      population: "insured",
    });
    expect(label.success).toBe(false);
    expect(label.error?.issues[0]?.path).toEqual(["label", "en"]);
  });

  it("refuse < and > in a glossary's terms (its level-3 headings), which search suggests", () => {
    const headings = [
      { depth: 2, slug: "sante", text: "Santé <et> assurance" },
      { depth: 3, slug: "viamedis", text: "Viamedis</script><a href=https://evil.example/>" },
      { depth: 3, slug: "almerys", text: "Almerys" },
    ];
    expect(glossaryTermProblems("glossary", headings)).toEqual([
      'glossary term "Viamedis</script><a href=https://evil.example/>" (#viamedis): < and > are not allowed in a name',
    ]);
    expect(glossaryTermProblems("faq", headings)).toEqual([]);
  });

  it("accept the names of the real content", () => {
    expect(incidentSchema.safeParse(viamedis).success).toBe(true);
  });
});
