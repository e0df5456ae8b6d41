// Shared helpers for the explorer pages: API calls, URL state, HTML escaping.
"use strict";
const EW = {
  // "1 event", "2 events", "1 country", "3 countries": counts read as a person writes them
  plural(n, word, many) {
    const k = Number(n) || 0;
    const pl = many || (/[^aeiou]y$/.test(word) ? word.slice(0, -1) + "ies" : word + "s");
    return `${k.toLocaleString("en")} ${k === 1 ? word : pl}`;
  },
  esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g,
      c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  },
  async api(path, params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) qs.set(k, v);
    const r = await fetch(path + (qs.toString() ? "?" + qs : ""));
    const body = await r.json();
    if (!r.ok) {
      const d = body.detail;
      throw new Error(typeof d === "string" ? d : (d || []).map(x => (x.loc || []).slice(-1)[0] + ": " + x.msg).join("; "));
    }
    return body;
  },
  // form <-> URL query string, so a filtered view can be bookmarked and shared
  formParams(form) {
    const out = {};
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === "checkbox") { if (el.checked) out[el.name] = el.value; }
      else if (el.value !== "") out[el.name] = el.value;
    }
    return out;
  },
  fillForm(form, params) {
    for (const el of form.elements) {
      if (!el.name || !(el.name in params)) continue;
      if (el.type === "checkbox") el.checked = params[el.name] === el.value;
      else el.value = params[el.name];
    }
  },
  urlParams() { return Object.fromEntries(new URLSearchParams(location.search)); },
  pushParams(params) {
    const qs = new URLSearchParams(params).toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : ""));
  },
  async fillFacets(form) {
    const f = await EW.api("/api/facets");
    for (const sel of form.querySelectorAll("select[data-facet]")) {
      const keep = sel.value;
      for (const item of f[sel.dataset.facet] || []) {
        const o = document.createElement("option");
        o.value = item.root || item.event;
        o.textContent = (item.root ? item.root + " " + (item.name || "") : item.event) + " (" + item.events + ")";
        sel.appendChild(o);
      }
      sel.value = keep;
    }
    return f;
  },
  actors(refs, side) {
    // the code links to the events with this actor on the same side
    return (refs || []).map(r => `<span title="${EW.esc(r.name || r.actor)}">${EW.esc(r.name || "")} ` +
      `<a class="code" href="/?${side || "source"}=${encodeURIComponent(r.code)}">${EW.esc(r.code)}</a></span>`).join(" + ") || "—";
  },
  goldstein(g) {
    if (g == null) return "";
    return `<span class="g" style="color:${EW.gColor(g)}">${g > 0 ? "+" : ""}${Number(g).toFixed(1)}</span>`;
  },
  // -10 (red) .. 0 (grey) .. +10 (blue)
  gColor(g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 10));
    const mix = (a, b, u) => Math.round(a + (b - a) * u);
    const grey = [150, 150, 150], red = [203, 24, 29], blue = [33, 113, 181];
    const c = t < 0 ? grey.map((v, i) => mix(v, red[i], -t)) : grey.map((v, i) => mix(v, blue[i], t));
    return `rgb(${c.join(",")})`;
  },
  quadName: { 1: "verbal coop.", 2: "material coop.", 3: "verbal conflict", 4: "material conflict" },
  svg(tag, attrs, text) {
    const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    if (text != null) el.textContent = text;
    return el;
  },
  // one page of a sorted, filtered table: rows, the count line, the pager, and the marks tests wait on
  showPage(res, { tbody, count, state, load, row, empty, noun, page, params }) {
    const cols = tbody.closest("table").querySelectorAll("thead th").length;
    tbody.innerHTML = res.items.map(row).join("") || `<tr><td colspan="${cols}" class="hint">${empty}</td></tr>`;
    const last = Math.min(res.total, state.offset + res.items.length);
    count.textContent = EW.plural(res.total, noun) + (res.total ? ` · ${state.offset + 1}–${last}` : "");
    EW.pager(state, res.total, load);
    document.body.dataset.loaded = page;
    document.body.dataset.query = new URLSearchParams(params).toString();  // what the table now shows
  },
  pager(state, total, load) {
    const prev = document.getElementById("prev"), next = document.getElementById("next");
    prev.disabled = state.offset <= 0;
    next.disabled = state.offset + state.limit >= total;
    prev.onclick = () => { state.offset = Math.max(0, state.offset - state.limit); load(); };
    next.onclick = () => { state.offset += state.limit; load(); };
  },
};
