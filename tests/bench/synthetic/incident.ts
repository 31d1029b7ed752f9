/**
 * One synthetic incident: its facts file (`content/incidents/<id>.yaml`, with an exposure
 * table per population) and its French page (`content/pages/fr/incidents/<id>.md`), shaped
 * like the two real ones: summary, four to five sections, citations, a callout, a footnote,
 * links to real pages. About 400 to 550 words of prose.
 */
import { stringify } from "yaml";
import { HOW, INVESTIGATION, DATA, RESPONSE, RISK, TIPS, TRADES, CITIES } from "./prose.ts";
import { operatorName, paragraphs, type ProseContext } from "./prose.ts";
import { seededRandom, type Random } from "./random.ts";
import type { CategoryInfo, Vocabulary } from "./vocabulary.ts";

export interface SyntheticIncident {
  id: string;
  operator: string;
  /** `content/incidents/<id>.yaml` */
  facts: string;
  /** `content/pages/fr/incidents/<id>.md` */
  page: string;
}

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** Days after 2025-01-01, as `YYYY-MM-DD`; every date stays in the past, as the schema demands. */
function isoDay(offset: number): string {
  return new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
}

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day === 1 ? "1er" : day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

function citations(random: Random, sourceIds: string[]): string[] {
  return random.sample(sourceIds, random.chance(0.3) ? 2 : 1);
}

/**
 * Who a reader writes to for a copy of their data, required of every incident since
 * « Demander mes données ». Added after the rest, citing what `informedBy` cites and drawing no
 * random number, so every other field is the one earlier runs generated.
 */
function withAddressee<T extends { informedBy: { sources: string[] } }>(facts: T) {
  return {
    ...facts,
    addressee: {
      name: { fr: "votre complémentaire santé", en: "your complementary health insurer" },
      kind: "insurer",
      why: {
        fr: "Votre complémentaire santé détient les données de ses adhérents.",
        en: "Your complementary health insurer holds its members' data.",
      },
      sources: facts.informedBy.sources,
      complaint: "police-or-prosecutor",
    },
  };
}

function exposureTable(random: Random, vocabulary: Vocabulary, population: "insured" | "professionals") {
  const eligible = vocabulary.categories.filter(
    (category) => category.population === "both" || category.population === population,
  );
  const stated = random.sample(eligible, random.int(Math.min(5, eligible.length), eligible.length));
  return Object.fromEntries(
    stated.map((category) => {
      const status = random.pick(["exposed", "exposed", "not-exposed", "not-stated"] as const);
      const sources =
        status === "not-stated" && random.chance(0.5) ? [] : citations(random, vocabulary.sourceIds);
      const entry: Record<string, unknown> = { status, sources };
      if (random.chance(0.15)) {
        entry["note"] = {
          fr: "Selon un organisme client, et non selon l'opérateur lui-même.",
          en: "According to a client insurer, not the operator itself.",
        };
      }
      return [category.id, entry];
    }),
  );
}

export function syntheticIncident(index: number, vocabulary: Vocabulary): SyntheticIncident {
  const random = seededRandom(index + 1);
  const operator = operatorName(index);
  const id = `bench-${String(index + 1).padStart(5, "0")}`;
  const discoveredDay = random.int(0, 300);
  const discovered = isoDay(discoveredDay);
  const announced = isoDay(discoveredDay + random.int(1, 6));
  const published = isoDay(discoveredDay + random.int(20, 60));
  const categoryLink = () => {
    const category: CategoryInfo = random.pick(vocabulary.linkable);
    return `[${category.label}](${category.url})`;
  };
  const context: ProseContext = {
    random,
    operator,
    trade: random.pick(TRADES),
    city: random.pick(CITIES),
    announced: frenchDate(announced),
    discovered: frenchDate(discovered),
    people: new Intl.NumberFormat("fr-FR").format(random.int(2, 900) * 1000),
    cite: () =>
      `[${citations(random, vocabulary.sourceIds)
        .map((source) => `@${source}`)
        .join("; ")}]`,
    categoryLink,
  };

  const facts = {
    operator,
    dates: {
      announced,
      ...(random.chance(0.5)
        ? {
            restored: {
              date: isoDay(discoveredDay + random.int(7, 30)),
              sources: citations(random, vocabulary.sourceIds),
              note: { fr: "Service rouvert progressivement.", en: "Service gradually reopened." },
            },
          }
        : {}),
    },
    status: {
      fr: "Enquête de la CNIL ouverte. Aucune sanction publiée n'a été trouvée.",
      en: "CNIL investigation opened. No published sanction has been found.",
    },
    statusAsOf: published,
    informedBy: {
      who: { fr: "votre complémentaire santé", en: "your complementary health insurer" },
      text: {
        fr: "Votre complémentaire santé vous informe si vous êtes concerné.",
        en: "Your complementary health insurer informs you if you are affected.",
      },
      sources: citations(random, vocabulary.sourceIds),
    },
    attackWindow: [
      {
        start: isoDay(discoveredDay - random.int(2, 10)),
        end: discovered,
        sources: citations(random, vocabulary.sourceIds),
      },
    ],
    exposure: {
      insured: exposureTable(random, vocabulary, "insured"),
      ...(random.chance(0.5) ? { professionals: exposureTable(random, vocabulary, "professionals") } : {}),
    },
    updated: published,
  };

  const summary = [
    `En ${MONTHS[Number(discovered.slice(5, 7)) - 1]} ${discovered.slice(0, 4)}, des pirates sont entrés dans le système de ${operator}, une entreprise qui ${context.trade} ${context.cite()}.`,
    `Le risque principal : des messages frauduleux qui utilisent ces informations pour paraître crédibles. Votre assureur vous informe si vous êtes concerné ${context.cite()}.`,
  ].join("\n\n");
  const frontmatter = {
    title: `Cyberattaque contre ${operator} (${announced.slice(0, 4)})`,
    description: `Ce qui a été exposé lors de l'attaque contre ${operator}, annoncée le ${context.announced}, ce qui ne l'a pas été et ce qu'il faut faire.`,
    kind: "incident",
    key: `incident-${id}`,
    incident: id,
    summary,
    published,
    updated: published,
    changes: [{ date: published, summary: "Première publication de la page." }],
  };
  const body = [
    "## Comment l'attaque s'est produite",
    ...paragraphs(HOW, context, 2),
    `## Ce qu'a fait ${operator}`,
    ...paragraphs(RESPONSE, context, 2),
    "## Les données concernées",
    ...paragraphs(DATA, context, 3),
    `Le tableau ci-dessus distingue ce qui a été exposé, ce qui ne l'a pas été et ce qui n'est pas précisé.[^1]`,
    "## Les risques pour vous",
    ...paragraphs(RISK, context, 2),
    `::: tip Si vous avez reçu un message\n${paragraphs(TIPS, context, 1).join("")} Voir aussi [que faire](/que-faire/).\n:::`,
    "## Les enquêtes",
    ...paragraphs(INVESTIGATION, context, 2),
    `[^1]: « Non précisé » veut dire que les sources ne disent rien de cette donnée ${context.cite()}.`,
  ].join("\n\n");

  return {
    id,
    operator,
    facts: `# Synthetic incident generated by \`npm run bench\` (never committed).\n${stringify(withAddressee(facts))}`,
    page: `---\n${stringify(frontmatter)}---\n\n${body}\n`,
  };
}
