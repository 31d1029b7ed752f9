/**
 * The build once Astro is started (`build.ts`): while Astro renders the pages, this loads the
 * checks and reads what they need besides the pages; then Pagefind indexes the site while the
 * checks read it, and `dist/` and `.cache/` are replaced only if every step passed.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promoteCaches } from "./build-caches.ts";
import { checkLinks } from "./check-links.ts";
import { precompress } from "./precompress.ts";
import { publicationFaults } from "./publication.ts";
import { HEADERS_FILE, headerConflicts, parseHeadersFile, withStyleHashes } from "./headers.ts";
import { missingSettings } from "../src/lib/site/publisher.ts";
import { indexFolder } from "../src/lib/outputs/search-index.ts";
import { removeUnusedFiles, shrinkSearchRuntime } from "../src/lib/outputs/search-runtime.ts";
import { checkPermalinks, collectPermalinks, readRegistry, redirectsFile } from "./permalinks.ts";
import { pageFiles } from "../src/lib/content/page-files.ts";
import { claimFactFiles, readClaimFacts } from "../src/lib/content/claim-facts.ts";
import { describeUnreviewed, reviewsOf } from "../src/lib/content/reviews.ts";
import { claimChecker } from "../src/lib/facts/claims.ts";
import { statementsOf } from "../src/lib/outputs/statements.ts";
import { codeHash } from "../src/lib/build/source-files.ts";
import { checkPages } from "./built-page-checks.ts";
import { REVIEWED_KINDS, type PageKind } from "../src/schemas/page.ts";
import {
  CACHES,
  CACHES_RETIRED,
  CACHES_STAGING,
  DIST,
  DRAWN,
  PRECOMPRESS,
  PUBLISH,
  RETIRED,
  ROOT,
  STAGING,
} from "./build-paths.ts";

/** Stops the search indexing (when it runs) before the staging folder is removed. */
let stopIndexing: () => Promise<unknown> = () => Promise.resolve();

async function fail(step: string, detail: string): Promise<never> {
  await stopIndexing();
  rmSync(STAGING, { recursive: true, force: true });
  rmSync(CACHES_STAGING, { recursive: true, force: true });
  console.error(
    `\nBuild failed at ${step}${detail ? `:\n${detail}` : "."}\nThe previous dist/ and .cache/ are unchanged.`,
  );
  process.exit(1);
}

type Indexing = Promise<{ pages: number; error: string | undefined }>;

/**
 * Everything the page checks depend on besides the page: the code this build runs (the
 * checks among it), the packages, and the incidents' facts the general statements are read
 * against.
 */
function pageChecksVersion(): string {
  const hash = codeHash("scripts/build.ts");
  const facts = claimFactFiles(join(ROOT, "content"));
  for (const file of [facts.categories, ...facts.incidents]) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

/**
 * What the checks read besides the built pages, read while Astro renders them (this process
 * is otherwise idle then): about half a second at 1,000 incidents.
 */
function prepareChecks() {
  const files = pageFiles(ROOT);
  return {
    version: pageChecksVersion(),
    fileOf: new Map(files.map((page) => [page.url, page])),
    unreviewed: reviewsOf(ROOT),
  };
}
type Prepared = ReturnType<typeof prepareChecks>;

/** The checks of the built site; each failure names what to fix. */
async function checkSite({ version, fileOf }: Prepared, indexing: Indexing): Promise<void> {
  /** The Markdown file behind a page's address, so that an editor knows what to open. */
  const inFile = (url: string) => (fileOf.has(url) ? ` in ${fileOf.get(url)?.file}` : "");
  // General pages may not state, unscoped, what some incident's facts contradict. Compiled only if some general page changed: at 1,000 incidents, reading their facts and
  // compiling their names took half a second.
  let checkClaims: ReturnType<typeof claimChecker> | undefined;
  // Every page is read once, for all the checks; one whose HTML did not change since the
  // last build is not parsed again (`built-page-checks.ts`).
  const checked = checkPages(STAGING, {
    cacheDir: join(CACHES_STAGING, "built-page-checks"),
    version,
    claimsOf: (url, html) => {
      const file = fileOf.get(url);
      if (!file || !REVIEWED_KINDS.has(file.data["kind"] as PageKind)) return [];
      const check = (checkClaims ??= claimChecker(readClaimFacts(join(ROOT, "content"))));
      return statementsOf(html).flatMap((run) => check(file.lang, run));
    },
  });
  const scanned = checked.map(({ scan }) => scan);
  const markup = checked.flatMap(({ scan, markup }) => markup.map((fault) => ({ url: scan.url, fault })));
  if (markup.length > 0) {
    await fail(
      "the markup check",
      markup.map(({ url, fault }) => `  ${url}: ${fault}${inFile(url)}`).join("\n"),
    );
  }
  const registry = readRegistry();
  const lost = checkPermalinks(collectPermalinks(STAGING, scanned), registry);
  if (lost.length > 0)
    await fail("the permalink check (content/permalinks.json)", lost.map((p) => `  ${p}`).join("\n"));
  writeFileSync(join(STAGING, "_redirects"), `${redirectsFile(registry)}\n`);
  // The policy allows the site's own inline stylesheet by its hash, and nothing else inline.
  const headers = withStyleHashes(
    readFileSync(HEADERS_FILE, "utf8"),
    scanned.flatMap((page) => page.inlineStyles),
  );
  const conflicts = headerConflicts(parseHeadersFile(headers));
  if (conflicts.length > 0)
    await fail("the headers check (public/_headers)", conflicts.map((c) => `  ${c}`).join("\n"));
  writeFileSync(join(STAGING, "_headers"), headers);

  const typography = checked.flatMap(({ scan, typography }) =>
    typography.map((fault) => `  ${scan.url}: ${fault}`),
  );
  if (typography.length > 0) await fail("the French typography check", typography.join("\n"));

  const claims = checked.flatMap(({ scan, claims }) =>
    claims.map(
      ({ sentence, problem }) =>
        `  ${fileOf.get(scan.url)?.file ?? scan.url}: « ${sentence} »\n    ${problem}`,
    ),
  );
  if (claims.length > 0)
    await fail(
      "the check of general statements (name the incidents a sentence holds for, or generate it with ::facts: README, Adding an incident)",
      [...new Set(claims)].join("\n"),
    );

  const links = checkLinks(STAGING, process.env["SITE_URL"] ?? "http://127.0.0.1:4321", scanned);
  if (links.broken.length > 0) {
    // Name the Markdown file behind each page, so the editor knows what to open.
    const lines = links.broken.map((problem) => {
      const page = problem.split(" ")[0] ?? "";
      return `  ${problem}${inFile(page)}`;
    });
    await fail("the link check", lines.join("\n"));
  }
  const searchIndex = await indexing;
  if (searchIndex.error) await fail("search indexing", searchIndex.error);
  const shrunk = await shrinkSearchRuntime(join(STAGING, "pagefind"), join(CACHES_STAGING, "search-runtime"));
  const removed = removeUnusedFiles(join(STAGING, "pagefind"));
  console.log(
    `Search index: ${searchIndex.pages} pages indexed; runtime made smaller: ${shrunk
      .map(({ file, before, after }) => `${file} ${Math.round((1 - after / before) * 100)} %`)
      .join(", ")}; ${removed.length} unused files left out (${Math.round(
      removed.reduce((sum, { bytes }) => sum + bytes, 0) / 1000,
    )} KB: ${removed.map(({ file }) => file).join(", ")}).`,
  );
  if (PUBLISH) {
    const drawn = JSON.parse(readFileSync(DRAWN, "utf8")) as Record<string, string[]>;
    rmSync(DRAWN, { force: true });
    const faults = publicationFaults(STAGING, drawn);
    if (faults.length > 0)
      await fail(
        "the publication check (no local address, no empty setting)",
        faults.map((fault) => `  ${fault}`).join("\n"),
      );
    console.log(
      `Publication check: no local address and no empty setting in the files nor in the text of ${Object.keys(drawn).length} images.`,
    );
  }

  // Last: every file is final now (the search runtime was just rewritten).
  if (PRECOMPRESS) {
    const compressing = performance.now();
    const compressed = await precompress(STAGING, join(CACHES_STAGING, "precompressed"));
    const seconds = ((performance.now() - compressing) / 1000).toFixed(1);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    console.log(
      `Precompressed: ${compressed.files} text files, ${kb(compressed.bytes)} → ${kb(compressed.brotli)} Brotli, ${kb(compressed.gzip)} gzip (.br and .gz beside each; ${compressed.compressed} compressed now, the rest from .cache/; ${seconds} s).`,
    );
  }
  console.log(
    `Links: all internal links and anchors resolve; ${links.external.length} external links (not fetched; \`node scripts/check-links.ts\` lists them).`,
  );
}

/** `astroExit`: the exit code of `astro build` (null if it could not start). */
export async function finishBuild(astroExit: Promise<number | null>): Promise<void> {
  let prepared: Prepared | undefined;
  let preparing: unknown;
  try {
    prepared = prepareChecks();
  } catch (error) {
    preparing = error;
  }
  if ((await astroExit) !== 0) await fail("astro build", "");
  // After Astro's: its message names the content file and the field at fault.
  if (!prepared)
    return fail(
      "the checks",
      preparing instanceof Error ? (preparing.stack ?? preparing.message) : String(preparing),
    );

  // Pagefind indexes the site in its own process while this one checks it.
  const abort = new AbortController();
  const indexing = indexFolder(STAGING, abort.signal).then(
    (pages) => ({ pages, error: undefined }),
    (error: unknown) => ({ pages: 0, error: String(error) }),
  );
  stopIndexing = () => {
    abort.abort();
    return indexing;
  };

  // An unexpected error is a failed build too: the previous dist/ stays, the staging folder goes.
  await checkSite(prepared, indexing).catch((error: unknown) =>
    fail("the checks", error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );

  // Swap in two renames so that dist/ is never half-written.
  if (existsSync(DIST)) renameSync(DIST, RETIRED);
  renameSync(STAGING, DIST);
  rmSync(RETIRED, { recursive: true, force: true });
  promoteCaches(CACHES, CACHES_STAGING, CACHES_RETIRED);
  console.log("dist/ and .cache/ replaced by the new build's.");

  // Not errors: a local build needs neither. But a published site must not point at 127.0.0.1
  // or show « not set » where the law asks for a publisher and a host: build:publish refuses both.
  const warnings = PUBLISH
    ? []
    : [
        ...(process.env["SITE_URL"]
          ? []
          : [
              "SITE_URL is not set: canonical links, citations, feeds, the sitemap and the open data point at http://127.0.0.1:4321. Publish with `SITE_URL=https://your.domain npm run build:publish` (README, Publishing).",
            ]),
        ...missingSettings().map(
          (name) =>
            `${name} is empty in src/site.config.ts: the legal notice and the accessibility statement say it is not set yet (npm run build:publish refuses it).`,
        ),
      ];
  for (const warning of warnings) console.warn(`Warning: ${warning}`);
  // Not an error here either (an editor adds the facts first), but `npm test` fails on it.
  if (prepared.unreviewed.length > 0) console.warn(`Warning: ${describeUnreviewed(prepared.unreviewed)}`);
}
