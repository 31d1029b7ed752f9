/**
 * The checks of `npm run build:publish`, on made-up settings and files: what must be set before
 * building, and what a built site must not contain, in every format and in the text of images.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { publicationFaults, settingsProblems } from "../../scripts/publication.ts";
import { FIXTURE_SETTINGS } from "../support/publish-fixture.ts";

describe("settingsProblems", () => {
  it("accepts a public https address and every setting of the legal notice; the press contact is optional", () => {
    expect(settingsProblems("https://example.org", FIXTURE_SETTINGS)).toEqual([]);
    expect(settingsProblems("https://example.org/", { ...FIXTURE_SETTINGS, pressContact: "" })).toEqual([]);
  });

  it("names each problem, and where to fix it", () => {
    const empty = { ...FIXTURE_SETTINGS, hosting: { ...FIXTURE_SETTINGS.hosting, phone: "", name: "  " } };
    expect(settingsProblems(undefined, empty)).toEqual([
      expect.stringContaining("SITE_URL is not set"),
      expect.stringMatching(/^hosting\.name is empty in src\/site\.config\.ts: set the host's name/),
      expect.stringMatching(/^hosting\.phone is empty in src\/site\.config\.ts: set the host's phone number/),
    ]);
    expect(settingsProblems("example.org", FIXTURE_SETTINGS)).toEqual([
      expect.stringContaining("is not an address"),
    ]);
    expect(settingsProblems("http://[::1]:4321", FIXTURE_SETTINGS)).toEqual([
      expect.stringContaining("is not https"),
      expect.stringContaining("is this machine"),
    ]);
  });
});

describe("publicationFaults", () => {
  const site = mkdtempSync(join(tmpdir(), "publication-"));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), text);
  };

  it("accepts a site that names only its public address", () => {
    write("index.html", '<link rel="canonical" href="https://example.org/">');
    write("mentions-legales/index.html", "<p>A line « Not set yet » means the setting is missing.</p>");
    write("api/v1/incidents.json", '{ "site": "https://example.org/" }');
    expect(
      publicationFaults(site, { "/og/index.png": ["Fuites de données santé", "https://example.org/"] }),
    ).toEqual([]);
  });

  it("names every file and image that names a local address or shows a setting as not set", () => {
    write("incidents/atom.xml", "<feed><id>http://127.0.0.1:4321/incidents/atom.xml</id></feed>");
    write(
      "api/v1/incidents.csv",
      "incident,url\nviamedis-2024,http://localhost:4321/incidents/viamedis-2024/\n",
    );
    write("diagrams/a.svg", "<svg><text>http://[::1]/</text></svg>");
    write("accessibilite/index.html", '<dd><em class="not-set">Non renseigné pour l’instant</em></dd>');
    const faults = publicationFaults(site, {
      "/images/exposition-viamedis-2024-fr.png": [
        "Données exposées",
        "Fuites · http://127.0.0.1:4321/incidents/",
      ],
      "/og/en/legal-notice.png": ["Publisher: Not set yet"],
    });
    expect(faults).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/incidents\/atom\.xml names a local address: ".*127\.0\.0\.1:4321/),
        expect.stringMatching(/^\/api\/v1\/incidents\.csv names a local address/),
        expect.stringMatching(/^\/diagrams\/a\.svg names a local address/),
        '/accessibilite/index.html shows a setting as not set (<em class="not-set")',
        expect.stringMatching(
          /^\/images\/exposition-viamedis-2024-fr\.png \(text drawn in the image\) names a local address/,
        ),
        "/og/en/legal-notice.png (text drawn in the image) shows a setting as not set (Not set yet)",
      ]),
    );
    expect(faults).toHaveLength(6);
  });
});
