/**
 * The phone menu is a native <details> (it works without JavaScript); Escape closes it and
 * gives the focus back to its button. Every page's first script imports this.
 */
const menu = document.querySelector<HTMLDetailsElement>("details[data-nav-menu]");
menu?.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || !menu.open) return;
  menu.open = false;
  menu.querySelector("summary")?.focus();
});
