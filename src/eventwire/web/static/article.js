// Article view: click a highlighted phrase (or an events-table row) to see its codes.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("record").textContent);
  const detail = document.getElementById("detail");
  const byId = (list) => Object.fromEntries((list || []).map(x => [x.id, x]));
  const actors = byId(data.actors), events = byId(data.events), quotes = byId(data.quotes), places = byId(data.places);
  const dl = rows => "<dl>" + rows.filter(r => r[1] !== "" && r[1] != null)
    .map(([k, v]) => `<dt>${EW.esc(k)}</dt><dd>${v}</dd>`).join("") + "</dl>";

  const show = {
    actor(id) {
      const a = actors[id]; if (!a) return "";
      return `<h3>${EW.esc(a.name)}</h3>` + dl([["code", `<span class="code">${EW.esc(a.code)}</span>`],
        ["country", EW.esc(a.country)], ["sectors", EW.esc((a.sectors || []).join(", "))],
        ["wikidata", a.wikidata ? `<a href="https://www.wikidata.org/wiki/${encodeURIComponent(a.wikidata)}">${EW.esc(a.wikidata)}</a>` : ""],
        ["mentions", (a.mentions || []).length],
        ["events", `<a href="/?source=${encodeURIComponent(a.code)}">as source</a> · <a href="/?target=${encodeURIComponent(a.code)}">as target</a>`]]);
    },
    trigger(ids) {
      return ids.split(" ").map(id => {
        const e = events[id]; if (!e) return "";
        const p = e.plover || {};
        return `<h3>Event ${EW.esc(e.id)}: <span class="code">${EW.esc(e.cameo)}</span> ${EW.esc(e.cameo_name || "")}</h3>` + dl([
          ["source", EW.esc(e.source_label)], ["target", EW.esc(e.target_label)],
          ["Goldstein", EW.goldstein(e.goldstein)], ["quad class", `${e.quad_class} ${EW.esc(e.quad_name)}`],
          ["PLOVER", EW.esc([p.event, p.mode && "mode " + p.mode, p.context && "context " + p.context].filter(Boolean).join(" · "))],
          ["date", EW.esc(e.date || "")], ["place", EW.esc(e.place_name || "")],
          ["negated", e.negated ? "yes" : ""], ["hypothetical", e.hypothetical ? "yes" : ""],
          ["rule", `<code>${EW.esc(e.rule)}</code>`]]);
      }).join("");
    },
    quote(id) {
      const q = quotes[id]; if (!q) return "";
      return `<h3>${EW.esc(q.kind)} quotation</h3>` + dl([["speaker", EW.esc(q.speaker_label) + (q.speaker_code ? ` <span class="code">${EW.esc(q.speaker_code)}</span>` : "")],
        ["cue", EW.esc(q.cue ? q.cue.text : "")], ["text", EW.esc(q.text || (q.content ? q.content.text : ""))]]);
    },
    place(id) {
      const p = places[id]; if (!p) return "";
      return `<h3>${EW.esc(p.name)}</h3>` + dl([["country", EW.esc(p.country)], ["admin1", EW.esc(p.admin1)],
        ["lat, lon", p.lat != null ? `${p.lat}, ${p.lon}` : ""], ["GeoNames", EW.esc(p.geonames_id)]]);
    },
    time(id, el) { return `<h3>Date</h3>` + dl([["text", EW.esc(el.textContent)], ["value", EW.esc(el.title.replace(/^date: /, ""))]]); },
    cue(id) { return show.quote(id); },
  };

  function select(kind, ref, el) {
    document.querySelectorAll(".sel").forEach(x => x.classList.remove("sel"));
    document.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`).forEach(x => x.classList.add("sel"));
    if (kind === "trigger") ref.split(" ").forEach(id => { const r = document.getElementById("event-" + id); if (r) r.classList.add("sel"); });
    detail.innerHTML = (show[kind] ? show[kind](ref, el) : "") || `<p class="hint">No details.</p>`;
  }

  document.getElementById("body").addEventListener("click", ev => {
    const el = ev.target.closest("mark.ann, span.quote");
    if (el) select(el.dataset.kind, el.dataset.ref, el);
  });
  const table = document.getElementById("article-events");
  if (table) table.addEventListener("click", ev => {
    const tr = ev.target.closest("tr[data-ref]");
    if (!tr) return;
    const mark = document.querySelector(`mark.trigger[data-ref~="${CSS.escape(tr.dataset.ref)}"]`);
    select("trigger", mark ? mark.dataset.ref : tr.dataset.ref, mark);
    if (mark) mark.scrollIntoView({ block: "center", behavior: "smooth" });
  });
  const m = location.hash.match(/^#event-(.+)$/);
  if (m) {
    const id = decodeURIComponent(m[1]);
    const mark = document.querySelector(`mark.trigger[data-ref~="${CSS.escape(id)}"]`);
    if (mark) { select("trigger", mark.dataset.ref, mark); mark.scrollIntoView({ block: "center" }); }
  }
  document.body.dataset.loaded = "article";
})();
