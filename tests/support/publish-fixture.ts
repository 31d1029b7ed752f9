/**
 * Settings for testing `npm run build:publish`, written into a scratch copy's
 * `src/site.config.ts`. FIXTURES: made-up values, never a real publisher, address or phone;
 * the repository's own settings stay empty until a maintainer fills them (README, "Publishing").
 */
import type { Settings } from "../../src/lib/site/publisher.ts";
import type { ScratchProject } from "./scratch-project.ts";

export const FIXTURE_SETTINGS = {
  publisher: {
    name: "Éditeur fictif des tests",
    director: "Directrice fictive des tests",
    address: "12 rue de l'Exemple, 00000 Villetest (adresse fictive)",
    contact: "corrections@example.org",
  },
  hosting: {
    name: "Hébergeur fictif des tests",
    address: "34 avenue de l'Essai, 00000 Villetest (adresse fictive)",
    phone: "+33 0 00 00 00 00 (numéro fictif)",
  },
  pressContact: "",
} as const satisfies Settings;

/** Replaces the `publisher`, `hosting` and `pressContact` settings of the scratch copy. */
export function writeSettings(project: ScratchProject, settings: Settings): void {
  const file = "src/site.config.ts";
  const text = project.read(file);
  const block = (name: string) => new RegExp(`\\n  ${name}: \\{[^}]*\\n  \\},`);
  const entries = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([key, value]) => `\n    ${key}: ${JSON.stringify(value)},`)
      .join("");
  let updated = text;
  for (const name of ["publisher", "hosting"] as const) {
    if (!block(name).test(updated))
      throw new Error(`fixture out of date: ${file} has no "${name}: {…}," block`);
    updated = updated.replace(block(name), `\n  ${name}: {${entries(settings[name])}\n  },`);
  }
  if (!/\n {2}pressContact: "[^"]*",/.test(updated))
    throw new Error(`fixture out of date: ${file} has no pressContact`);
  updated = updated.replace(
    /\n {2}pressContact: "[^"]*",/,
    `\n  pressContact: ${JSON.stringify(settings.pressContact)},`,
  );
  project.write(file, updated);
}
