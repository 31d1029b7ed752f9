/**
 * The phone menu is a native disclosure (`<details>`), which works without JavaScript; here
 * Escape closes it, from its button or any of its links, and gives the focus back to the
 * button.
 */
const menu = document.querySelector<HTMLDetailsElement>("details[data-nav-menu]");

if (menu) {
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary")?.focus();
    event.preventDefault();
  });
}
