// DigestGen serve: reloads the page after each good rebuild and shows build errors over it.
// Loaded only in serve mode (templates/partials/livereload.sbn); never part of a built site.
(() => {
  const events = new EventSource(document.currentScript.dataset.events || "/__digestgen/events");
  let build = null;

  events.addEventListener("hello", (e) => {
    const state = JSON.parse(e.data);
    // A new build number after reconnecting means the site changed while we were away.
    if (build !== null && state.build !== build) {
      location.reload();
      return;
    }
    build = state.build;
    show(state.errors);
  });
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("failed", (e) => show(JSON.parse(e.data).errors));

  function show(errors) {
    let overlay = document.getElementById("digestgen-errors");
    if (!errors || errors.length === 0) {
      if (overlay) overlay.remove();
      return;
    }
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "digestgen-errors";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:1.5rem;" +
        "background:rgba(30,0,0,.92);color:#fff;font:14px/1.6 ui-monospace,monospace;direction:ltr;text-align:left";
      overlay.title = "click to hide";
      overlay.addEventListener("click", () => overlay.remove());
      document.body.append(overlay);
    }
    const heading = document.createElement("h2");
    heading.textContent = "Build failed: the last good version of the site is still served. (تعذّر البناء)";
    heading.style.cssText = "margin:0 0 1rem;font-size:16px;color:#ff8a8a";
    const list = document.createElement("pre");
    list.style.cssText = "margin:0;white-space:pre-wrap;unicode-bidi:plaintext";
    list.textContent = errors.join("\n");
    overlay.replaceChildren(heading, list);
  }
})();
