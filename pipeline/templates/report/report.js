/* hindi-extract report: sortable and filterable tables, entity focus, mark highlighting. Offline: no requests. */
(function () {
  "use strict";
  function cellValue(row, i) {
    var c = row.cells[i];
    if (!c) return "";
    var v = c.getAttribute("data-v");
    return v !== null ? v : c.textContent.trim();
  }
  function sortBy(table, th, i) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var numeric = th.hasAttribute("data-num");
    rows.sort(function (a, b) {
      var x = cellValue(a, i), y = cellValue(b, i);
      if (numeric) {
        var fx = parseFloat(x.replace(/,/g, "")), fy = parseFloat(y.replace(/,/g, ""));
        fx = isNaN(fx) ? -Infinity : fx; fy = isNaN(fy) ? -Infinity : fy;
        return (fx === fy ? 0 : fx < fy ? -1 : 1) * dir;
      }
      return x.localeCompare(y, "hi") * dir;
    });
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    rows.forEach(function (r) { body.appendChild(r); });
  }
  function applyFilters(table) {
    var input = document.querySelector('input.filter[data-for="' + table.id + '"]');
    var facet = document.querySelector('select.facet[data-for="' + table.id + '"]');
    var q = input ? input.value.trim().toLowerCase() : "";
    var col = facet ? parseInt(facet.getAttribute("data-col"), 10) : -1;
    var want = facet ? facet.value : "";
    var shown = 0, rows = table.tBodies[0].rows;
    for (var r = 0; r < rows.length; r++) {
      var ok = (!q || rows[r].textContent.toLowerCase().indexOf(q) >= 0) && (!want || cellValue(rows[r], col) === want);
      rows[r].hidden = !ok;
      if (ok) shown++;
    }
    var out = document.querySelector('.shown[data-for="' + table.id + '"]');
    if (out) out.textContent = shown + " of " + rows.length + " rows";
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    if (!table.tBodies.length) return;
    table.querySelectorAll("thead th").forEach(function (th, i) {
      th.addEventListener("click", function () { sortBy(table, th, i); });
    });
    table.setAttribute("data-sortable", "ready");
  });
  document.querySelectorAll("select.facet").forEach(function (sel) {
    var table = document.getElementById(sel.getAttribute("data-for"));
    if (!table) return;
    var col = parseInt(sel.getAttribute("data-col"), 10), seen = {};
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r) { seen[cellValue(r, col)] = true; });
    Object.keys(seen).sort().forEach(function (v) {
      var o = document.createElement("option");
      o.value = v; o.textContent = v;
      sel.appendChild(o);
    });
    sel.addEventListener("change", function () { applyFilters(table); });
  });
  // ?q=words fills every filter box (a filtered view can be linked)
  var query = new URLSearchParams(location.search).get("q");
  document.querySelectorAll("input.filter").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-for"));
    if (!table) return;
    if (query) input.value = query;
    input.addEventListener("input", function () { applyFilters(table); });
    applyFilters(table);
  });
  // entity pages: #e-… shows that entity alone ("show every entity" shows the page)
  function focus() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    document.querySelectorAll(".target").forEach(function (t) { t.classList.remove("target"); });
    if (el) el.classList.add("target");
    document.body.classList.toggle("single", !!(el && el.classList.contains("entity")));
    if (el && !el.classList.contains("entity")) el.scrollIntoView({block: "start"});
    else window.scrollTo(0, 0);
  }
  if (document.body.classList.contains("entities")) {
    window.addEventListener("hashchange", focus);
    focus();
  }
  // a mark split around another: hovering one fragment lights them all
  document.addEventListener("mouseover", function (ev) {
    var t = ev.target.closest ? ev.target.closest("[data-id]") : null;
    document.querySelectorAll(".hl").forEach(function (h) { h.classList.remove("hl"); });
    if (!t) return;
    document.querySelectorAll('[data-id="' + CSS.escape(t.getAttribute("data-id")) + '"]').forEach(function (h) { h.classList.add("hl"); });
  });
  // markers for a check in a browser: the script ran to the end, the stylesheet is loaded
  document.body.setAttribute("data-css", getComputedStyle(document.body).getPropertyValue("--font").trim() ? "ready" : "missing");
  document.body.setAttribute("data-js", "ready");
})();
