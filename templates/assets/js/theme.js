// Light/dark toggle. The choice is remembered in localStorage; an inline script in <head>
// (partials/theme-init.sbn) applies it before the first paint, so there is no flash.
(function () {
  "use strict";
  var KEY = "digestgen-theme";
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function current() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "light" || chosen === "dark") return chosen;
    return dark && dark.matches ? "dark" : "light";
  }

  function sync(button) {
    var isDark = current() === "dark";
    button.setAttribute("aria-pressed", String(isDark));
    var colour = getComputedStyle(root).getPropertyValue("--bg").trim();
    document.querySelectorAll('meta[name="theme-color"]').forEach(function (meta) {
      if (root.hasAttribute("data-theme") && colour) meta.setAttribute("content", colour);
    });
  }

  function init() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    button.hidden = false;
    sync(button);
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: the choice lasts this page */ }
      sync(button);
    });
    if (dark && dark.addEventListener) dark.addEventListener("change", function () { sync(button); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
