// Loaded deferred, after the page is parsed. On small screens the stylesheet draws the menu
// collapsed from the first paint wherever scripts run (the scripting media feature); this opens
// and closes it.
const toggle = document.querySelector(".nav-toggle");
const nav = document.getElementById("site-nav");
if (toggle && nav) {
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!open));
    nav.classList.toggle("is-open", !open);
  });
}
