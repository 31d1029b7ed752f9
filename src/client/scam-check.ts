/**
 * The guided check, one question at a time. Without JavaScript every step is a section of the
 * page, linked by anchors; here the step named by the address's #anchor is shown alone, at the
 * top of the screen, so the browser's Back button returns to the previous step and any step's
 * address can be shared.
 *
 * Nothing is stored or sent. The steps the reader went through (for « Précédent » and the recap
 * of signs at the end) live only in the tab's own history, with each step's entry
 * (`history.state`), as the address does; a link to another page of the check carries them in
 * its #anchor (`#laboratoire~canal~sms~expediteur`), which browsers never send, and the page
 * they open puts its plain anchor back in the address at once.
 */
const checkRoot = document.querySelector<HTMLElement>("[data-scam-check]");

interface TrailState {
  scamTrail?: unknown;
}

if (checkRoot) {
  const steps = [...checkRoot.querySelectorAll<HTMLElement>("[data-step]")];
  const SEPARATOR = "~";
  /** The anchor's parts: the step, then the steps before it when another page sent them. */
  const partsOf = (hash: string): string[] => {
    try {
      return decodeURIComponent(hash.slice(1)).split(SEPARATOR);
    } catch {
      // An anchor that does not decode (`#%E0%A4%A`, a link cut short) names no step.
      return [];
    }
  };
  const stepNamed = (id: string | undefined) => steps.find((step) => step.dataset["step"] === id);
  const savedTrail = (): string[] => {
    const trail = (history.state as TrailState | null)?.scamTrail;
    return Array.isArray(trail) && trail.every((id) => typeof id === "string") ? (trail as string[]) : [];
  };
  const remember = (trail: string[], anchor: string) =>
    history.replaceState({ ...(history.state as object | null), scamTrail: trail }, "", anchor);

  let trail: string[] = [];
  const back = document.createElement("button");
  back.className = "button";
  back.textContent = checkRoot.dataset["back"] ?? "";
  back.addEventListener("click", () => history.back());
  // One step at a time: the stylesheet keeps « Question suivante » on screen (sticky).
  checkRoot.dataset["oneStep"] = "";

  const recapItems = document.querySelector<HTMLTemplateElement>("template[data-scam-recap-items]");
  const fillRecap = (step: HTMLElement) => {
    const recap = step.querySelector<HTMLElement>("[data-scam-recap]");
    const list = recap?.querySelector("ul");
    if (!recap || !list || !recapItems) return;
    const items = [...recapItems.content.querySelectorAll<HTMLElement>("[data-recap-step]")].filter((item) =>
      trail.includes(item.dataset["recapStep"] ?? ""),
    );
    list.replaceChildren(...items.map((item) => item.cloneNode(true)));
    recap.hidden = items.length === 0;
  };

  const show = (step: HTMLElement | undefined, moved: boolean) => {
    const current = step ?? steps[0];
    if (!current) return;
    for (const each of steps) each.hidden = each !== current;
    // « Précédent », before the step's place, when the reader came from another step.
    const place = current.querySelector(".scam-progress");
    if (place && trail.length > 1) place.prepend(back);
    else back.remove();
    fillRecap(current);
    // The browser scrolls to an #anchor's heading itself, and again while the page lays out:
    // its margin is the room above it in its step, so that scroll also brings the step's top
    // (its place and « Précédent ») to the top of the screen.
    const heading = current.querySelector<HTMLElement>("h2");
    if (heading) {
      const room = heading.getBoundingClientRect().top - current.getBoundingClientRect().top;
      heading.style.scrollMarginBlockStart = `${Math.max(0, room)}px`;
    }
    if (moved) {
      // The step starts at the top of the screen, not under the page's introduction; its
      // heading takes the focus, so a screen reader reads it next.
      current.scrollIntoView({ block: "start", behavior: "instant" });
      heading?.focus({ preventScroll: true });
    }
  };

  /** Shows the step of the address; `arriving` is the first look at it (page load). */
  const sync = (arriving: boolean) => {
    const [id, ...before] = partsOf(location.hash);
    const step = stepNamed(id);
    if (!step) {
      // An anchor outside the check (a source number) leaves the current step in place.
      if (!arriving && location.hash) return;
      // The page's own address: the first question, under the introduction.
      trail = steps[0]?.dataset["step"] ? [steps[0].dataset["step"]] : [];
      show(undefined, false);
      return;
    }
    const anchor = step.dataset["step"] ?? "";
    const saved = savedTrail();
    if (saved.at(-1) === anchor) trail = saved;
    else if (arriving) trail = [...before.filter((each) => each !== anchor), anchor];
    else trail = [...trail.filter((each) => each !== anchor), anchor];
    // Only the step's own anchor stays in the address.
    remember(trail, `#${encodeURIComponent(anchor)}`);
    // Arriving at a step's address (from another page of the check, or a shared link) is like
    // choosing it: it comes to the top and its heading takes the focus.
    show(step, true);
  };

  // Each step is put at the top of the screen here, also when Back reloads an earlier page.
  history.scrollRestoration = "manual";
  sync(true);
  window.addEventListener("hashchange", () => sync(false));
  // Back and Forward between two entries of one page bring their own trail back.
  window.addEventListener("popstate", () => sync(false));

  checkRoot.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a.button-link");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    const url = new URL(link.dataset["href"] ?? link.href, location.href);
    if (url.pathname === location.pathname) return;
    // To another page of the check: the steps so far travel in the anchor.
    link.dataset["href"] ??= link.getAttribute("href") ?? "";
    link.href = `${url.pathname}${url.hash}${[...trail].map((id) => SEPARATOR + encodeURIComponent(id)).join("")}`;
  });
}
