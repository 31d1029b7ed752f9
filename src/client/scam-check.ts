/**
 * The guided check, one question at a time. Without JavaScript every step is a section of the
 * page, linked by anchors; here the step named by the address's #anchor is shown alone, so the
 * browser's Back button returns to the previous step and any step's address can be shared.
 * Nothing is stored or sent: the only state is the address's anchor.
 */
const checkRoot = document.querySelector<HTMLElement>("[data-scam-check]");

if (checkRoot) {
  const steps = [...checkRoot.querySelectorAll<HTMLElement>("[data-step]")];
  const stepOf = (hash: string) => {
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      // An anchor that does not decode (`#%E0%A4%A`, a link cut short) names no step.
      return undefined;
    }
    return steps.find((step) => step.dataset["step"] === id);
  };
  const show = (step: HTMLElement | undefined, focus: boolean) => {
    const current = step ?? steps[0];
    for (const each of steps) each.hidden = each !== current;
    // The new question's heading takes the focus, so a screen reader reads it next.
    if (focus) current?.querySelector<HTMLElement>("h2")?.focus();
  };
  // Arriving at a step's address (from the other page of the check, or a shared link) is
  // like choosing it: its heading takes the focus.
  const first = stepOf(location.hash);
  show(first, Boolean(first));
  window.addEventListener("hashchange", () => {
    // An anchor outside the check (a source number) leaves the current step in place.
    const step = stepOf(location.hash);
    if (step || !location.hash) show(step, true);
  });
}
