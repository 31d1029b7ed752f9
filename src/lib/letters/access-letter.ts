/**
 * The right-of-access letter of « Demander mes données »: for one incident, the letter to the
 * organisation its facts name (`addressee`), written from the facts and the dictionaries alone.
 * The reader's own details are blanks they fill in on paper; the page fills in nothing but the
 * incident, the addressee and, when its script runs, today's date.
 *
 * Every sentence that states the law names the source it says it from (`sources`): the letter's
 * request (GDPR art. 15) and deadline (art. 12(3)), and the note on the medical file (Code de la
 * santé publique, art. L.1111-7). The questions about the incident claim no legal deadline.
 */
import { formatDate, t, type UiKey } from "../../i18n/index.ts";
import type { Lang } from "../../i18n/langs.ts";
import type { AddresseeKind, ComplaintRoute, Incident } from "../../schemas/incident.ts";
import { contractArticle } from "../text/contractions.ts";

/** Where each statement of the law is read. */
export const LAW_SOURCES = {
  /** Art. 15: the right of access and what it covers; the CNIL's page says it in plain words. */
  access: ["rgpd-eurlex", "cnil-droit-acces"],
  /** Art. 12(3): one month, extendable by two. */
  deadline: ["rgpd-eurlex"],
  /** Code de la santé publique, art. L.1111-7: eight days, two months past five years. */
  medicalFile: ["csp-l1111-7"],
} as const satisfies Record<string, readonly string[]>;

/** Addressees who hold a medical file: a health professional or establishment. */
const HOLDS_MEDICAL_FILE: ReadonlySet<AddresseeKind> = new Set([
  "health-professional",
  "health-establishment",
]);

/** The complaint route of each kind, with where it is explained (« Que faire ») and its sources. */
const COMPLAINT: Record<ComplaintRoute, { text: UiKey; anchor: UiKey; sources: readonly string[] }> = {
  "bl2c-letter-2024": {
    text: "letter.complaintBl2c",
    anchor: "anchor.complaintLetter",
    sources: ["20minutes-2024-02-11", "bl2c-lettre-plainte"],
  },
  "police-or-prosecutor": {
    text: "letter.complaintPolice",
    anchor: "anchor.complaintAnyLeak",
    sources: ["service-public-plainte"],
  },
};

/** A paragraph of the letter; `law` marks a statement of the law, which must cite a source. */
export interface LetterParagraph {
  text: string;
  sources: readonly string[];
  law: boolean;
}

export interface AccessLetter {
  incidentId: string;
  /** The incident as general pages name it (« Viamedis », « France Travail (2024) »). */
  incidentName: string;
  /** « Cerballiance : lettre au laboratoire Cerballiance ». */
  heading: string;
  addressee: string;
  addresseeKind: AddresseeKind;
  /** What the sources say about who holds the data, and where they are silent. */
  why: { text: string; sources: readonly string[] };
  /** The reader's details, as blanks: never the NIR. */
  sender: readonly string[];
  recipient: readonly string[];
  /** The place-and-date line, around the date the script fills in (`{date}` is the blank). */
  dateLine: { before: string; blank: string; after: string };
  subject: string;
  salutation: string;
  paragraphs: readonly LetterParagraph[];
  closing: string;
  signature: string;
  /** Only where the addressee holds a medical file. */
  medicalFile: { text: string; sources: readonly string[] } | undefined;
  complaint: { text: string; anchor: string; sources: readonly string[] };
}

export interface LetterIncident {
  id: string;
  name: string;
  data: Pick<Incident, "operator" | "dates" | "addressee">;
}

/** The place-and-date line split around its date, so a script can fill in today's date alone. */
function dateLine(lang: Lang) {
  const marker = "\u0000";
  const line = t(lang, "letter.dateLine", { date: marker });
  const [before = "", after = ""] = line.split(marker);
  return { before, blank: t(lang, "letter.blankDate"), after };
}

export function accessLetter(lang: Lang, incident: LetterIncident): AccessLetter {
  const { addressee, operator, dates } = incident.data;
  const complaint = COMPLAINT[addressee.complaint];
  return {
    incidentId: incident.id,
    incidentName: incident.name,
    heading: t(lang, "letter.heading", {
      incident: incident.name,
      to: contractArticle(lang, t(lang, "letter.addressedTo", { addressee: addressee.name[lang] })),
    }),
    addressee: addressee.name[lang],
    addresseeKind: addressee.kind,
    why: { text: addressee.why[lang], sources: addressee.sources },
    sender: [t(lang, "letter.blankName"), t(lang, "letter.blankAddress"), t(lang, "letter.blankNumber")],
    recipient: [t(lang, "letter.to", { addressee: addressee.name[lang] }), t(lang, "letter.blankToAddress")],
    dateLine: dateLine(lang),
    subject: t(lang, "letter.subject"),
    salutation: t(lang, "letter.salutation"),
    paragraphs: [
      { text: t(lang, "letter.request"), sources: LAW_SOURCES.access, law: true },
      { text: t(lang, "letter.deadline"), sources: LAW_SOURCES.deadline, law: true },
      {
        text: t(lang, "letter.questions", { operator, date: formatDate(lang, dates.announced) }),
        sources: [],
        law: false,
      },
    ],
    closing: t(lang, "letter.closing"),
    signature: t(lang, "letter.signature"),
    medicalFile: HOLDS_MEDICAL_FILE.has(addressee.kind)
      ? { text: t(lang, "letter.medicalFile"), sources: LAW_SOURCES.medicalFile }
      : undefined,
    complaint: {
      text: t(lang, complaint.text),
      anchor: t(lang, complaint.anchor),
      sources: complaint.sources,
    },
  };
}

/** Every source a letter cites, for the page's source list. */
export function letterSources(letter: AccessLetter): string[] {
  return [
    ...letter.why.sources,
    ...letter.paragraphs.flatMap((paragraph) => paragraph.sources),
    ...(letter.medicalFile?.sources ?? []),
    ...letter.complaint.sources,
  ];
}

/** The letter as plain text, as the copy button gives it (no source marks). */
export function letterText(letter: AccessLetter, date: string = letter.dateLine.blank): string {
  return [
    letter.sender.join("\n"),
    letter.recipient.join("\n"),
    `${letter.dateLine.before}${date}${letter.dateLine.after}`,
    letter.subject,
    letter.salutation,
    ...letter.paragraphs.map((paragraph) => paragraph.text),
    letter.closing,
    letter.signature,
  ].join("\n\n");
}
