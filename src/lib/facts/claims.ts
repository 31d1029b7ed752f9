/**
 * Finds sentences of general pages that state something about incidents without naming the
 * incidents it holds for, where the facts say otherwise: « seul votre assureur peut vous le
 * dire » while a laboratory informs its patients, « l'adresse n'est pas concernée » while four
 * leaks exposed it. Pure: the build feeds it the text of every general page (`scripts/build-finish.ts`).
 *
 * A sentence is scoped when it names the incidents (operator or another name of the incident);
 * a scoped sentence must then agree with the facts of each incident it names.
 */
import type { Lang } from "../../i18n/langs.ts";
import type { ExposureState } from "../../schemas/incident.ts";

export interface ClaimIncident {
  id: string;
  /** Names that identify it in prose: the operator and `alsoKnownAs`. */
  names: readonly string[];
  /** Who can tell a reader whether they are concerned (`informedBy.who`). */
  informedBy: Readonly<Record<Lang, string>>;
  /** Per population, per category id, the stated state (absent: not stated). */
  exposure: Readonly<Partial<Record<"insured" | "professionals", Readonly<Record<string, ExposureState>>>>>;
}

export interface ClaimCategory {
  id: string;
  /** The words that name it, per language (labels, their parts in brackets, aliases). */
  names: Readonly<Record<Lang, readonly string[]>>;
}

export interface ClaimFacts {
  incidents: readonly ClaimIncident[];
  categories: readonly ClaimCategory[];
}

export interface ClaimProblem {
  sentence: string;
  problem: string;
}

/** Lower case, accents and apostrophes folded, spaces made plain. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’ʼ]/g, "'")
    .replace(/[\u00A0\u202F\s]+/g, " ")
    .toLowerCase();
}

/** « seul votre assureur peut vous le dire », "only your insurer can tell you". */
const INSURER_ONLY: Record<Lang, RegExp[]> = {
  fr: [
    /\bseul(?:e|s)? (?:votre|vos|l'|son|leur) ?(?:assureur|mutuelle|complementaire)/,
    /\b(?:votre|son|leur) (?:assureur|mutuelle|complementaire sante) (?:peut|pourra|sait) (?:vous |lui )?(?:le )?dire/,
  ],
  en: [
    /\bonly (?:your|their|the) (?:insurer|mutuelle|complementary)/,
    /\byour insurer (?:can|will) tell you/,
  ],
};
/** What an insurer is called in `informedBy.who`. */
const INSURER_WORDS = /assureur|mutuelle|complementaire|insurer/;

/**
 * « n'a pas été exposé », « ne font pas partie des données exposées », "were not exposed".
 * « Non diffusé » is left out on purpose: a source saying data were not disseminated does not
 * say they were not taken, and the site says exactly that.
 */
const NOT_EXPOSED: Record<Lang, RegExp[]> = {
  fr: [
    /\bpas (?:ete )?(?:expose|concerne|touche|compromis|vole|derobe|pirate|fuite)(?:e|s|es)?\b/,
    /\bne (?:font|fait|faisaient|faisait) pas partie\b/,
    /\bnon expose(?:e|s|es)?\b/,
    /\bn'(?:ont|a) pas fuite\b/,
  ],
  en: [
    /\bnot (?:been )?(?:exposed|affected|concerned|involved|taken|stolen|compromised|leaked)\b/,
    /\b(?:was|were)n't (?:exposed|affected|taken|stolen|leaked)\b/,
    /\bnot (?:been )?part of\b/,
    /\bno [a-z' -]{1,40} (?:was|were) (?:exposed|taken|stolen|leaked|compromised)\b/,
  ],
};
/** The reader as subject: « vous n'êtes pas concerné » is not a statement about data. */
const ABOUT_THE_READER: Record<Lang, RegExp> = {
  fr: /\b(?:vous|on|il|elle) n'(?:etes|est|etiez) pas (?:concerne|touche)/g,
  en: /\b(?:you|they) (?:are|were|'re) not (?:affected|concerned)/g,
};
const PROFESSIONALS: Record<Lang, RegExp> = { fr: /\bprofessionnels?\b/, en: /\bprofessionals?\b/ };
/** A sentence that names both is read as being about the insured, the usual subject. */
const INSURED: Record<Lang, RegExp> = {
  fr: /\b(?:assures?|patients?|adherents?|utilisateurs?)\b/,
  en: /\b(?:insured|patients?|members?|users?)\b/,
};

const segmenters = new Map<Lang, Intl.Segmenter>();

/**
 * The sentences of a run of text. A bare label (« Pas exposé. ») is read with the sentence
 * after it, which is what it qualifies.
 */
export function sentencesOf(lang: Lang, text: string): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: "sentence" })));
  const sentences: string[] = [];
  let label = "";
  // A line break inside a paragraph is not the end of a sentence, but Intl reads it as one.
  for (const { segment } of segmenter.segment(text.replace(/\s+/g, " "))) {
    const sentence = segment.trim();
    if (!sentence) continue;
    if (sentence.split(/\s+/).length <= 3 && /[.:]$/.test(sentence)) {
      label += `${sentence} `;
      continue;
    }
    sentences.push(`${label}${sentence}`);
    label = "";
  }
  if (label) sentences.push(label.trim());
  return sentences;
}

function wordPattern(name: string): RegExp {
  const escaped = fold(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u");
}

/** Runs of letters and digits: the words a name pattern's boundaries see. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The incidents a (folded) sentence names. Testing every name of every incident against every
 * sentence made the check grow with sites × sentences (41 s at 1,000 incidents): a name can
 * only match where the sentence has its first word, whole (the pattern's boundaries see to
 * that), so only the names whose first word the sentence holds are tested. A name that does
 * not start with a letter or digit has no such word and is always tested.
 */
function namedIncidents<T extends { names: readonly string[] }>(incidents: readonly T[]) {
  type Entry = { order: number; pattern: RegExp };
  const byFirstWord = new Map<string, Entry[]>();
  const always: Entry[] = [];
  for (const [order, incident] of incidents.entries()) {
    for (const name of incident.names) {
      const folded = fold(name);
      const entry = { order, pattern: wordPattern(name) };
      const first = /^[\p{L}\p{N}]+/u.exec(folded)?.[0];
      if (!first) always.push(entry);
      else {
        const sharing = byFirstWord.get(first);
        if (sharing) sharing.push(entry);
        else byFirstWord.set(first, [entry]);
      }
    }
  }
  return (folded: string): T[] => {
    const words = new Set(folded.match(WORD));
    const candidates = [...always, ...[...words].flatMap((word) => byFirstWord.get(word) ?? [])];
    const named = new Set(candidates.filter(({ pattern }) => pattern.test(folded)).map(({ order }) => order));
    // In the order of the facts, as before: problems name the incidents in that order.
    return [...named].sort((a, b) => a - b).flatMap((order) => incidents[order] ?? []);
  };
}

/** Compiled once per set of facts: the name patterns of every incident and category. */
export function claimChecker(facts: ClaimFacts) {
  const incidentsNamedIn = namedIncidents(facts.incidents);
  const categories = (lang: Lang) =>
    facts.categories.map((category) => ({ category, patterns: category.names[lang].map(wordPattern) }));
  const categoryPatterns = { fr: categories("fr"), en: categories("en") };
  const notInformedByInsurerIn = (lang: Lang) =>
    facts.incidents.filter((incident) => !INSURER_WORDS.test(fold(incident.informedBy[lang])));
  /** Incidents where someone other than the insurer tells a reader: once, not per sentence. */
  const notInformedByInsurer = { fr: notInformedByInsurerIn("fr"), en: notInformedByInsurerIn("en") };

  // The same text recurs, across pages and within one (the access-letter page repeats its
  // template once per incident): each is read once.
  const found = new Map<string, ClaimProblem[]>();
  return (lang: Lang, text: string): ClaimProblem[] => {
    const key = `${lang}\n${text}`;
    let problems = found.get(key);
    if (!problems) found.set(key, (problems = problemsIn(lang, text)));
    return problems;
  };

  function problemsIn(lang: Lang, text: string): ClaimProblem[] {
    const problems: ClaimProblem[] = [];
    for (const sentence of sentencesOf(lang, text)) {
      const folded = fold(sentence);
      const named = incidentsNamedIn(folded);
      const names = named.map((incident) => incident.names[0]).join(", ");

      if (INSURER_ONLY[lang].some((pattern) => pattern.test(folded))) {
        const others = notInformedByInsurer[lang];
        if (named.length === 0 && others.length > 0) {
          problems.push({
            sentence,
            problem: `says the insurer alone can tell, without naming the incidents it holds for (at ${others.map((i) => i.names[0]).join(", ")} it is someone else: see informedBy)`,
          });
        }
        for (const incident of named) {
          if (!INSURER_WORDS.test(fold(incident.informedBy[lang]))) {
            problems.push({
              sentence,
              problem: `says the insurer can tell, but at ${incident.names[0]} it is ${incident.informedBy[lang]} (informedBy)`,
            });
          }
        }
      }

      const claimText = folded.replace(ABOUT_THE_READER[lang], " ");
      if (!NOT_EXPOSED[lang].some((pattern) => pattern.test(claimText))) continue;
      const population =
        PROFESSIONALS[lang].test(folded) && !INSURED[lang].test(folded) ? "professionals" : "insured";
      for (const { category, patterns } of categoryPatterns[lang]) {
        if (!patterns.some((pattern) => pattern.test(claimText))) continue;
        const stateAt = (incident: ClaimIncident) =>
          incident.exposure[population]
            ? (incident.exposure[population]?.[category.id] ?? "not-stated")
            : undefined;
        if (named.length === 0) {
          const elsewhere = facts.incidents.filter((incident) => {
            const state = stateAt(incident);
            return state !== undefined && state !== "not-exposed";
          });
          if (elsewhere.length > 0) {
            problems.push({
              sentence,
              problem: `says ${category.id} was not exposed without naming the incidents it holds for (${elsewhere
                .map((incident) => `${incident.names[0]}: ${stateAt(incident) ?? ""}`)
                .join(", ")})`,
            });
          }
          continue;
        }
        for (const incident of named) {
          const state = stateAt(incident);
          if (state !== undefined && state !== "not-exposed") {
            problems.push({
              sentence,
              problem: `says ${category.id} was not exposed, naming ${names}; the facts of ${incident.names[0]} say ${state}`,
            });
          }
        }
      }
    }
    return problems;
  }
}
