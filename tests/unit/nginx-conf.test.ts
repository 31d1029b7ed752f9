/**
 * `npm run nginx:conf` on a small built site, checked by a real nginx: the configuration is
 * accepted (with the Brotli module, and without it in its `--no-brotli` form), and every
 * response carries the headers `_headers` gives its path, as Netlify and Cloudflare apply
 * them: pages, cached assets, the open data, a folder with a rule of its own, redirects, and
 * errors. The browser tests then run against nginx serving the real site.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "../../scripts/headers.ts";
import { nginxConf, readBuiltSite } from "../../scripts/nginx-conf.ts";
import { precompress } from "../../scripts/precompress.ts";
import { freePort, startNginx, testNginxConf, type RunningNginx } from "../support/nginx.ts";

const scratch = mkdtempSync(join(tmpdir(), "nginx-conf-"));
const site = join(scratch, "dist");

// A rule of its own for one folder (a policy only the search page needs), detached first.
const HEADERS = `
/*
  Content-Security-Policy: default-src 'none'; style-src 'self' 'sha256-abc='
  X-Content-Type-Options: nosniff
  Cross-Origin-Resource-Policy: same-origin

/api/v1/*
  Access-Control-Allow-Origin: *
  ! Cross-Origin-Resource-Policy
  Cross-Origin-Resource-Policy: cross-origin

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/recherche/
  ! Content-Security-Policy
  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'
`;

const page = (title: string) =>
  `<!doctype html><title>${title}</title>${"<p>Données exposées</p>".repeat(100)}`;
const FILES: Record<string, string> = {
  "index.html": page("Accueil"),
  "404.html": page("Page introuvable"),
  "recherche/index.html": page("Recherche"),
  "incidents/viamedis-2024/index.html": page("Viamedis"),
  "_astro/app.B1x2.js": "console.log('app');\n".repeat(50),
  "api/v1/incidents.json": JSON.stringify({ incidents: Array(50).fill({ id: "viamedis-2024" }) }),
  "api/v1/incidents.csv": "incident,status\n" + "viamedis-2024,exposed\n".repeat(50),
  _headers: HEADERS,
  _redirects: "/viamedis/ /incidents/viamedis-2024/ 301\n",
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on("error", reject)
      .end();
  });
}

const rules = parseHeadersFile(HEADERS);
const read = (file: string) => readFileSync(join(site, file));

/** The headers `_headers` gives a path, each as nginx must send it. */
function expectHeadersOf(path: string, answer: Answer): void {
  for (const [name, value] of headersFor(path, rules))
    expect(answer.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
}

describe("npm run nginx:conf, served by nginx", () => {
  let nginx: RunningNginx;
  let snippet = "";

  beforeAll(async () => {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), text);
    }
    await precompress(site, join(scratch, "cache"));
    snippet = nginxConf(readBuiltSite(site), { brotli: true });
    nginx = await startNginx({ root: site, snippet, brotli: true, port: await freePort() });
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("is accepted by nginx -t, and in its --no-brotli form by an nginx without the module", () => {
    const accepted = testNginxConf({ root: site, snippet, brotli: true });
    expect(accepted.ok, accepted.output).toBe(true);
    expect(accepted.output).not.toContain("[warn]");
    const gzipOnly = nginxConf(readBuiltSite(site), { brotli: false });
    expect(gzipOnly).not.toContain("brotli_static on");
    expect(testNginxConf({ root: site, snippet: gzipOnly, brotli: false })).toMatchObject({ ok: true });
    // Why the variant exists: without the module, brotli_static is an unknown directive.
    const refused = testNginxConf({ root: site, snippet, brotli: false });
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain('unknown directive "brotli_static"');
  });

  it("sends a page with its headers, as the build's .br or .gz file, or as it is", async () => {
    const br = await get(`${nginx.url}/`, { "accept-encoding": "br, gzip" });
    expect(br.status).toBe(200);
    expectHeadersOf("/", br);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["vary"]).toBe("Accept-Encoding");
    expect(br.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(br.body.equals(read("index.html.br"))).toBe(true);
    const gzip = await get(`${nginx.url}/`, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.body.equals(read("index.html.gz"))).toBe(true);
    const plain = await get(`${nginx.url}/`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(read("index.html"))).toBe(true);
  });

  it("gives cached assets, the open data and a folder with its own rule every header of their path", async () => {
    const asset = await get(`${nginx.url}/_astro/app.B1x2.js`, { "accept-encoding": "br" });
    expectHeadersOf("/_astro/app.B1x2.js", asset);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["x-content-type-options"]).toBe("nosniff");

    for (const file of ["incidents.json", "incidents.csv"]) {
      const data = await get(`${nginx.url}/api/v1/${file}`);
      expectHeadersOf(`/api/v1/${file}`, data);
      expect(data.headers["access-control-allow-origin"]).toBe("*");
      expect(data.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    }
    expect((await get(`${nginx.url}/api/v1/incidents.csv`)).headers["content-type"]).toBe(
      "text/csv; charset=utf-8",
    );

    // nginx serves /recherche/ from /recherche/index.html: the folder's rule must hold there.
    const search = await get(`${nginx.url}/recherche/`, { "accept-encoding": "br" });
    expect(search.status).toBe(200);
    expect(search.headers["content-encoding"]).toBe("br");
    expect(search.headers["content-security-policy"]).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(search.headers["cross-origin-resource-policy"]).toBe("same-origin");
  });

  it("answers an old address with a 301 to its new path, with the security headers", async () => {
    const moved = await get(`${nginx.url}/viamedis/`);
    expect(moved.status).toBe(301);
    expect(moved.headers["location"]).toBe("/incidents/viamedis-2024/");
    expectHeadersOf("/viamedis/", moved);
  });

  it("answers unknown paths and the host's own files with the 404 page and the security headers, never cached", async () => {
    for (const path of [
      "/missing/",
      "/_astro/missing.js",
      "/api/v1/missing.json",
      "/_headers",
      "/_redirects",
    ]) {
      const missing = await get(`${nginx.url}${path}`);
      expect(missing.status, path).toBe(404);
      expect(missing.body.toString(), path).toContain("<title>Page introuvable</title>");
      expectHeadersOf("/404.html", missing);
      expect(missing.headers["cache-control"], path).toBeUndefined();
      expect(missing.headers["access-control-allow-origin"], path).toBeUndefined();
    }
  });
});
