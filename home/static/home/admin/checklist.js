// Checklists in the admin (home/widgets.py): typing filters the choices, and the line above
// them names what is ticked. Enter in the filter box must not submit the page.
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && event.target.closest(".checklist__filter")) {
    event.preventDefault();
  }
});

document.addEventListener("input", (event) => {
  const filter = event.target.closest(".checklist__filter");
  if (!filter) return;
  const words = filter.value.trim().toLowerCase();
  const checklist = filter.closest("[data-checklist]");
  for (const label of checklist.querySelectorAll(".checklist__choices label")) {
    label.parentElement.hidden = !label.textContent.toLowerCase().includes(words);
  }
});

document.addEventListener("change", (event) => {
  const checklist = event.target.closest("[data-checklist]");
  if (!checklist || event.target.type !== "checkbox") return;
  const chosen = checklist.querySelector("[data-checklist-chosen]");
  chosen.replaceChildren(
    ...Array.from(checklist.querySelectorAll("input[type=checkbox]:checked"), (box) => {
      const name = document.createElement("span");
      name.textContent = box.closest("label").textContent.trim();
      return name;
    }),
  );
});
