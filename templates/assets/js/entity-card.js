// Entity cards: a small popover beside each entity mention, opened by hover, keyboard focus or a
// first tap (a second tap follows the link); Escape closes it. Only an enhancement: every
// mention is a plain link to its entity page and works without this script.
//
// Markup it reads (emitted by the article template):
//   <a class="entity entity--TYPE" data-entity="ID" href="…/entities/ID/">name</a>
//   the card: the element its aria-describedby names (the article template emits them as
//   `.entity-card#entity-card-ID` inside a hidden `.entity-cards`), else id="entity-card-ID",
//   the mention's next sibling, or any `.entity-card[data-entity=ID]`. Without a card, mentions
//   in article text get a minimal one (name and type); lists of names elsewhere get none.
(function () {
  "use strict";
  var TYPES = { person: "شخص", organization: "مؤسسة", place: "مكان", product: "منتج", event: "حدث", other: "كيان" };
  var GAP = 8;
  var popover = null;
  var owner = null;
  var closeTimer = 0;
  var lastPointer = "mouse";

  function mentionOf(node) {
    return node && node.closest ? node.closest("a.entity[data-entity]") : null;
  }

  function typeOf(link) {
    var match = /(?:^|\s)entity--([a-z]+)/.exec(link.className);
    return match && TYPES[match[1]] ? match[1] : "other";
  }

  function findCard(link) {
    var id = link.getAttribute("data-entity");
    var safe = window.CSS && CSS.escape ? CSS.escape(id) : id;
    var sibling = link.nextElementSibling;
    var described = link.getAttribute("data-card-id") || link.getAttribute("aria-describedby");
    var named = described && document.getElementById(described);
    return (named && named.classList.contains("entity-card") ? named : null) ||
      document.getElementById("entity-card-" + id) ||
      (link.getAttribute("data-card") && document.getElementById(link.getAttribute("data-card"))) ||
      (sibling && sibling.classList.contains("entity-card") ? sibling : null) ||
      document.querySelector('.entity-card[data-entity="' + safe + '"]');
  }

  function buildCard(link) {
    var card = document.createElement("div");
    card.className = "entity-card";
    var type = document.createElement("span");
    type.className = "entity-card__type";
    type.textContent = TYPES[typeOf(link)];
    var name = document.createElement("span");
    name.className = "entity-card__name";
    name.textContent = link.textContent;
    var more = document.createElement("p");
    more.className = "entity-card__meta";
    more.textContent = "كل ما نشره الموجز عنه في صفحته.";
    card.append(type, name, more);
    return card;
  }

  function ensurePopover() {
    if (popover) return popover;
    popover = document.createElement("div");
    popover.className = "entity-popover";
    popover.id = "entity-popover";
    popover.setAttribute("role", "tooltip");
    popover.hidden = true;
    popover.addEventListener("mouseenter", function () { clearTimeout(closeTimer); });
    popover.addEventListener("mouseleave", function () { scheduleClose(); });
    document.body.appendChild(popover);
    return popover;
  }

  function fill(link) {
    var source = findCard(link);
    var card = source ? source.cloneNode(true) : buildCard(link);
    card.removeAttribute("id");
    card.removeAttribute("hidden");
    card.removeAttribute("role");
    card.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    // The popover sits at the end of <body>: keep its links out of the tab order.
    card.querySelectorAll("a, button").forEach(function (el) { el.setAttribute("tabindex", "-1"); });
    popover.replaceChildren(card);
    popover.setAttribute("lang", link.closest("[lang]") ? link.closest("[lang]").getAttribute("lang") : "ar");
    popover.setAttribute("dir", getComputedStyle(link).direction);
    popover.style.setProperty("--type", getComputedStyle(link).getPropertyValue("--type"));
  }

  // Below the mention's first line box, its start edge (right in RTL) aligned with the
  // mention's, then clamped inside the viewport; above the mention when there is no room below.
  function place(link) {
    var rects = link.getClientRects();
    var box = rects.length ? rects[0] : link.getBoundingClientRect();
    var width = popover.offsetWidth;
    var height = popover.offsetHeight;
    var viewport = document.documentElement.clientWidth;
    var rtl = getComputedStyle(link).direction === "rtl";
    var left = rtl ? box.right - width : box.left;
    left = Math.max(GAP, Math.min(left, viewport - width - GAP));
    var top = box.bottom + GAP;
    if (top + height > window.innerHeight && box.top - height - GAP > 0) top = box.top - height - GAP;
    popover.style.left = Math.round(left + window.scrollX) + "px";
    popover.style.top = Math.round(top + window.scrollY) + "px";
  }

  function open(link) {
    clearTimeout(closeTimer);
    if (!findCard(link) && !link.closest(".article__body")) return;
    if (owner === link && !popover.hidden) return;
    close();
    ensurePopover();
    owner = link;
    fill(link);
    popover.hidden = false;
    place(link);
    link.classList.add("is-open");
    // A mention already described by its card keeps that description; others point at the popover.
    if (!link.hasAttribute("aria-describedby")) {
      link.setAttribute("aria-describedby", popover.id);
      link.setAttribute("data-described-by-popover", "");
    }
  }

  function close() {
    clearTimeout(closeTimer);
    if (!owner) return;
    owner.classList.remove("is-open");
    if (owner.hasAttribute("data-described-by-popover")) {
      owner.removeAttribute("aria-describedby");
      owner.removeAttribute("data-described-by-popover");
    }
    owner = null;
    if (popover) popover.hidden = true;
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, 250);
  }

  document.addEventListener("pointerdown", function (event) { lastPointer = event.pointerType || "mouse"; }, true);
  document.addEventListener("mouseover", function (event) {
    var link = mentionOf(event.target);
    if (link && lastPointer === "mouse") open(link);
  });
  document.addEventListener("mouseout", function (event) {
    var link = mentionOf(event.target);
    if (link && link === owner && !link.contains(event.relatedTarget)) scheduleClose();
  });
  document.addEventListener("focusin", function (event) {
    var link = mentionOf(event.target);
    if (link) open(link);
    else if (owner && !(popover && popover.contains(event.target))) close();
  });
  document.addEventListener("focusout", function (event) {
    if (mentionOf(event.target) === owner && !(popover && popover.contains(event.relatedTarget))) scheduleClose();
  });
  document.addEventListener("click", function (event) {
    var link = mentionOf(event.target);
    if (link && lastPointer !== "mouse" && owner !== link) {
      // First tap on a touch screen shows the card; the second one follows the link.
      event.preventDefault();
      open(link);
    } else if (!link && owner && !(popover && popover.contains(event.target))) {
      close();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && owner) {
      var link = owner;
      close();
      if (document.activeElement !== link && popover.contains(document.activeElement)) link.focus();
    }
  });
  window.addEventListener("resize", function () { if (owner) place(owner); });

  // The side panel of the article's entities: beside the story on wide screens, but a long list
  // under it on phones, so there it collapses behind its title (a disclosure button). A
  // <details> panel is simply opened when wide. Without JavaScript the panel stays open.
  var wide = window.matchMedia("(min-width: 64rem)");

  function collapsiblePanel() {
    var details = document.querySelector("details.entity-panel");
    if (details) {
      if (wide.matches) details.open = true;
      return;
    }
    var panel = document.querySelector("aside.entity-panel[aria-labelledby]");
    var title = panel && document.getElementById(panel.getAttribute("aria-labelledby"));
    if (!title || title.parentNode !== panel) return;
    var body = document.createElement("div");
    body.className = "entity-panel__body";
    body.id = "entity-panel-body";
    while (title.nextSibling) body.appendChild(title.nextSibling);
    panel.appendChild(body);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "entity-panel__toggle";
    button.setAttribute("aria-controls", body.id);
    while (title.firstChild) button.appendChild(title.firstChild);
    title.appendChild(button);
    function show(open) {
      button.setAttribute("aria-expanded", String(open));
      body.hidden = !open;
    }
    button.addEventListener("click", function () { show(button.getAttribute("aria-expanded") !== "true"); });
    wide.addEventListener("change", function () { show(wide.matches); });
    show(wide.matches);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", collapsiblePanel);
  else collapsiblePanel();
})();
