// attest-l10n review site: sorting, filtering, search, the locale switch of
// page views, and hooks for the browser tests (URL fragment `#test-…`).
// Plain script, no library, nothing loaded from elsewhere.
"use strict";

// Errors are written into the page, where a test that reads the DOM sees them.
function scriptError(message) {
  var pre = document.getElementById("js-errors");
  if (!pre) {
    pre = document.createElement("pre");
    pre.id = "js-errors";
    document.body.appendChild(pre);
  }
  pre.textContent += message + "\n";
  document.documentElement.setAttribute("data-js-errors", "1");
}
window.addEventListener("error", function (e) { scriptError(e.message || "error"); });

(function () {
  function $$(sel, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(sel));
  }

  // The root of the site, from the stylesheet's address.
  var css = document.querySelector('link[rel="stylesheet"]');
  var root = css ? css.getAttribute("href").replace(/site\.css$/, "") : "";

  // ---- sortable tables: a button in each sortable header
  function cellValue(row, index) {
    var cell = row.children[index];
    if (!cell) return "";
    var v = cell.getAttribute("data-v");
    return v === null ? cell.textContent.trim() : v;
  }
  function sortTable(table, th) {
    var headers = Array.prototype.slice.call(th.parentNode.children);
    var index = headers.indexOf(th);
    var numeric = th.getAttribute("data-type") === "num";
    var asc = th.getAttribute("aria-sort") !== "ascending";
    headers.forEach(function (h) {
      if (h.hasAttribute("aria-sort")) h.setAttribute("aria-sort", "none");
    });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index), c;
      if (numeric) c = (parseFloat(x) || 0) - (parseFloat(y) || 0);
      else c = x < y ? -1 : x > y ? 1 : 0;
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  $$("table.sortable").forEach(function (table) {
    $$("thead th[aria-sort] button", table).forEach(function (b) {
      b.addEventListener("click", function () { sortTable(table, b.parentNode); });
    });
  });

  // ---- filters and search over the view's rows
  var filterState = "all";
  var searchInput = document.querySelector("input[data-search]");
  var target = searchInput ? document.querySelector('[data-table="' + searchInput.getAttribute("data-search") + '"]') : null;
  function rowsOf(t) {
    if (!t) return [];
    return t.tBodies ? Array.prototype.slice.call(t.tBodies[0].rows) : $$(":scope > li", t);
  }
  function apply() {
    var q = searchInput ? searchInput.value.trim().toLowerCase() : "";
    var shown = 0;
    rowsOf(target).forEach(function (r) {
      var states = (r.getAttribute("data-s") || "").split(" ");
      var ok = (filterState === "all" || states.indexOf(filterState) >= 0) &&
        (q === "" || r.textContent.toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    var out = searchInput ? document.getElementById("count-" + searchInput.getAttribute("data-search")) : null;
    if (out) out.textContent = shown + " shown";
    return shown;
  }
  $$(".filters button[data-filter]").forEach(function (b) {
    b.addEventListener("click", function () {
      filterState = b.getAttribute("data-filter");
      $$(".filters button[data-filter]").forEach(function (o) {
        o.setAttribute("aria-pressed", o === b ? "true" : "false");
      });
      apply();
    });
  });
  if (searchInput) {
    searchInput.addEventListener("input", apply);
    searchInput.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { searchInput.value = ""; apply(); searchInput.blur(); }
    });
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
    if (e.key === "/" && !typing && searchInput) {
      e.preventDefault();
      searchInput.focus();
      searchInput.select();
    }
  });

  // ---- page views: one locale beside the reference
  var switchButtons = $$(".switch button[data-show]");
  function show(id) {
    var found = false;
    $$(".sbs .col").forEach(function (c) {
      var col = c.getAttribute("data-col");
      if (col === "reference") return;
      c.hidden = col !== id;
      if (col === id) found = true;
    });
    switchButtons.forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-show") === id ? "true" : "false");
    });
    return found;
  }
  switchButtons.forEach(function (b) {
    b.addEventListener("click", function () { show(b.getAttribute("data-show")); });
  });
  var first = document.querySelector(".sbs .col[data-first]:not([data-col=reference])");
  if (first) show(first.getAttribute("data-col"));

  // A highlighted text: its key and origin, the same key in the other column.
  var info = document.getElementById("mark-info");
  var keyData = document.getElementById("page-keys");
  var pageKeys = keyData ? JSON.parse(keyData.textContent) : [];
  function keyOf(m) { return pageKeys[parseInt(m.getAttribute("data-i"), 10)] || ""; }

  // Texts of the catalogs' messages with no variable come from the label
  // files (labels/<L>.js), once per locale: an empty highlight is filled
  // with its key's text in its column's locale (the reference's for a
  // reference fallback).
  var labels = window.attestLabels || {};
  var sbs = document.querySelector(".sbs");
  var referenceLocale = sbs ? sbs.getAttribute("data-reference") : "";
  $$(".sbs mark[data-i]").forEach(function (m) {
    if (m.firstChild) return;
    var col = m.closest("[lang]");
    var locale = m.classList.contains("o-r") ? referenceLocale : (col ? col.getAttribute("lang") : "");
    var text = (labels[locale] || {})[keyOf(m)];
    if (typeof text === "string") {
      m.textContent = text;
    } else {
      m.textContent = "[" + keyOf(m) + "]";
      scriptError("no text for " + keyOf(m) + " in labels/" + locale + ".js");
    }
  });
  var origins = { "o-c": "canonical", "o-v": "variant", "o-r": "reference fallback", "o-o": "another locale's wording",
    "o-p": "published text", "o-f": "free text", "o-m": "machine-translated", "o-u": "another language", "o-x": "unrecognized" };
  function originOf(m) { return origins[m.className.split(" ")[0] || "o-c"] || "canonical"; }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest ? e.target.closest("mark[data-i]") : null;
    if (m && !m.title) m.title = keyOf(m) + " · " + originOf(m);
  });
  document.addEventListener("click", function (e) {
    var m = e.target.closest ? e.target.closest("mark[data-i]") : null;
    if (!m || !info) return;
    var i = m.getAttribute("data-i"), key = keyOf(m);
    $$("mark.hl").forEach(function (x) { x.classList.remove("hl"); });
    $$("mark[data-i]").forEach(function (x) { if (x.getAttribute("data-i") === i) x.classList.add("hl"); });
    var col = m.closest(".col");
    var lang = col ? col.getAttribute("lang") : "";
    info.textContent = "";
    var code = document.createElement("code");
    code.textContent = key;
    info.appendChild(code);
    info.appendChild(document.createTextNode(" · " + originOf(m) + " · "));
    var a = document.createElement("a");
    a.href = root + "locales/" + encodeURIComponent(lang) + ".html#k-" + encodeURIComponent(key);
    a.textContent = "open in the " + lang + " catalog";
    info.appendChild(a);
    info.hidden = false;
  });

  // ---- hooks for the browser tests: `#test-search=…&test-filter=…&…`
  var hash = decodeURIComponent(location.hash.replace(/^#/, ""));
  if (hash.indexOf("test-") === 0) {
    var result = {};
    hash.split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      var name = eq < 0 ? part : part.slice(0, eq), value = eq < 0 ? "" : part.slice(eq + 1);
      if (name === "test-slash") {
        document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "/", bubbles: true }));
        result.focused = document.activeElement ? document.activeElement.id : "";
      } else if (name === "test-search" && searchInput) {
        searchInput.value = value;
        searchInput.dispatchEvent(new Event("input", { bubbles: true }));
      } else if (name === "test-filter") {
        var fb = document.querySelector('.filters button[data-filter="' + value + '"]');
        if (fb) fb.click();
        result.filter = fb ? value : "none";
      } else if (name === "test-sort") {
        var parts = value.split(":");
        var sb = $$("table.sortable thead th button")[parseInt(parts[0], 10)];
        for (var i = 0; sb && i < (parts[1] === "desc" ? 2 : 1); i++) sb.click();
      } else if (name === "test-show") {
        result.shown = show(value);
      }
    });
    result.visible = rowsOf(target).filter(function (r) { return !r.hidden; }).map(function (r) {
      return r.id || (r.firstElementChild ? r.firstElementChild.textContent.trim() : r.textContent.trim());
    });
    var order = document.querySelector("table.sortable tbody");
    if (order) result.order = Array.prototype.slice.call(order.rows).map(function (r) {
      return r.getAttribute("data-locale") || r.id || r.firstElementChild.textContent.trim();
    });
    result.columns = $$(".sbs .col").filter(function (c) { return !c.hidden; }).map(function (c) {
      return c.getAttribute("data-col");
    });
    var out = document.createElement("pre");
    out.id = "test-out";
    out.textContent = JSON.stringify(result);
    document.body.appendChild(out);
  }
})();
