/**
 * Reading content files: what the build refuses before any page is made (text that is not
 * UTF-8, a Markdown page or a YAML string too large to be a real one, markup in a name), each
 * refusal naming the file and the field. Files are parsed here, not built.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as files from "../../src/lib/content/files.ts";
import { glossaryTermProblems } from "../../src/lib/content/page-checks.ts";
import { categorySchema } from "../../src/schemas/category.ts";
import { incidentSchema } from "../../src/schemas/incident.ts";
import { contentVocabulary } from "../../src/lib/content/vocabulary.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "content-files-"));
const viamedis = files.parseYaml(
  readFileSync(join(ROOT, "content/incidents/viamedis-2024.yaml"), "utf8"),
  "viamedis-2024.yaml",
) as Record<string, unknown>;

describe("YAML strings", () => {
  it("over 5,000 characters are refused, naming the file and the field", () => {
    const text = `title: Titre\ndescription: ${"x".repeat(5_001)}\n`;
    expect(() => files.parseYaml(text, "content/pages/fr/page.md")).toThrow(
      /content\/pages\/fr\/page\.md: description: .*5,001 characters.*5,000/,
    );
    const nested = `named:\n  - name: ok\n  - name: ${"y".repeat(20_000)}\n`;
    expect(() => files.parseYaml(nested, "content/incidents/x.yaml")).toThrow(/named\.1\.name: /);
  });

  it("of any real length are kept", () => {
    const text = `description: ${"x".repeat(5_000)}\n`;
    expect(files.parseYaml(text, "page.md")).toEqual({ description: "x".repeat(5_000) });
  });
});

describe("content files", () => {
  it("that are not UTF-8 are refused, naming the file and the line", () => {
    const file = join(scratch, "latin1.md");
    writeFileSync(file, Buffer.from("---\ntitle: Café\n---\n\nUn café.\n", "latin1"));
    expect(() => files.readContentFile(file)).toThrow(/latin1\.md: .*not UTF-8.*line 2/);
  });

  it("in UTF-8 are read as text, a byte-order mark dropped", () => {
    const file = join(scratch, "utf8.md");
    writeFileSync(file, `\uFEFF---\ntitle: Café\n---\n`);
    expect(files.readContentFile(file)).toBe("---\ntitle: Café\n---\n");
  });

  it("that are Markdown pages over 200 KB are refused, naming the file and the limit", () => {
    const file = join(scratch, "long.md");
    writeFileSync(file, `---\ntitle: Long\n---\n\n${"Un paragraphe de plus.\n\n".repeat(10_000)}`);
    expect(() => files.readContentFile(file)).toThrow(/long\.md: .*KB.*200 KB/);
  });
});

describe("names (an operator, a category's label)", () => {
  it("refuse < and >, which only markup needs", () => {
    const operator = incidentSchema(contentVocabulary).safeParse({
      ...viamedis,
      operator: "Viamedis</script><a href=//x.example>",
    });
    expect(operator.success).toBe(false);
    expect(operator.error?.issues[0]?.path).toEqual(["operator"]);
    expect(operator.error?.issues[0]?.message).toMatch(/< and >/);
    const label = categorySchema(contentVocabulary).safeParse({
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
    expect(incidentSchema(contentVocabulary).safeParse(viamedis).success).toBe(true);
  });
});
