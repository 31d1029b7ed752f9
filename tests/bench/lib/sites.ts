/**
 * The three pipelines as buildable scratch sites: ours (the real project plus N synthetic
 * incidents), plain Astro and Starlight (the same N Markdown pages). Every build starts cold:
 * output and caches are removed first.
 */
import { join } from "node:path";
import { BENCH, NODE_BIN, ROOT } from "../config.ts";
import type { SyntheticIncident } from "../synthetic/incident.ts";
import { writeMarkdownFolder, writeOurContent } from "../synthetic/write.ts";
import { phasesOf, type Phases } from "./build-log.ts";
import { measure, type Measured } from "./process.ts";
import { removeScratch, resetBuild, scratchOf, scratchOfOurs } from "./scratch.ts";
import { folderSize } from "./sizes.ts";
import { STARLIGHT_PROJECT } from "./tools.ts";

export type Pipeline = "ours" | "astro-plain" | "starlight";

export const PIPELINE_NAMES: Record<Pipeline, string> = {
  ours: "Ours (markdown-it loader)",
  "astro-plain": "Plain Astro (glob + built-in Markdown)",
  starlight: "Starlight",
};

export interface Site {
  pipeline: Pipeline;
  n: number;
  dir: string;
  dist: string;
  remove(): void;
}

export interface BuildFigure {
  ok: boolean;
  exit: string;
  timedOut: boolean;
  seconds: number;
  peakTreeRss: number;
  peakProcessRss: number;
  distBytes: number;
  distFiles: number;
  htmlFiles: number;
  phases: Phases;
}

export function createSite(pipeline: Pipeline, incidents: SyntheticIncident[], starlightModules = ""): Site {
  let dir: string;
  if (pipeline === "ours") {
    dir = scratchOfOurs();
    writeOurContent(join(dir, "content"), incidents);
  } else if (pipeline === "astro-plain") {
    dir = scratchOf(join(BENCH, "astro-plain"), join(ROOT, "node_modules"), "symlink");
    writeMarkdownFolder(join(dir, "content", "incidents"), incidents);
  } else {
    dir = scratchOf(STARLIGHT_PROJECT, starlightModules, "hardlink");
    writeMarkdownFolder(join(dir, "src", "content", "docs", "incidents"), incidents);
  }
  return { pipeline, n: incidents.length, dir, dist: join(dir, "dist"), remove: () => removeScratch(dir) };
}

/** Builds a site; a cold build (the default) first removes its output and caches. */
export async function buildSite(
  site: Site,
  log: string,
  timeoutSeconds: number,
  { cold = true }: { cold?: boolean } = {},
): Promise<BuildFigure> {
  if (cold) resetBuild(site.dir);
  const [command, args] =
    site.pipeline === "ours"
      ? [join(NODE_BIN, "node"), ["scripts/build.ts"]]
      : [join(site.dir, "node_modules", ".bin", "astro"), ["build"]];
  const run: Measured = await measure(command, args, {
    cwd: site.dir,
    log,
    timeoutSeconds,
    env: {
      // Node 22 for Astro's `#!/usr/bin/env node` scripts, as `npm run` would arrange.
      PATH: `${NODE_BIN}:${process.env["PATH"] ?? ""}`,
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
    },
  });
  const size = run.ok ? folderSize(site.dist) : { bytes: 0, files: 0, htmlFiles: 0 };
  return {
    ok: run.ok,
    exit: run.exit,
    timedOut: run.timedOut,
    seconds: run.seconds,
    peakTreeRss: run.peakTreeRss,
    peakProcessRss: run.peakProcessRss,
    distBytes: size.bytes,
    distFiles: size.files,
    htmlFiles: size.htmlFiles,
    phases: phasesOf(run),
  };
}
