// Loaded in the head, before the page is drawn, so the "js" class is there from the first paint:
// on small screens the menu is drawn collapsed rather than collapsing after load and shifting the
// page. Without JavaScript the menu simply stays open.
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".nav-toggle");
  const nav = document.getElementById("site-nav");
  if (!toggle || !nav) return;
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!open));
    nav.classList.toggle("is-open", !open);
  });
});
