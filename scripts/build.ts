/**
 * `npm run build`: builds into a temporary folder and replaces `dist/` only when every step
 * succeeded (pages, search index, checks), so a failed build leaves the last good site intact.
 *
 * `npm run build:publish` (`--publish`): the build for publication. It does not start without a
 * public https address and every setting the legal notice needs, and fails when anything in
 * the built site (files, or text drawn in images) names a local address or an empty setting.
 * It also writes the precompressed files servers read (`precompress.ts`), which
 * `--precompress` asks for without the rest (`npm test` builds so, to test nginx with them).
 *
 * The caches likewise: the build works on a copy of `.cache/` (`build-caches.ts`).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { removeAbandonedCopies, stageCaches } from "./build-caches.ts";
import { CACHES, CACHES_STAGING, DRAWN, PUBLISH, ROOT, STAGING } from "./build-paths.ts";
import { DRAWN_TEXT_FILE } from "../src/lib/outputs/drawn-text.ts";

if (PUBLISH) {
  const { settingsProblems } = await import("./publication.ts");
  const problems = settingsProblems(process.env["SITE_URL"]);
  if (problems.length > 0) {
    console.error(
      `\nNot built for publication:\n${problems.map((p) => `  ${p}`).join("\n")}\n` +
        'Set them (README, "Publishing"), then run `npm run build:publish` again. The previous dist/ is unchanged.',
    );
    process.exit(1);
  }
}

removeAbandonedCopies(ROOT);
stageCaches(CACHES, CACHES_STAGING);
const astroExit = new Promise<number | null>((resolve) => {
  spawn(join(ROOT, "node_modules", ".bin", "astro"), ["build", "--outDir", STAGING], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      BUILD_CACHE_DIR: CACHES_STAGING,
      ...(PUBLISH ? { [DRAWN_TEXT_FILE]: DRAWN } : {}),
    },
  })
    .on("error", () => resolve(null))
    .on("close", resolve);
});
// Imported once Astro runs: loading the checks' code took half a second before Astro started.
const { finishBuild } = await import("./build-finish.ts");
await finishBuild(astroExit);
