/**
 * The phone menu is a native <details> (it works without JavaScript); Escape closes it and
 * gives the focus back to its button. Every page's first script imports this, and through it
 * the language link's (the header's other behaviour, in the same small module).
 */
import "./language-switch.ts";

const menu = document.querySelector<HTMLDetailsElement>("details[data-nav-menu]");
menu?.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || !menu.open) return;
  menu.open = false;
  menu.querySelector("summary")?.focus();
});
