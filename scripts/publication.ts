/**
 * What `npm run build:publish` refuses. Before building: a public address that is missing, not
 * https or this machine, and any empty setting the legal notice needs. After building: any
 * file of the site, or text drawn in its images, that names a local address or shows a setting
 * as not set. `npm run build` (local work) only warns about the first two.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { t } from "../src/i18n/index.ts";
import { LANGS } from "../src/i18n/langs.ts";
import { missingSettings, type Settings } from "../src/lib/site/publisher.ts";
import { siteConfig } from "../src/site.config.ts";
import { compressibleFiles } from "./precompress.ts";

/** What each required setting is, for the message that asks for it. */
const SETTING_MEANING: Record<string, string> = {
  "publisher.name": "the person or organisation that publishes the site",
  "publisher.director": "the director of publication (« directeur de la publication »)",
  "publisher.address": "the publisher's postal address",
  "publisher.contact": "an email address or https web form readers can write to",
  "hosting.name": "the host's name",
  "hosting.address": "the host's postal address",
  "hosting.phone": "the host's phone number",
};

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

/** Why the site cannot be published with these settings; empty when it can. */
export function settingsProblems(siteUrl: string | undefined, config: Settings = siteConfig): string[] {
  const problems: string[] = [];
  if (!siteUrl) {
    problems.push(
      "SITE_URL is not set: give the site's public address, e.g. `SITE_URL=https://your.domain npm run build:publish`.",
    );
  } else {
    let url: URL | undefined;
    try {
      url = new URL(siteUrl);
    } catch {
      problems.push(`SITE_URL "${siteUrl}" is not an address: give it as https://your.domain.`);
    }
    if (url && url.protocol !== "https:")
      problems.push(
        `SITE_URL "${siteUrl}" is not https: readers and feeds must reach the site over https://.`,
      );
    if (url && (LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith(".localhost")))
      problems.push(`SITE_URL "${siteUrl}" is this machine: give the site's public address.`);
  }
  for (const name of missingSettings(config)) {
    problems.push(
      `${name} is empty in src/site.config.ts: set ${SETTING_MEANING[name] ?? "it"} (the legal notice requires it).`,
    );
  }
  return problems;
}

/** Local addresses a local build writes (http://127.0.0.1:4321), and their other spellings. */
const LOCAL_ADDRESS = /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\[::1\]/i;

/**
 * How an empty setting shows: on a page, the « not set » mark of `LegalPage.astro` (its text
 * alone would also match the legal notice's sentence explaining it); anywhere else (feeds,
 * data, the text of images), the words themselves, in every language.
 */
const NOT_SET_ELEMENT = /<[a-z]+ class="not-set"/;
const notSetWords = () => LANGS.map((lang) => t(lang, "legal.notSet"));

/** The faults of one text: what it contains that a published site must not. */
function faultsOf(text: string, isPage: boolean): string[] {
  const faults: string[] = [];
  const local = LOCAL_ADDRESS.exec(text);
  if (local) {
    const start = Math.max(0, local.index - 40);
    faults.push(`names a local address: "…${text.slice(start, local.index + 40).replace(/\s+/g, " ")}…"`);
  }
  const notSet = isPage
    ? NOT_SET_ELEMENT.exec(text)?.[0]
    : notSetWords().find((words) => text.includes(words));
  if (notSet) faults.push(`shows a setting as not set (${notSet})`);
  return faults;
}

/**
 * Every text file of a built site (HTML, XML, JSON, CSV, SVG, scripts, styles, and the host's
 * `_headers` and `_redirects`) and the text drawn in its images (`drawn`: image path → texts),
 * checked for local addresses and settings shown as not set. Each fault names the file.
 */
export function publicationFaults(
  siteDir: string,
  drawn: Readonly<Record<string, readonly string[]>>,
): string[] {
  const files = [
    ...compressibleFiles(siteDir),
    ...["_headers", "_redirects"].filter((file) => existsSync(join(siteDir, file))),
  ];
  return [
    ...files.flatMap((file) =>
      faultsOf(readFileSync(join(siteDir, file), "utf8"), file.endsWith(".html")).map(
        (fault) => `/${file} ${fault}`,
      ),
    ),
    ...Object.entries(drawn).flatMap(([image, texts]) =>
      faultsOf(texts.join("\n"), false).map((fault) => `${image} (text drawn in the image) ${fault}`),
    ),
  ];
}
