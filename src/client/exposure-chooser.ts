/**
 * « Mes données exposées »: narrows /donnees/'s comparison table to the ticked incidents and
 * shows what they exposed, strongest first. The selection lives only in the address
 * (`?incident=…`), so it can be shared; nothing is stored or sent. Loaded by
 * `chooser-loader.ts` when a selection is in the address or at the first tick, so a reader
 * who only reads the tables loads none of it.
 */
import {
  exposedAcross,
  selectionFrom,
  selectionQuery,
  type ExposureCell,
} from "../lib/facts/exposure-union.ts";
import type { ExposureState } from "../schemas/incident.ts";
import { fillPlaceholders } from "../lib/text/placeholders.ts";

interface ChooserText {
  lang: string;
  in: string;
  inOne: string;
  status: string;
  statusOne: string;
  statusAll: string;
  partial: string;
  chosen: string;
  copied: string;
  order: string[];
}

export function startChooser(root: HTMLElement): void {
  const text = JSON.parse(root.dataset["chooser"] ?? "{}") as ChooserText;
  const form = root.querySelector("form")!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="incident"]')];
  const known = boxes.map((box) => box.value);
  const operatorOf = new Map(
    boxes.map((box) => [
      box.value,
      box.parentElement?.querySelector("[data-operator]")?.textContent ?? box.value,
    ]),
  );
  const summary = root.querySelector<HTMLElement>("[data-chooser-summary]")!;
  const list = summary.querySelector("ul")!;
  const items = new Map(
    [...list.querySelectorAll<HTMLElement>("li[data-category]")].map((item) => [
      item.dataset["category"],
      item,
    ]),
  );
  const nothing = summary.querySelector<HTMLElement>("[data-chooser-nothing]")!;
  const status = root.querySelector<HTMLElement>("[data-chooser-status]")!;
  const columns = [...document.querySelectorAll<HTMLElement>(".comparison-table [data-incident]")];
  const tables = [...document.querySelectorAll<HTMLElement>(".comparison-table")];
  const groups = [...document.querySelectorAll<HTMLElement>("[data-comparison-group]")];
  const advice = [...list.querySelectorAll<HTMLElement>("[data-advice-for]")];
  const combined = summary.querySelector<HTMLElement>("[data-chooser-combined]")!;
  const cells: ExposureCell[] = [
    ...document.querySelectorAll<HTMLElement>(
      '.comparison-table[data-population="insured"] td[data-incident]',
    ),
  ].map((cell) => ({
    incident: cell.dataset["incident"] ?? "",
    category: cell.closest("tr")?.dataset["category"] ?? "",
    state: (cell.dataset["state"] ?? "not-stated") as ExposureState,
    partial: cell.dataset["partial"] !== undefined,
  }));
  const listFormat = new Intl.ListFormat(text.lang, { type: "conjunction" });
  const names = summary.querySelector<HTMLElement>("[data-chooser-names]")!;
  // The address is the selection: copying it shares it. Confirmed in words beside the button.
  const copyButton = summary.querySelector<HTMLElement>("[data-chooser-copy]")!;
  if (navigator.clipboard) {
    copyButton.hidden = false;
    const done = document.createElement("span");
    done.className = "copy-done";
    done.role = "status";
    copyButton.after(done);
    copyButton.addEventListener("click", () => {
      void navigator.clipboard.writeText(location.href).then(() => {
        done.textContent = text.copied;
        setTimeout(() => (done.textContent = ""), 4000);
      });
    });
  }

  const show = (chosen: string[]) => {
    for (const box of boxes) box.checked = chosen.includes(box.value);
    for (const column of columns) {
      column.hidden = chosen.length > 0 && !chosen.includes(column.dataset["incident"] ?? "");
    }
    // A table, or a whole group, none of whose leaks is ticked shows only empty rows: hide it.
    const showsChosen = (element: HTMLElement) =>
      chosen.length === 0 ||
      [...element.querySelectorAll<HTMLElement>("th[data-incident]")].some((column) => !column.hidden);
    for (const table of tables) table.closest<HTMLElement>(".table-wrap")!.hidden = !showsChosen(table);
    for (const group of groups) group.hidden = !showsChosen(group);
    // A precaution a source gives for one leak shows while that leak is ticked.
    for (const item of advice) item.hidden = !chosen.includes(item.dataset["adviceFor"] ?? "");
    combined.hidden = chosen.length < 2;
    const union = exposedAcross(chosen, cells, text.order);
    for (const item of items.values()) item.hidden = true;
    for (const { category, incidents } of union) {
      const item = items.get(category);
      if (!item) continue;
      const names = listFormat.format(
        incidents.map((id) =>
          cells.some((cell) => cell.partial && cell.incident === id && cell.category === category)
            ? `${operatorOf.get(id)!} (${text.partial})`
            : operatorOf.get(id)!,
        ),
      );
      item.querySelector("[data-chooser-count]")!.textContent = fillPlaceholders(
        incidents.length === 1 ? text.inOne : text.in,
        { count: String(incidents.length), list: names },
      );
      item.hidden = false;
      // Appending in order moves the item: the list reads strongest first.
      list.append(item);
    }
    summary.hidden = chosen.length === 0;
    names.textContent = fillPlaceholders(text.chosen, {
      list: listFormat.format(chosen.map((id) => operatorOf.get(id)!)),
    });
    nothing.hidden = union.length > 0;
    status.textContent =
      chosen.length === 0
        ? text.statusAll
        : fillPlaceholders(chosen.length === 1 ? text.statusOne : text.status, {
            count: String(chosen.length),
            total: String(known.length),
          });
  };

  const chosenNow = () => boxes.filter((box) => box.checked).map((box) => box.value);
  form.addEventListener("change", () => {
    const chosen = chosenNow();
    show(chosen);
    history.replaceState(null, "", `${location.pathname}${selectionQuery(chosen)}${location.hash}`);
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    show([]);
    history.replaceState(null, "", `${location.pathname}${location.hash}`);
  });

  // The shared selection in the address, or else the tick that loaded this module.
  const shared = selectionFrom(location.search, known);
  if (shared.length > 0) {
    show(shared);
    // Opened from a shared address: the answer, not the form two screens above it (unless
    // the address names a section of its own).
    if (!location.hash) summary.scrollIntoView({ block: "start" });
  } else form.dispatchEvent(new Event("change"));
}
