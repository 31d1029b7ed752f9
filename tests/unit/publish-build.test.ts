/**
 * `npm run build:publish` on a scratch copy of the project: it refuses to start without a
 * public https address or with any empty setting the legal notice needs, naming each; with the
 * fixture settings and https://example.org it builds a site where no file, and no text drawn
 * in an image, names a local address or shows a setting as not set, and the contact appears
 * where readers look for it; a local address that slips into a page fails it, naming the page
 * and the image that draws it, and leaves the previous dist/ as it was.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressibleFiles } from "../../scripts/precompress.ts";
import { createScratchProject, type RunResult, type ScratchProject } from "../support/scratch-project.ts";
import { FIXTURE_SETTINGS, writeSettings } from "../support/publish-fixture.ts";

const PUBLIC = { SITE_URL: "https://example.org" };
const REQUIRED = [
  ["publisher", "name"],
  ["publisher", "director"],
  ["publisher", "address"],
  ["publisher", "contact"],
  ["hosting", "name"],
  ["hosting", "address"],
  ["hosting", "phone"],
] as const;

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
    statSync(join(dir, f)).isFile(),
  );
  return new Map(files.map((file) => [file, readFileSync(join(dir, file), "base64")]));
}

describe("npm run build:publish", () => {
  let project: ScratchProject;
  let published: RunResult;
  let before: Map<string, string>;
  let leaked: RunResult;

  beforeAll(() => {
    project = createScratchProject();
    writeSettings(project, FIXTURE_SETTINGS);
    published = project.buildForPublication(PUBLIC);
    before = snapshot(join(project.dir, "dist"));
    // An editor pastes an address copied from a local preview into an English page's title:
    // it reaches the page, and the text drawn in its preview image.
    project.edit(
      "content/pages/en/about.md",
      "title: About this site",
      "title: About this site (see http://localhost:4321/en/about/)",
    );
    leaked = project.buildForPublication(PUBLIC);
  }, 600_000);
  afterAll(() => project.remove());

  it("refuses to start without SITE_URL, or with one that is not https or is this machine", () => {
    for (const [siteUrl, message] of [
      ["", "SITE_URL is not set"],
      ["http://example.org", 'SITE_URL "http://example.org" is not https'],
      ["https://localhost:4321", 'SITE_URL "https://localhost:4321" is this machine'],
      ["https://127.0.0.1/", 'SITE_URL "https://127.0.0.1/" is this machine'],
    ]) {
      const refused = project.buildForPublication({ SITE_URL: siteUrl ?? "" });
      expect(refused.status, siteUrl).toBe(1);
      expect(refused.output, siteUrl).toContain(message);
      expect(refused.output).toContain("The previous dist/ is unchanged.");
    }
    expect(snapshot(join(project.dir, "dist"))).toEqual(before);
  });

  it("refuses each empty setting the legal notice needs, naming it and where to set it", () => {
    for (const [group, key] of REQUIRED) {
      writeSettings(project, { ...FIXTURE_SETTINGS, [group]: { ...FIXTURE_SETTINGS[group], [key]: " " } });
      const refused = project.buildForPublication(PUBLIC);
      expect(refused.status, `${group}.${key}`).toBe(1);
      expect(refused.output).toContain(`${group}.${key} is empty in src/site.config.ts`);
      // Only the empty one is named.
      const named = REQUIRED.filter(([g, k]) => refused.output.includes(`${g}.${k} is empty`));
      expect(named).toEqual([[group, key]]);
    }
    writeSettings(project, FIXTURE_SETTINGS);
    expect(snapshot(join(project.dir, "dist"))).toEqual(before);
  });

  it("builds with the fixture settings and https://example.org", () => {
    expect(published.status, published.output).toBe(0);
    expect(published.output).toMatch(
      /Publication check: no local address and no empty setting .* of \d+ images/,
    );
  });

  it("leaves no local address and no « not set » in any text file of dist/", () => {
    const dist = join(project.dir, "dist");
    const files = [...compressibleFiles(dist), "_headers", "_redirects"];
    expect(files.length).toBeGreaterThan(100);
    const found = files.filter((file) =>
      /localhost|127\.0\.0\.1|class="not-set"/.test(readFileSync(join(dist, file), "utf8")),
    );
    expect(found).toEqual([]);
    expect(project.read("dist/en/incidents/viamedis-2024/atom.xml")).toContain("https://example.org/");
  });

  it("shows the settings on the legal notice, and the contact on the accessibility statement and the press page", () => {
    const legal = project.read("dist/mentions-legales/index.html");
    for (const value of [FIXTURE_SETTINGS.publisher.name, FIXTURE_SETTINGS.hosting.phone])
      expect(legal).toContain(value);
    // French typography applies to settings too: the apostrophe is typeset.
    expect(legal).toContain("12 rue de l’Exemple");
    const mail = `<a href="mailto:corrections@example.org">corrections@example.org</a>`;
    expect(legal).toContain(mail);
    expect(project.read("dist/accessibilite/index.html")).toContain(mail);
    expect(project.read("dist/en/accessibility/index.html")).toContain(mail);
    // The press page ends with the corrections policy; whom to write to follows it, and with
    // no press contact of its own, journalists get the same address.
    const press = project.read("dist/presse/index.html");
    const corrections = press.indexOf('id="corrections"');
    const contact = press.indexOf(mail);
    expect(corrections).toBeGreaterThan(0);
    expect(contact).toBeGreaterThan(corrections);
    expect(press.slice(corrections, contact)).not.toMatch(/<h[1-6]/);
    expect(press).toContain("Contact presse, et pour signaler une erreur");
  });

  it("fails when a local address reaches a page and an image, naming both, and keeps the previous dist/", () => {
    expect(leaked.status).not.toBe(0);
    expect(leaked.output).toContain("Build failed at the publication check");
    expect(leaked.output).toMatch(/\/en\/about\/index\.html names a local address: ".*localhost:4321/);
    expect(leaked.output).toMatch(/\/og\/en\/about\.png \(text drawn in the image\) names a local address/);
    expect(snapshot(join(project.dir, "dist"))).toEqual(before);
  });
});
