/**
 * The facts the check of general statements needs (`src/lib/facts/claims.ts`), read from the
 * content files after the build validated them: each incident's names, who informs, and its
 * exposure states; each category's names in both languages.
 */
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { ExposureState } from "../../schemas/incident.ts";
import type { ClaimCategory, ClaimFacts, ClaimIncident } from "../facts/claims.ts";
import { readYaml } from "./files.ts";

/**
 * Search aliases that are too common to name a category in a sentence (« santé » in
 * « professionnels de santé »), left out of the names the check looks for.
 */
const TOO_COMMON = new Set([
  "sante",
  "rang",
  "banque",
  "motif",
  "identifiant",
  "assureur",
  "complementaire",
  "mutuelle",
  "portable",
  "domicile",
  "messagerie",
  "teleconsultation",
  "annotations",
  "generaliste",
  "reason",
  "comments",
  "messages",
  "claims",
  "insurer",
  "login",
  "gp",
  "contrat",
  "abonnement",
  "inscription",
  "contract",
  "subscription",
  "bank",
  "etablissement bancaire",
]);

type Localized = { fr: string; en: string };

/** « les coordonnées bancaires (RIB) » → « coordonnées bancaires », « RIB » (an acronym only). */
function namesOf(text: string): string[] {
  const bracket = /\(([A-Z]{2,6})\)/.exec(text)?.[1];
  const base = text
    .replace(/\([^)]*\)/g, "")
    .replace(/^(?:l['’]|le |la |les |the )/i, "")
    .trim();
  return [base, ...(bracket ? [bracket.trim()] : [])];
}

interface RawCategory {
  id: string;
  label: Localized;
  inText: Localized;
  short: Localized;
  aliases?: { fr: string[]; en: string[] };
}

interface RawIncident {
  operator: string;
  alsoKnownAs?: string[];
  informedBy: { who: Localized };
  exposure: Partial<Record<"insured" | "professionals", Record<string, { status: ExposureState }>>>;
}

/** The files the facts are read from: the categories, then each incident's facts file. */
export function claimFactFiles(contentDir: string): { categories: string; incidents: string[] } {
  const dir = join(contentDir, "incidents");
  return {
    categories: join(contentDir, "categories.yaml"),
    incidents: readdirSync(dir)
      .filter((name) => name.endsWith(".yaml"))
      .sort()
      .map((name) => join(dir, name)),
  };
}

export function readClaimFacts(contentDir: string): ClaimFacts {
  const files = claimFactFiles(contentDir);
  const categories = (readYaml(files.categories) as RawCategory[]).map(
    (category): ClaimCategory => {
      const names = (lang: "fr" | "en") =>
        [
          ...new Set(
            [
              ...namesOf(category.label[lang]),
              ...namesOf(category.inText[lang]),
              ...namesOf(category.short[lang]),
              ...(category.aliases?.[lang] ?? []),
            ]
              .map((name) => name.trim())
              .filter((name) => name.length > 1 && !TOO_COMMON.has(name.toLowerCase())),
          ),
        ];
      return { id: category.id, names: { fr: names("fr"), en: names("en") } };
    },
  );
  const incidents = files.incidents.map((file): ClaimIncident => {
      const data = readYaml(file) as RawIncident;
      const states = (population: "insured" | "professionals") => {
        const table = data.exposure[population];
        return table
          ? Object.fromEntries(Object.entries(table).map(([id, entry]) => [id, entry.status]))
          : undefined;
      };
      const insured = states("insured");
      const professionals = states("professionals");
      return {
        id: basename(file, ".yaml"),
        names: [data.operator, ...(data.alsoKnownAs ?? [])],
        informedBy: data.informedBy.who,
        exposure: { ...(insured ? { insured } : {}), ...(professionals ? { professionals } : {}) },
      };
    });
  return { incidents, categories };
}
