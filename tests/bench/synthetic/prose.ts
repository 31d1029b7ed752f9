/**
 * French prose for synthetic incident pages. Sentences are templates filled per page (operator,
 * place, figures, citations), so the search index sees a realistic mix of shared and unique
 * words instead of one paragraph repeated N times.
 */
import type { Random } from "./random.ts";

export interface ProseContext {
  random: Random;
  operator: string;
  /** What the operator does, e.g. "gère le tiers payant pour des mutuelles". */
  trade: string;
  city: string;
  announced: string;
  discovered: string;
  people: string;
  /** A citation marker with one or two real source ids: `[@seed]`, `[@a; @b]`. */
  cite(): string;
  /** A Markdown link to a real data-category page, e.g. `[RIB](/donnees/coordonnees-bancaires/)`. */
  categoryLink(): string;
}

const FIRST = ["Var", "Tel", "Méd", "Sant", "Pro", "Ass", "Mut", "Cor", "Hel", "Nov", "Ald", "Bri", "Quo"];
const MIDDLE = ["lo", "ra", "ni", "ve", "ta", "mé", "ca", "li", "do", "ru", "si", "pa"];
const LAST = ["mis", "nara", "lys", "tis", "via", "gest", "care", "net", "plus", "pay", "santé", "lia"];

/**
 * An invented company name, unique per index: the index is spread over 24,336 syllable
 * combinations (7,919 is prime to that count, so no two indexes collide), which makes each
 * operator a distinct search term, as real company names are.
 */
export function operatorName(index: number): string {
  const code = (index * 7919) % (FIRST.length * MIDDLE.length * LAST.length * (MIDDLE.length + 1));
  const first = FIRST[code % FIRST.length];
  const middle = MIDDLE[Math.floor(code / FIRST.length) % MIDDLE.length];
  const last = LAST[Math.floor(code / (FIRST.length * MIDDLE.length)) % LAST.length];
  const extra = Math.floor(code / (FIRST.length * MIDDLE.length * LAST.length)) % (MIDDLE.length + 1);
  return `${first}${middle}${extra > 0 ? MIDDLE[extra - 1] : ""}${last}`;
}

export const TRADES = [
  "gère le tiers payant pour des mutuelles et des complémentaires santé",
  "héberge les dossiers d'adhérents de plusieurs organismes de prévoyance",
  "édite un logiciel de facturation utilisé par des pharmacies et des opticiens",
  "traite les remboursements de complémentaires santé pour des entreprises",
  "gère un réseau de soins conventionné avec des audioprothésistes",
  "fournit un portail de prise de rendez-vous à des centres de santé",
];

export const CITIES = [
  "Lyon",
  "Nantes",
  "Lille",
  "Rennes",
  "Bordeaux",
  "Toulouse",
  "Metz",
  "Dijon",
  "Nice",
  "Caen",
];

type Template = (c: ProseContext) => string;

export const HOW: Template[] = [
  (c) =>
    `${c.operator}, une entreprise installée à ${c.city}, ${c.trade} ${c.cite()}. L'intrusion a été découverte le ${c.discovered}, lors d'un contrôle de routine des journaux de connexion ${c.cite()}.`,
  (c) =>
    `Selon le communiqué de ${c.operator}, des identifiants d'un compte de professionnel ont été obtenus par hameçonnage, puis utilisés pour interroger la plateforme pendant plusieurs jours ${c.cite()}. Aucun rançongiciel n'a été signalé ${c.cite()}.`,
  (c) =>
    `Les pirates auraient exploité une faille d'un serveur exposé sur internet, corrigée depuis ${c.cite()}. L'entreprise parle d'un « accès non autorisé » et non d'une attaque par chiffrement des fichiers ${c.cite()}.`,
  (c) =>
    `Le service a été coupé plusieurs heures pour limiter la fuite, ce qui a perturbé la prise en charge en tiers payant dans les pharmacies de la région de ${c.city} ${c.cite()}.`,
];

export const RESPONSE: Template[] = [
  (c) =>
    `${c.operator} a notifié l'incident à la CNIL dans les 72 heures, comme le prévoit le RGPD, et a porté plainte auprès du procureur de la République ${c.cite()}.`,
  (c) =>
    `L'entreprise a réinitialisé les mots de passe de tous les comptes professionnels et ajouté une double authentification ${c.cite()}. Le portail a rouvert progressivement, « sous sécurité renforcée » ${c.cite()}.`,
  (c) =>
    `Les organismes clients de ${c.operator} ont été prévenus le ${c.announced} ; ce sont eux qui informent les assurés concernés, par courrier ou par e-mail ${c.cite()}.`,
  (c) =>
    `Une cellule d'écoute a été ouverte pour répondre aux questions des assurés, mais elle ne demande jamais de coordonnées bancaires ni de mot de passe ${c.cite()}.`,
];

export const DATA: Template[] = [
  (c) =>
    `Environ ${c.people} personnes figurent dans les fichiers consultés, selon une première estimation qui pourra être revue ${c.cite()}. Ce chiffre compte des dossiers, pas des personnes dont on a prouvé que les données ont été copiées.`,
  (c) =>
    `Parmi les informations exposées figurent l'état civil et le ${c.categoryLink()} ${c.cite()}. Les données médicales ne seraient pas concernées, selon l'entreprise ${c.cite()}.`,
  (c) =>
    `Le détail publié par ${c.operator} reste partiel : le ${c.categoryLink()} n'est mentionné ni comme exposé ni comme épargné, et ce site l'indique donc comme « non précisé » ${c.cite()}.`,
  (c) =>
    `Pour les professionnels de santé, la liste est plus longue : raison sociale, identifiant de connexion, numéros FINESS et SIRET ${c.cite()}.`,
];

export const RISK: Template[] = [
  (c) =>
    `Le risque principal est l'hameçonnage : un faux message qui cite votre mutuelle ou votre numéro de sécurité sociale pour paraître crédible ${c.cite()}.`,
  (c) =>
    `Un escroc peut se faire passer pour votre complémentaire santé et parler d'un « remboursement bloqué » pour obtenir votre carte bancaire ${c.cite()}. Aucune caisse ne demande ces informations par SMS.`,
  (c) =>
    `Ces données peuvent être croisées avec celles d'autres fuites pour rendre une usurpation d'identité plus convaincante ${c.cite()}.`,
];

export const INVESTIGATION: Template[] = [
  (c) =>
    `La CNIL a ouvert une procédure de contrôle auprès de ${c.operator} ${c.cite()}. Aucune sanction n'a été publiée à ce jour.`,
  (c) =>
    `Le parquet de Paris, par sa section spécialisée dans la cybercriminalité, a été saisi ${c.cite()}. L'enquête est en cours.`,
  (c) =>
    `Une association de consommateurs propose une lettre type pour porter plainte, utilisable par toute personne informée par son assureur ${c.cite()}.`,
];

export const TIPS: Template[] = [
  (c) =>
    `Méfiez-vous des messages qui citent ${c.operator} ou votre mutuelle et vous pressent d'agir. Ne cliquez pas sur les liens : passez par le site ou l'application que vous utilisez d'habitude ${c.cite()}.`,
  (c) =>
    `Si vous avez donné vos coordonnées bancaires à un faux conseiller, appelez tout de suite votre banque pour faire opposition ${c.cite()}.`,
];

/** `count` paragraphs drawn from one template list, without repeating a template. */
export function paragraphs(templates: Template[], context: ProseContext, count: number): string[] {
  return context.random.sample(templates, count).map((template) => template(context));
}
