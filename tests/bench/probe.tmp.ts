import { createSite, buildSite } from "/work/main/tests/bench/lib/sites.ts";
import { generateIncidents } from "/work/main/tests/bench/synthetic/write.ts";
import { readVocabulary } from "/work/main/tests/bench/synthetic/vocabulary.ts";
const n = Number(process.argv[2] ?? 1000);
const vocabulary = readVocabulary("/work/main/content");
const site = createSite("ours", generateIncidents(n, vocabulary));
console.log("site", site.dir);
const fig = await buildSite(site, `/tmp/probe-${n}.log`, 3600);
console.log(
  JSON.stringify(
    {
      ok: fig.ok,
      seconds: fig.seconds,
      peakMB: fig.peakTreeRss / 1e6,
      html: fig.htmlFiles,
      phases: fig.phases,
    },
    null,
    1,
  ),
);
if (process.argv[3] !== "keep") site.remove();
