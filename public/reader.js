/*
 * Kiosk reader controls (text size, colour scheme), remembered in localStorage.
 * Deferred: the saved settings are already on <html>, set before the first paint by
 * the inline script of src/components/ReaderSettings.astro. The names and values
 * match src/interface/reader-settings.ts.
 */
(function () {
  "use strict";
  var KEY = "kiosk-reader";
  var root = document.documentElement;
  var saved = {};
  try {
    var stored = JSON.parse(localStorage.getItem(KEY));
    if (stored && typeof stored === "object") saved = stored;
  } catch {
    // No storage (private mode, blocked): the page keeps its defaults.
  }

  function apply(name) {
    if (typeof saved[name] === "string") root.setAttribute("data-" + name, saved[name]);
  }

  document.addEventListener("DOMContentLoaded", function () {
    // Escape closes what it is in, innermost first: the reader controls, then the menu.
    document
      .querySelectorAll("[data-kiosk=site-menu], [data-kiosk=reader-controls]")
      .forEach(function (details) {
        details.addEventListener("keydown", function (event) {
          if (event.key !== "Escape" || !details.open || event.defaultPrevented) return;
          event.preventDefault();
          details.open = false;
          details.querySelector("summary").focus();
        });
      });
    var controls = document.querySelector("[data-kiosk=reader-controls]");
    if (!controls) return;
    controls.querySelectorAll("input").forEach(function (input) {
      if (saved[input.name] === input.value) input.checked = true;
    });
    controls.addEventListener("change", function (event) {
      saved[event.target.name] = event.target.value;
      apply(event.target.name);
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch {
        // Not remembered, but applied to this page.
      }
    });
  });
})();
