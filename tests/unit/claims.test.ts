/**
 * The check of general statements (`src/lib/facts/claims.ts`): a sentence that says who can
 * tell a reader, or that a datum was not exposed, must name the incidents it holds for and
 * agree with their facts. Checked on plain sentences, in both languages.
 */
import { describe, expect, it } from "vitest";
import { claimChecker, sentencesOf, type ClaimFacts } from "../../src/lib/facts/claims.ts";

const FACTS: ClaimFacts = {
  incidents: [
    {
      id: "viamedis-2024",
      names: ["Viamedis"],
      informedBy: { fr: "votre complémentaire santé (mutuelle ou assureur)", en: "your insurer" },
      exposure: {
        insured: { phone: "not-exposed", "bank-details": "not-exposed" },
        professionals: { phone: "exposed" },
      },
    },
    {
      id: "almerys-2024",
      names: ["Almerys"],
      informedBy: { fr: "votre complémentaire santé (mutuelle ou assureur)", en: "your insurer" },
      exposure: { insured: { phone: "not-exposed", "bank-details": "not-exposed" } },
    },
    {
      id: "cerballiance-2025",
      names: ["Cerballiance"],
      informedBy: { fr: "le laboratoire Cerballiance", en: "the Cerballiance laboratory" },
      exposure: { insured: { phone: "exposed" } },
    },
    {
      id: "cegedim-mlm-2025",
      names: ["Cegedim Santé", "MLM"],
      informedBy: { fr: "votre médecin", en: "your doctor" },
      exposure: { insured: { phone: "exposed" } },
    },
  ],
  categories: [
    { id: "phone", names: { fr: ["numéro de téléphone", "téléphone"], en: ["phone number", "phone"] } },
    { id: "bank-details", names: { fr: ["coordonnées bancaires", "RIB"], en: ["bank details", "RIB"] } },
  ],
};
const check = claimChecker(FACTS);
const problems = (lang: "fr" | "en", text: string) => check(lang, text).map((found) => found.problem);

describe("statements about who can tell a reader", () => {
  it("refuses « seul votre assureur » when some incident is not an insurer's", () => {
    expect(problems("fr", "Seul votre assureur peut vous le dire.")).toEqual([
      expect.stringContaining("Cerballiance, Cegedim Santé"),
    ]);
    expect(problems("en", "Only your insurer can tell you whether you are affected.")).toHaveLength(1);
  });

  it("accepts it scoped to the incidents whose facts name the insurer", () => {
    expect(problems("fr", "Pour Viamedis et Almerys, seul votre assureur peut vous le dire.")).toEqual([]);
    expect(problems("en", "For Viamedis and Almerys, only your insurer can tell you.")).toEqual([]);
  });

  it("refuses it scoped to an incident where someone else informs", () => {
    expect(problems("fr", "Chez MLM, seul votre assureur peut vous le dire.")).toEqual([
      expect.stringContaining("votre médecin"),
    ]);
  });
});

describe("statements that a datum was not exposed", () => {
  it("refuses an unscoped « not exposed » for a datum another incident exposed", () => {
    expect(problems("fr", "Votre numéro de téléphone n'a pas été exposé.")).toEqual([
      expect.stringContaining("Cerballiance: exposed"),
    ]);
    expect(problems("en", "Your phone number was not exposed.")).toHaveLength(1);
    expect(problems("en", "No phone number was exposed.")).toHaveLength(1);
  });

  it("reads a bare label with the sentence it qualifies", () => {
    expect(sentencesOf("fr", "Pas exposé. Le téléphone des assurés.")).toEqual([
      "Pas exposé. Le téléphone des assurés.",
    ]);
    expect(problems("fr", "Pas exposé. Le téléphone des assurés [1].")).toHaveLength(1);
  });

  it("reads a paragraph's line breaks as spaces, not as the end of a sentence", () => {
    expect(
      problems("fr", "Selon Viamedis et Almerys, le téléphone\nne fait pas partie des données exposées."),
    ).toEqual([]);
  });

  it("accepts it scoped to incidents whose facts agree, and refuses it when one disagrees", () => {
    expect(problems("fr", "Selon Viamedis et Almerys, le téléphone des assurés n'est pas concerné.")).toEqual(
      [],
    );
    expect(problems("fr", "Selon Viamedis et Cerballiance, le téléphone n'est pas concerné.")).toEqual([
      expect.stringContaining("Cerballiance say exposed"),
    ]);
  });

  it("reads a sentence about professionals alone against the professionals' facts", () => {
    expect(problems("fr", "Chez Viamedis, le téléphone des professionnels n'a pas été exposé.")).toEqual([
      expect.stringContaining("Viamedis say exposed"),
    ]);
  });

  it("treats a datum on which an incident is silent as not established either", () => {
    expect(problems("fr", "Les coordonnées bancaires ne sont pas concernées.")).toEqual([
      expect.stringContaining("Cerballiance: not-stated"),
    ]);
  });

  it("does not read the reader as the subject, nor « non diffusé », as a statement about data", () => {
    expect(problems("fr", "Votre téléphone ne dit pas si vous n'êtes pas concerné.")).toEqual([]);
    expect(problems("en", "Having no letter does not mean you are not affected by the phone scams.")).toEqual(
      [],
    );
    expect(problems("fr", "Aucun numéro de téléphone n'a été diffusé, selon le ministère.")).toEqual([]);
  });
});

describe("which incidents a sentence names", () => {
  // Only the names whose first word the sentence holds are tested (the check's speed at
  // thousands of incidents): these are the cases where that shortcut could go wrong.
  const named: ClaimFacts = {
    incidents: [
      {
        id: "a",
        names: ["France Travail"],
        informedBy: { fr: "France Travail", en: "France Travail" },
        exposure: {},
      },
      {
        id: "b",
        names: ["France Travail Kairos"],
        informedBy: { fr: "France Travail", en: "France Travail" },
        exposure: {},
      },
      { id: "c", names: ["(Groupe) Zeta"], informedBy: { fr: "Zeta", en: "Zeta" }, exposure: {} },
      { id: "d", names: ["Éta"], informedBy: { fr: "Éta", en: "Éta" }, exposure: {} },
    ],
    categories: [],
  };
  const scoped = (text: string) =>
    claimChecker({
      ...named,
      incidents: named.incidents.map((incident) => ({ ...incident, informedBy: { fr: "x", en: "x" } })),
    })("fr", `${text} seul votre assureur peut vous le dire.`).map((found) => found.problem);

  it("finds names that share a first word, a name that starts with punctuation, a folded name", () => {
    expect(scoped("Chez France Travail Kairos,")).toEqual([
      expect.stringContaining("at France Travail it is x"),
      expect.stringContaining("at France Travail Kairos it is x"),
    ]);
    expect(scoped("Au (Groupe) Zeta,")).toEqual([expect.stringContaining("at (Groupe) Zeta it is x")]);
    expect(scoped("Chez ETA,")).toEqual([expect.stringContaining("at Éta it is x")]);
  });

  it("does not take a longer word for a name, and lists the named in the order of the facts", () => {
    expect(scoped("Chez Francesca Travail,")).toEqual([expect.stringContaining("without naming")]);
    expect(scoped("Chez Étatique,")).toEqual([expect.stringContaining("without naming")]);
    expect(scoped("Chez Éta puis chez France Travail,").map((problem) => problem.split(" it is")[0])).toEqual(
      ["says the insurer can tell, but at France Travail", "says the insurer can tell, but at Éta"],
    );
  });
});
