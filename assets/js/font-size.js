// Text-size controls: step the root font size through a fixed scale, remember the step in
// localStorage, follow other tabs, announce each change. Design note: src/docs/font-size-controls.md.
// The scale and the storage key live on <html> (data-ed-font-steps, data-ed-font-key, written by
// templates/_layout.ftl), where the inline head script reads them too, so they are defined once.
// The inline head script has already applied the stored step before first paint; this module adds
// the buttons' behaviour. Started from [data-module="ed-font-size"]; fails quietly, and the controls stay
// invisible until started (data-ed-font-size-started, see css/site.css), so a failure leaves no dead buttons.

const root = document.documentElement;
const DEFAULT_STEP = "100";
const STARTED = "edFontSizeStarted";

const steps = (root.dataset.edFontSteps || "").split(" ").filter(Boolean);
const key = root.dataset.edFontKey;
const controls = [];

function readStored() {
  try {
    const value = window.localStorage.getItem(key);
    return steps.includes(value) ? value : null;
  } catch (e) {
    return null; // storage blocked (private mode, disabled cookies): behave as if nothing is stored
  }
}

function store(step) {
  try {
    if (step === null) {
      window.localStorage.removeItem(key);
    } else {
      window.localStorage.setItem(key, step);
    }
  } catch (e) {
    // not persisted; the size still applies to this page
  }
}

function currentStep() {
  const applied = root.style.fontSize.replace("%", "");
  return steps.includes(applied) ? applied : DEFAULT_STEP;
}

function announcement(step) {
  const index = steps.indexOf(step);
  let text = `Text size ${step}%`;
  if (index === steps.length - 1) text += ", largest";
  else if (index === 0) text += ", smallest";
  return text;
}

// Apply a step to the root and bring every control on the page in line with it.
function apply(step, announce) {
  root.style.fontSize = step === DEFAULT_STEP ? "" : `${step}%`;
  const index = steps.indexOf(step);
  for (const control of controls) {
    control.decrease.setAttribute("aria-disabled", String(index === 0));
    control.increase.setAttribute("aria-disabled", String(index === steps.length - 1));
    if (announce && control.status) control.status.textContent = announcement(step);
  }
}

function change(delta) {
  const index = steps.indexOf(currentStep()) + delta;
  if (index < 0 || index >= steps.length) return; // at a bound: aria-disabled, does nothing
  const step = steps[index];
  store(step);
  apply(step, true);
}

function reset() {
  store(null);
  apply(DEFAULT_STEP, true);
}

function start(element) {
  if (element.dataset[STARTED]) return;
  const increase = element.querySelector(".js-font-size-increase");
  const decrease = element.querySelector(".js-font-size-decrease");
  const resetButton = element.querySelector(".js-font-size-reset");
  if (!increase || !decrease || !resetButton) return;
  controls.push({ increase, decrease, status: element.querySelector(".js-font-size-status") });
  increase.addEventListener("click", () => change(1));
  decrease.addEventListener("click", () => change(-1));
  resetButton.addEventListener("click", reset);
  // Last, once the buttons work: the stylesheet shows the controls only from here on.
  element.dataset[STARTED] = "true";
}

try {
  if (steps.includes(DEFAULT_STEP) && key) {
    document.querySelectorAll('[data-module="ed-font-size"]').forEach(start);
    apply(readStored() || DEFAULT_STEP, false);
    // Another tab changed (or reset) the size: follow it. key is null when storage was cleared.
    window.addEventListener("storage", (event) => {
      if (event.key === key || event.key === null) apply(readStored() || DEFAULT_STEP, true);
    });
  }
} catch (e) {
  // Fail quietly: the page is complete without the controls, and browser zoom still works.
}
