/** Who runs the site, as the legal notice, the accessibility statement and the press page show it. */
import { describe, expect, it } from "vitest";
import { contactHref, legalRows, pressContacts } from "../../src/lib/site/publisher.ts";
import { FIXTURE_SETTINGS } from "../support/publish-fixture.ts";

describe("publisher settings", () => {
  it("links a contact: an email address opens the mail, an https address is a web form", () => {
    expect(contactHref(" corrections@example.org ")).toBe("mailto:corrections@example.org");
    expect(contactHref("https://example.org/contact")).toBe("https://example.org/contact");
    expect(contactHref("01 23 45 67 89")).toBeUndefined();
    expect(contactHref("javascript:alert(1)")).toBeUndefined();
  });

  it("shows each setting in the page's typography, and an empty one as not set", () => {
    const fr = legalRows("fr", FIXTURE_SETTINGS);
    const en = legalRows("en", { ...FIXTURE_SETTINGS, hosting: { ...FIXTURE_SETTINGS.hosting, phone: " " } });
    expect(fr.find((row) => row.label === "legal.address")?.value).toBe(
      "12 rue de l’Exemple, 00000 Villetest (adresse fictive)",
    );
    expect(en.find((row) => row.label === "legal.address")?.value).toBe(
      "12 rue de l'Exemple, 00000 Villetest (adresse fictive)",
    );
    expect(en.find((row) => row.label === "legal.hostPhone")?.value).toBeUndefined();
    expect(fr.find((row) => row.label === "legal.contact")?.href).toBe("mailto:corrections@example.org");
  });

  it("gives journalists the press contact, else the publisher's; errors go to the publisher's", () => {
    const shared = pressContacts("fr", FIXTURE_SETTINGS);
    expect(shared.press?.value).toBe("corrections@example.org");
    expect(shared.corrections?.value).toBe("corrections@example.org");
    const own = pressContacts("fr", { ...FIXTURE_SETTINGS, pressContact: "presse@example.org" });
    expect(own.press?.href).toBe("mailto:presse@example.org");
    expect(own.corrections?.value).toBe("corrections@example.org");
    const none = pressContacts("en", {
      ...FIXTURE_SETTINGS,
      publisher: { ...FIXTURE_SETTINGS.publisher, contact: "" },
    });
    expect(none).toEqual({ press: undefined, corrections: undefined });
  });
});
