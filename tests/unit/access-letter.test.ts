/**
 * « Demander mes données »: every incident names who a reader writes to (the schema requires
 * it), and every letter's statements of the law cite where they are read.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/langs.ts";
import { parseYaml } from "../../src/lib/content/files.ts";
import { knownSourceIds } from "../../src/lib/content/vocabulary.ts";
import { accessLetter, LAW_SOURCES, letterSources, letterText } from "../../src/lib/letters/access-letter.ts";
import { contractArticle } from "../../src/lib/text/contractions.ts";
import { incidentSchema } from "../../src/schemas/incident.ts";
import { contentVocabulary } from "../../src/lib/content/vocabulary.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DIR = join(ROOT, "content/incidents");
const raw = Object.fromEntries(
  readdirSync(DIR)
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => [
      file.replace(/\.yaml$/, ""),
      parseYaml(readFileSync(join(DIR, file), "utf8"), file) as Record<string, unknown>,
    ]),
);
const incidents = Object.entries(raw).map(([id, data]) => ({
  id,
  name: id,
  data: incidentSchema(contentVocabulary).parse(data),
}));

/** Words that state the law: an article, a regulation, a code, a legal deadline. */
const LAW_WORDS =
  /\b(article|RGPD|GDPR|règlement|Regulation|code|L\.\s?1111-7|délai|period|huit jours|eight days)\b/i;
/** Words that would claim a deadline. */
const DEADLINE_WORDS = /\b(délai|mois|jours|deadline|month|months|days|period)\b/i;

describe("the addressee of an incident", () => {
  it("is required by the schema", () => {
    const { addressee: _addressee, ...without } = raw["viamedis-2024"] ?? {};
    const result = incidentSchema(contentVocabulary).safeParse(without);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("addressee");
  });

  it("cites at least one source, and names a kind the letter knows", () => {
    const { addressee } = raw["cerballiance-2025"] as { addressee: Record<string, unknown> };
    expect(
      incidentSchema(contentVocabulary).safeParse({
        ...raw["cerballiance-2025"],
        addressee: { ...addressee, sources: [] },
      }).success,
    ).toBe(false);
    expect(
      incidentSchema(contentVocabulary).safeParse({
        ...raw["cerballiance-2025"],
        addressee: { ...addressee, kind: "hacker" },
      }).success,
    ).toBe(false);
  });

  it("is in every incident's facts, with its sources", () => {
    expect(incidents.length).toBeGreaterThanOrEqual(13);
    for (const incident of incidents) {
      expect(incident.data.addressee.sources.length, incident.id).toBeGreaterThan(0);
      for (const lang of LANGS) expect(incident.data.addressee.name[lang], incident.id).not.toBe("");
    }
  });

  it("is the insurer for Viamedis and Almerys, and the doctor for Cegedim's MLM", () => {
    const kind = (id: string) => incidents.find((incident) => incident.id === id)?.data.addressee.kind;
    expect(kind("viamedis-2024")).toBe("insurer");
    expect(kind("almerys-2024")).toBe("insurer");
    expect(kind("cegedim-mlm-2025")).toBe("health-professional");
  });
});

describe("every letter of every incident, in both languages", () => {
  const known = knownSourceIds();
  for (const lang of LANGS) {
    for (const incident of incidents) {
      it(`${incident.id} (${lang}): each statement of the law carries a source`, () => {
        const letter = accessLetter(lang, incident);
        const statements = [
          ...letter.paragraphs,
          ...(letter.medicalFile ? [{ ...letter.medicalFile, law: true }] : []),
        ];
        for (const paragraph of statements) {
          if (paragraph.law || LAW_WORDS.test(paragraph.text)) {
            expect(paragraph.law, paragraph.text).toBe(true);
            expect(paragraph.sources.length, paragraph.text).toBeGreaterThan(0);
          }
        }
        for (const id of letterSources(letter)) expect(known.has(id), id).toBe(true);
      });

      it(`${incident.id} (${lang}): asks the incident's questions without claiming a deadline`, () => {
        const letter = accessLetter(lang, incident);
        const questions = letter.paragraphs.filter((paragraph) => !paragraph.law);
        expect(questions).toHaveLength(1);
        expect(questions[0]?.text).toContain(incident.data.operator);
        expect(questions[0]?.text).not.toMatch(DEADLINE_WORDS);
      });

      it(`${incident.id} (${lang}): goes to its addressee, with blanks for the reader and never the NIR`, () => {
        const letter = accessLetter(lang, incident);
        const text = letterText(letter);
        expect(text).toContain(incident.data.addressee.name[lang]);
        expect(letter.sender.every((line) => /^\[.+\]$/.test(line))).toBe(true);
        expect(letter.sender.join(" ")).not.toMatch(/sécurité sociale|social security|NIR/i);
      });
    }
  }

  it("states the deadline of art. 12(3) as the law does: one month, extendable by two", () => {
    const fr = accessLetter("fr", incidents[0]!).paragraphs[1]!;
    const en = accessLetter("en", incidents[0]!).paragraphs[1]!;
    expect(fr.text).toMatch(/un mois à compter de sa réception.*prolongé de deux mois/s);
    expect(en.text).toMatch(/within one month of its receipt.*extended by two further months/s);
    expect(fr.sources).toEqual(LAW_SOURCES.deadline);
  });

  it("adds the medical-file note (CSP art. L.1111-7) for a doctor or a health establishment only", () => {
    for (const incident of incidents) {
      const note = accessLetter("fr", incident).medicalFile;
      const holds = ["health-professional", "health-establishment"].includes(incident.data.addressee.kind);
      expect(Boolean(note), incident.id).toBe(holds);
      if (note) expect(note.sources).toEqual(LAW_SOURCES.medicalFile);
    }
  });
});

describe("a letter's heading", () => {
  it("contracts « à le » and « à les » in French, and no other article nor language", () => {
    expect(contractArticle("fr", "à le laboratoire Cerballiance")).toBe("au laboratoire Cerballiance");
    expect(contractArticle("fr", "à les laboratoires")).toBe("aux laboratoires");
    expect(contractArticle("fr", "à la caisse")).toBe("à la caisse");
    expect(contractArticle("fr", "à l’Urssaf")).toBe("à l’Urssaf");
    expect(contractArticle("fr", "à lequel")).toBe("à lequel");
    expect(contractArticle("en", "à le laboratoire")).toBe("à le laboratoire");
  });

  it("reads as French for every incident (never « à le » nor « à les »), and names its addressee", () => {
    for (const incident of incidents) {
      const { heading } = accessLetter("fr", incident);
      expect(heading).not.toMatch(/\bà les? /u);
      // The space before the colon is the no-break one of French typography.
      expect(heading).toMatch(new RegExp(`^${incident.name}\\s: lettre (au|aux|à) `, "u"));
    }
    const cerballiance = incidents.find((incident) => incident.id === "cerballiance-2025");
    expect(cerballiance && accessLetter("fr", cerballiance).heading).toBe(
      "cerballiance-2025\u00a0: lettre au laboratoire Cerballiance",
    );
    const viamedis = incidents.find((incident) => incident.id === "viamedis-2024");
    expect(viamedis && accessLetter("en", viamedis).heading).toBe(
      "viamedis-2024: letter to your complementary health insurer (mutuelle or insurer)",
    );
  });
});
